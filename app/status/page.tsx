import type { Metadata } from "next";
import { Suspense } from "react";
import { SectionSkeleton } from "@/components/section-skeleton";
import { RunTable } from "@/components/status/run-table";
import { SourceFreshnessTable } from "@/components/status/source-freshness-table";
import { cachedNow } from "@/lib/cached-now";
import { getRefreshStatus } from "@/lib/ingest/data";

export const metadata: Metadata = {
  title: "Refresh status",
  description:
    "When each feed was last refreshed, and the last refresh runs with what they fetched, added, updated and rejected.",
  alternates: { canonical: "/status" },
};

// Both tables come from one cached read; each section calls it, and the second joins the first's.
async function Sources() {
  const [{ sources }, now] = await Promise.all([getRefreshStatus(), cachedNow()]);
  return (
    <>
      <SourceFreshnessTable sources={sources} now={new Date(now)} />
      <p className="muted">Ages as of {now.slice(0, 16).replace("T", " ")} UTC.</p>
    </>
  );
}

async function Runs() {
  const { runs } = await getRefreshStatus();
  return <RunTable runs={runs} />;
}

export default function StatusPage() {
  return (
    <>
      <h1>Refresh status</h1>
      <p className="muted">
        Every hour a job pulls new material from the configured feeds. News items go to the editors&apos; review queue
        and are never published unreviewed; structured datasets marked &ldquo;auto-published&rdquo; update their records
        directly. &ldquo;New&rdquo;, &ldquo;updated&rdquo; and &ldquo;unchanged&rdquo; count items as written;
        &ldquo;rejected&rdquo; items failed validation.
      </p>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <Suspense fallback={<SectionSkeleton label="Loading the sources" height="7rem" />}>
          <Sources />
        </Suspense>
      </section>
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">Last runs</h2>
        <Suspense fallback={<SectionSkeleton label="Loading the last runs" height="7rem" />}>
          <Runs />
        </Suspense>
      </section>
    </>
  );
}
