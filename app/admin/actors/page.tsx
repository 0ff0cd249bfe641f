import type { Metadata } from "next";
import Link from "next/link";
import { AdminListPage, AdminTable } from "@/components/admin/admin-list";
import { listActorsForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Actors" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listActorsForAdmin(getDb(), viewer);
  return (
    <AdminTable
      caption="Actors"
      columns={["Name", "Kind", "Side"]}
      rows={rows}
      empty="No actors yet."
      row={(r) => (
        <tr key={r.id}>
          <td>
            <Link href={`/admin/actors/${r.id}`}>{r.name}</Link>
          </td>
          <td>{r.kind.toLowerCase().replace(/_/g, " ")}</td>
          <td>{r.side.toLowerCase().replace(/_/g, " ")}</td>
        </tr>
      )}
    />
  );
}

export default function ActorsAdminPage() {
  return (
    <AdminListPage title="Actors" newHref="/admin/actors/new" newLabel="New actor" loading="Loading actors">
      <List />
    </AdminListPage>
  );
}
