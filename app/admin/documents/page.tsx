import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/page-skeleton";
import { listDocumentsForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Documents" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listDocumentsForAdmin(getDb(), viewer);
  if (rows.length === 0) return <p className="empty">No documents yet.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Documents</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Source</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/documents/${r.id}`}>{r.title}</Link>
              </td>
              <td>{r.source.name}</td>
              <td>{r.publishedOn ? r.publishedOn.toISOString().slice(0, 10) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function DocumentsAdminPage() {
  return (
    <section>
      <h1>Documents</h1>
      <p>
        <Link className="button" href="/admin/documents/new">
          New document
        </Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading documents" />}>
        <List />
      </Suspense>
    </section>
  );
}
