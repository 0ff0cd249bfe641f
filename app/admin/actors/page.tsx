import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/page-skeleton";
import { listActorsForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Actors" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listActorsForAdmin(getDb(), viewer);
  if (rows.length === 0) return <p className="empty">No actors yet.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Actors</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Side</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/actors/${r.id}`}>{r.name}</Link>
              </td>
              <td>{r.kind.toLowerCase().replace(/_/g, " ")}</td>
              <td>{r.side.toLowerCase().replace(/_/g, " ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ActorsAdminPage() {
  return (
    <section>
      <h1>Actors</h1>
      <p>
        <Link className="button" href="/admin/actors/new">
          New actor
        </Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading actors" />}>
        <List />
      </Suspense>
    </section>
  );
}
