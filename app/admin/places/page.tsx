import type { Metadata } from "next";
import Link from "next/link";
import { AdminListPage, AdminTable } from "@/components/admin/admin-list";
import { listPlacesForAdmin } from "@/lib/admin/reference-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Places" };

async function List() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listPlacesForAdmin(getDb(), viewer);
  return (
    <AdminTable
      caption="Places"
      columns={["Name", "Level", "Within", "Country"]}
      rows={rows}
      empty="No places yet."
      row={(r) => (
        <tr key={r.id}>
          <td>
            <Link href={`/admin/places/${r.id}`}>{r.name}</Link>
          </td>
          <td>{r.level.toLowerCase()}</td>
          <td>{r.parent?.name ?? "—"}</td>
          <td>{r.country}</td>
        </tr>
      )}
    />
  );
}

export default function PlacesAdminPage() {
  return (
    <AdminListPage title="Places" newHref="/admin/places/new" newLabel="New place" loading="Loading places">
      <List />
    </AdminListPage>
  );
}
