import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { RunRefreshButton } from "@/components/admin/ingest/run-refresh-button";
import { PageSkeleton } from "@/components/page-skeleton";
import { RunTable } from "@/components/status/run-table";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { listRecentRuns } from "@/lib/ingest/run-queries";
import { runRefreshAction } from "./actions";

export const metadata: Metadata = { title: "Refresh runs" };

async function Runs() {
  await requirePageViewer("ADMIN");
  // Read directly (not the status page's cache): right after a run the admin sees it.
  const runs = await listRecentRuns(getDb(), 20);
  return (
    <>
      <RunRefreshButton action={runRefreshAction} />
      <h2>Recent runs</h2>
      <RunTable runs={runs} />
    </>
  );
}

export default function AdminRefreshPage() {
  return (
    <section>
      <h1>Refresh runs</h1>
      <p className="muted">
        Each run pulls new material from the <Link href="/admin/feeds">configured feeds</Link>: structured datasets may
        update the record, news items go to the <Link href="/admin/review">review queue</Link>. Per-source counts and
        errors below; the public <Link href="/status">status page</Link> shows the same runs.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading refresh runs" />}>
        <Runs />
      </Suspense>
    </section>
  );
}
