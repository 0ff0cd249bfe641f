import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/page-skeleton";
import { listPlacesForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Places" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listPlacesForAdmin(getDb(), viewer);
  if (rows.length === 0) return <p className="empty">No places yet.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Places</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Level</th>
            <th scope="col">Within</th>
            <th scope="col">Country</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/places/${r.id}`}>{r.name}</Link>
              </td>
              <td>{r.level.toLowerCase()}</td>
              <td>{r.parent?.name ?? "—"}</td>
              <td>{r.country}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function PlacesAdminPage() {
  return (
    <section>
      <h1>Places</h1>
      <p>
        <Link className="button" href="/admin/places/new">
          New place
        </Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading places" />}>
        <List />
      </Suspense>
    </section>
  );
}
