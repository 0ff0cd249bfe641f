import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { FeedSourceForm } from "@/components/admin/ingest/feed-source-form";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { listFeedSourcesForAdmin } from "@/lib/feeds/feed-admin-queries";
import { formatUtc } from "@/lib/ingest/status-format";
import { saveFeedSourceAction } from "./actions";

export const metadata: Metadata = { title: "Feeds" };

async function Feeds() {
  const viewer = await requirePageViewer("ADMIN");
  const sources = await listFeedSourcesForAdmin(getDb(), viewer);
  if (!sources.length)
    return (
      <p className="empty">No feed source is configured yet. The first refresh run creates the default sources.</p>
    );
  return (
    <>
      {sources.map((s) => (
        <article key={s.id} className="card feed-source" aria-labelledby={`feed-${s.slug}`}>
          <h2 id={`feed-${s.slug}`}>
            {s.name} <span className="badge">{s.kind}</span>
            {s.enabled ? null : <span className="badge">disabled</span>}
          </h2>
          <dl className="facts small">
            <dt>Slug</dt>
            <dd>
              <code>{s.slug}</code>
            </dd>
            <dt>Publishes directly</dt>
            <dd>{s.autoPublish ? "Yes (vetted dataset)" : "No: items go to the review queue"}</dd>
            <dt>Last success</dt>
            <dd>{s.lastSuccessAt ? formatUtc(s.lastSuccessAt) : "never"}</dd>
            <dt>Last attempt</dt>
            <dd>{s.lastAttemptAt ? formatUtc(s.lastAttemptAt) : "never"}</dd>
            {s.lastError ? (
              <>
                <dt>Last error</dt>
                <dd>{s.lastError}</dd>
              </>
            ) : null}
          </dl>
          <FeedSourceForm source={s} action={saveFeedSourceAction} />
        </article>
      ))}
    </>
  );
}

export default function AdminFeedsPage() {
  return (
    <section>
      <h1>Feeds</h1>
      <p className="muted">
        Where each refresh run reads from. Credentials are never stored or shown: a source names the environment
        variable that holds its key, and this page only says whether that variable is set. Runs are listed under{" "}
        <Link href="/admin/refresh">Refresh</Link>.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading feeds" />}>
        <Feeds />
      </Suspense>
    </section>
  );
}
