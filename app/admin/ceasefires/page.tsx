import type { Metadata } from "next";
import Link from "next/link";
import { AdminListPage, AdminTable } from "@/components/admin/admin-list";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { listCeasefiresForAdmin } from "@/lib/mediation/admin-queries";

export const metadata: Metadata = { title: "Ceasefires" };

async function Ceasefires() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listCeasefiresForAdmin(getDb(), viewer);
  return (
    <AdminTable
      caption="Ceasefires, drafts included"
      columns={["Ceasefire", "Starts", "Ended", { label: "Citations", numeric: true }, "Visibility"]}
      rows={rows}
      empty={
        <>
          No ceasefire yet. <Link href="/admin/ceasefires/new">Add the first one</Link>.
        </>
      }
      row={(c) => (
        <tr key={c.id}>
          <td>
            <Link href={`/admin/ceasefires/${c.id}`}>{c.name}</Link>
          </td>
          <td className="nowrap">{c.startsOn}</td>
          <td>{c.endedOn ? `${c.endedOn} (${c.endedHow?.toLowerCase() ?? "?"})` : "In force"}</td>
          <td className="num">{c.citations}</td>
          <td>{c.published ? "Published" : "Draft"}</td>
        </tr>
      )}
    />
  );
}

export default function AdminCeasefiresPage() {
  return (
    <AdminListPage
      title="Ceasefires"
      newHref="/admin/ceasefires/new"
      newLabel="New ceasefire"
      also={<Link href="/admin/mediation">Mediation tracks</Link>}
      loading="Loading ceasefires"
    >
      <Ceasefires />
    </AdminListPage>
  );
}
