import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/page-skeleton";
import { getAdminOverview } from "@/lib/auth/admin-overview";
import { requirePageViewer } from "@/lib/auth/viewer";
import { hasRole } from "@/lib/access/roles";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Overview" };

async function Overview() {
  const viewer = await requirePageViewer("VIEWER");
  const o = await getAdminOverview(getDb(), viewer);
  const editor = hasRole(viewer.role, "EDITOR");
  const drafts: [string, number, string][] = [
    ["Incidents", o.drafts.incidents, "/admin/incidents"],
    ["Claims", o.drafts.claims, "/admin/claims"],
    ["Period counts", o.drafts.counts, "/admin/counts"],
    ["Mediation tracks", o.drafts.tracks, "/admin/mediation"],
    ["Ceasefires", o.drafts.ceasefires, "/admin/ceasefires"],
  ];
  return (
    <div className="cards">
      <div className="card">
        <h2>Drafts (not published)</h2>
        <table>
          <caption className="sr-only">Unpublished records by kind</caption>
          <tbody>
            {drafts.map(([label, n, href]) => (
              <tr key={label}>
                <th scope="row">
                  {editor ? (
                    <Link href={href} prefetch={false}>
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                </th>
                <td className="num">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <h2>Review queue</h2>
        <p className="big">{o.pendingReview}</p>
        <p className="muted">
          items from the scheduled refresh await a decision
          {editor ? (
            <>
              {" "}
              —{" "}
              <Link href="/admin/review" prefetch={false}>
                open the queue
              </Link>
            </>
          ) : null}
          .
        </p>
      </div>
      <div className="card">
        <h2>Last refresh</h2>
        {o.lastRefresh ? (
          <p>
            {o.lastRefresh.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC ·{" "}
            {o.lastRefresh.status.toLowerCase()}
          </p>
        ) : (
          <p className="muted">No refresh has run yet.</p>
        )}
      </div>
    </div>
  );
}

export default function AdminOverviewPage() {
  return (
    <section>
      <h1>Admin overview</h1>
      <Suspense fallback={<PageSkeleton label="Loading the overview" />}>
        <Overview />
      </Suspense>
    </section>
  );
}
