import type { Metadata } from "next";
import Link from "next/link";
import { AdminListPage, AdminTable } from "@/components/admin/admin-list";
import { StatusBadge } from "@/components/mediation/track-card";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { listTracksForAdmin } from "@/lib/mediation/admin-queries";

export const metadata: Metadata = { title: "Mediation tracks" };

async function Tracks() {
  const viewer = await requirePageViewer("EDITOR");
  const tracks = await listTracksForAdmin(getDb(), viewer);
  return (
    <AdminTable
      caption="Mediation tracks, drafts included"
      columns={["Track", "Status now", { label: "Events", numeric: true }, "Visibility"]}
      rows={tracks}
      empty={
        <>
          No mediation track yet. <Link href="/admin/mediation/new">Add the first one</Link>.
        </>
      }
      row={(t) => (
        <tr key={t.id}>
          <td>
            <Link href={`/admin/mediation/${t.id}`}>{t.name}</Link>
          </td>
          <td>
            <StatusBadge status={t.status} />
            {t.statusSince ? <span className="muted"> since {t.statusSince}</span> : null}
          </td>
          <td className="num">{t.events}</td>
          <td>{t.published ? "Published" : "Draft"}</td>
        </tr>
      )}
    />
  );
}

export default function AdminMediationPage() {
  return (
    <AdminListPage
      title="Mediation tracks"
      newHref="/admin/mediation/new"
      newLabel="New track"
      also={<Link href="/admin/ceasefires">Ceasefires</Link>}
      intro={
        <p className="muted">
          A track&apos;s status is never typed in: it is the status set by its latest dated step. Drafts are not shown
          publicly.
        </p>
      }
      loading="Loading tracks"
    >
      <Tracks />
    </AdminListPage>
  );
}
