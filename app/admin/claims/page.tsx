import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listClaimsForAdmin } from "@/lib/claims/claim-admin-queries";
import { getDb } from "@/lib/db";
import { isoDay } from "@/lib/dates";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const query = z.object({ status: z.enum(["all", "draft", "published"]).catch("all") });

async function ClaimList({ searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { status } = query.parse(await searchParams);
  const rows = await listClaimsForAdmin(getDb(), viewer, { status });
  return (
    <>
      <form className="filters" method="get" aria-label="Filter claims">
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
        <p className="empty">No claims match.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">Claims, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Claimant</th>
                <th scope="col">Figure</th>
                <th scope="col">About</th>
                <th scope="col">Made on</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/admin/claims/${c.id}`}>{c.claimant.name}</Link>
                  </td>
                  <td>
                    {labelOf(SUBJECT_LABELS, c.subject)}, {labelOf(METRIC_LABELS, c.metric)}:{" "}
                    <span className="figure">{formatFigure(c)}</span>
                    {c.revisesId ? <div className="muted small">revision</div> : null}
                  </td>
                  <td>
                    {c.incident ? (
                      <Link href={`/admin/incidents/${c.incident.id}`}>{c.incident.title}</Link>
                    ) : (
                      (c.episode?.name ?? "a period")
                    )}
                  </td>
                  <td className="nowrap">{isoDay(c.madeOn)}</td>
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

export default function ClaimsAdminPage(props: Props) {
  return (
    <section>
      <h1>Claims</h1>
      <p>
        <Link className="button" href="/admin/claims/new">
          New claim
        </Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading claims" />}>
        <ClaimList {...props} />
      </Suspense>
    </section>
  );
}
