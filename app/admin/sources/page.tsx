import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/page-skeleton";
import { listSourcesForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Sources" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listSourcesForAdmin(getDb(), viewer);
  if (rows.length === 0) return <p className="empty">No sources yet.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Sources</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Country</th>
            <th scope="col">Documents</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/sources/${r.id}`}>{r.name}</Link>
              </td>
              <td>{r.kind.toLowerCase().replace(/_/g, " ")}</td>
              <td>{r.country ?? "—"}</td>
              <td>{r._count.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function SourcesAdminPage() {
  return (
    <section>
      <h1>Sources</h1>
      <p>
        <Link className="button" href="/admin/sources/new">
          New source
        </Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading sources" />}>
        <List />
      </Suspense>
    </section>
  );
}
