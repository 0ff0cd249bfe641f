import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listPeriodCountsForAdmin } from "@/lib/counts/count-admin-queries";
import {
  COUNT_GROUP_LABELS,
  COUNT_METRIC_LABELS,
  COUNT_REGION_LABELS,
  COUNT_VIOLENCE_LABELS,
  countFigureText,
  periodLabel,
} from "@/lib/counts/count-labels";
import { getDb } from "@/lib/db";
import { isoDay } from "@/lib/dates";
import { labelOf } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Period counts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const query = z.object({ status: z.enum(["all", "draft", "published"]).catch("all") });

async function CountList({ searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { status } = query.parse(await searchParams);
  const rows = await listPeriodCountsForAdmin(getDb(), viewer, { status });
  return (
    <>
      <form className="filters" method="get" aria-label="Filter counts">
        <label>
          Show
          <select name="status" defaultValue={status}>
            <option value="all">Drafts and published</option>
            <option value="draft">Drafts only</option>
            <option value="published">Published only</option>
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit">Filter</button>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="empty">No counts match.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">Period counts, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Counter</th>
                <th scope="col">Period</th>
                <th scope="col">Figure</th>
                <th scope="col">Region</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/admin/counts/${c.id}`}>{c.counter.shortName ?? c.counter.name}</Link>
                  </td>
                  <td className="nowrap">
                    {periodLabel({
                      periodKind: c.periodKind,
                      periodStart: isoDay(c.periodStart),
                      periodEnd: isoDay(c.periodEnd),
                      periodApproximate: c.periodApproximate,
                    })}
                  </td>
                  <td>
                    {labelOf(COUNT_METRIC_LABELS, c.metric)}
                    {c.group === "ALL" ? "" : ` (${labelOf(COUNT_GROUP_LABELS, c.group)})`}{" "}
                    {labelOf(COUNT_VIOLENCE_LABELS, c.violence)}: <span className="figure">{countFigureText(c)}</span>
                    <div className="muted small">“{c.term}”</div>
                    {c.revisesId ? <div className="muted small">revision</div> : null}
                  </td>
                  <td>{labelOf(COUNT_REGION_LABELS, c.region)}</td>
                  <td>
                    {c.published ? "published" : <span className="badge">draft</span>}
                    {c.revisedBy ? <span className="badge">revised</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export default function CountsAdminPage(props: Props) {
  return (
    <section>
      <h1>Period counts</h1>
      <p>
        <Link className="button" href="/admin/counts/new">
          New count
        </Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading counts" />}>
        <CountList {...props} />
      </Suspense>
    </section>
  );
}
