import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { listRecentRuns, listSourceFreshness } from "./run-queries";
import { publicErrorText } from "./status-format";

// Cached reads of the public status page (error texts without addresses). Every finished refresh expires the `refresh-runs` tag (the cron
// route itself, or /api/cron/revalidate for the CLI), so the page shows a run as soon as it ends.

export async function getRefreshStatus() {
  "use cache";
  cacheTag(CACHE_TAGS.refresh);
  cacheLife("record");
  const db = getDb();
  const [runs, sources] = await Promise.all([listRecentRuns(db, 20), listSourceFreshness(db)]);
  return {
    runs: runs.map((run) => ({
      ...run,
      error: publicErrorText(run.error),
      sources: run.sources.map((source) => ({ ...source, error: publicErrorText(source.error) })),
    })),
    sources: sources.map((source) => ({ ...source, lastError: publicErrorText(source.lastError) })),
  };
}
