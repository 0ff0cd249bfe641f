import type { Metadata } from "next";
import Link from "next/link";
import { AdminListPage, AdminTable } from "@/components/admin/admin-list";
import { listDocumentsForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Documents" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listDocumentsForAdmin(getDb(), viewer);
  return (
    <AdminTable
      caption="Documents"
      columns={["Title", "Source", "Published"]}
      rows={rows}
      empty="No documents yet."
      row={(r) => (
        <tr key={r.id}>
          <td>
            <Link href={`/admin/documents/${r.id}`}>{r.title}</Link>
          </td>
          <td>{r.source.name}</td>
          <td>{r.publishedOn ? r.publishedOn.toISOString().slice(0, 10) : "—"}</td>
        </tr>
      )}
    />
  );
}

export default function DocumentsAdminPage() {
  return (
    <AdminListPage title="Documents" newHref="/admin/documents/new" newLabel="New document" loading="Loading documents">
      <List />
    </AdminListPage>
  );
}
