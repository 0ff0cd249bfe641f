import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isoDay } from "@/lib/dates";
import { listIncidentsForAdmin } from "@/lib/incidents/incident-admin-queries";

export const metadata: Metadata = { title: "Incidents" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const query = z.object({
  status: z.enum(["all", "draft", "published"]).catch("all"),
  q: z.string().trim().max(100).optional().catch(undefined),
});

async function IncidentList({ searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { status, q } = query.parse(await searchParams);
  const rows = await listIncidentsForAdmin(getDb(), viewer, { status, q });
  return (
    <>
      <form className="filters" method="get" aria-label="Filter incidents">
        <label>
          Show
          <select name="status" defaultValue={status}>
            <option value="all">Drafts and published</option>
            <option value="draft">Drafts only</option>
            <option value="published">Published only</option>
          </select>
        </label>
        <label>
          Title contains
          <input name="q" defaultValue={q ?? ""} />
        </label>
        <div className="filter-actions">
          <button type="submit">Filter</button>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="empty">No incidents match.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">Incidents, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Date</th>
                <th scope="col">Country</th>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  Sources
                </th>
                <th scope="col" className="num">
                  Claims
                </th>
                <th scope="col">History</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link href={`/admin/incidents/${i.id}`}>{i.title}</Link>
                  </td>
                  <td className="nowrap">{isoDay(i.occurredOn)}</td>
                  <td>{i.country}</td>
                  <td>{i.published ? "published" : <span className="badge">draft</span>}</td>
                  <td className="num">{i._count.citations}</td>
                  <td className="num">{i._count.claims}</td>
                  <td>
                    <Link href={`/admin/incidents/${i.id}/history`}>history</Link>
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

export default function IncidentsAdminPage(props: Props) {
  return (
    <section>
      <h1>Incidents</h1>
      <p>
        <Link className="button" href="/admin/incidents/new">
          New incident
        </Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading incidents" />}>
        <IncidentList {...props} />
      </Suspense>
    </section>
  );
}
