import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { StatusBadge } from "@/components/mediation/track-card";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { listTracksForAdmin } from "@/lib/mediation/admin-queries";

export const metadata: Metadata = { title: "Mediation tracks" };

async function Tracks() {
  const viewer = await requirePageViewer("EDITOR");
  const tracks = await listTracksForAdmin(getDb(), viewer);
  if (!tracks.length)
    return (
      <p className="empty">
        No mediation track yet. <Link href="/admin/mediation/new">Add the first one</Link>.
      </p>
    );
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Mediation tracks, drafts included</caption>
        <thead>
          <tr>
            <th scope="col">Track</th>
            <th scope="col">Status now</th>
            <th scope="col" className="num">
              Events
            </th>
            <th scope="col">Visibility</th>
          </tr>
        </thead>
        <tbody>
          {tracks.map((t) => (
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
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function AdminMediationPage() {
  return (
    <section>
      <h1>Mediation tracks</h1>
      <p>
        <Link className="button" href="/admin/mediation/new">
          New track
        </Link>{" "}
        · <Link href="/admin/ceasefires">Ceasefires</Link>
      </p>
      <p className="muted">
        A track&apos;s status is never typed in: it is the status set by its latest dated step. Drafts are not shown
        publicly.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading tracks" />}>
        <Tracks />
      </Suspense>
    </section>
  );
}
