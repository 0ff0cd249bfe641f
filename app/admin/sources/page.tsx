import type { Metadata } from "next";
import Link from "next/link";
import { AdminListPage, AdminTable } from "@/components/admin/admin-list";
import { listSourcesForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Sources" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listSourcesForAdmin(getDb(), viewer);
  return (
    <AdminTable
      caption="Sources"
      columns={["Name", "Kind", "Country", "Documents"]}
      rows={rows}
      empty="No sources yet."
      row={(r) => (
        <tr key={r.id}>
          <td>
            <Link href={`/admin/sources/${r.id}`}>{r.name}</Link>
          </td>
          <td>{r.kind.toLowerCase().replace(/_/g, " ")}</td>
          <td>{r.country ?? "—"}</td>
          <td>{r._count.documents}</td>
        </tr>
      )}
    />
  );
}

export default function SourcesAdminPage() {
  return (
    <AdminListPage title="Sources" newHref="/admin/sources/new" newLabel="New source" loading="Loading sources">
      <List />
    </AdminListPage>
  );
}
