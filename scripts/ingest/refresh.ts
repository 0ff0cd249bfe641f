// npm run refresh [-- --source <slug>]… [--budget <seconds>]
// Runs the refresh job (the same one as GET /api/cron/refresh) against DATABASE_URL, or the
// embedded database when it is unset, with a live line per source. Exit code 1 when the run
// FAILED, 2 when another run holds the lock. This process is not the Next server, so it cannot
// expire the app's cache itself: it asks the app at SITE_URL to (POST /api/cron/revalidate with
// CRON_SECRET); if the app is not reachable, its cached pages catch up within their cache life.
import { parseArgs } from "node:util";
import { CACHE_TAGS, type CacheTag } from "../../lib/cache-tags";
import { createDb } from "../../lib/db/create-client";
import { parseEnv, type Env } from "../../lib/env";
import { revalidateRequestSchema } from "../../lib/cron/revalidate-request";
import { MAX_BUDGET_MS } from "../../lib/ingest/run-lock";
import { runRefresh, type RefreshSummary } from "../../lib/ingest/run-refresh";
import { formatDuration } from "../../lib/ingest/status-format";
import { withDatabase } from "../db/with-database";
import { createProgressDisplay } from "./progress-display";

const { values } = parseArgs({
  options: { source: { type: "string", multiple: true }, budget: { type: "string", default: "600" } },
});
const budgetS = Number(values.budget);
if (!Number.isFinite(budgetS) || budgetS <= 0 || budgetS * 1000 > MAX_BUDGET_MS) {
  console.error(`--budget must be a number of seconds between 1 and ${MAX_BUDGET_MS / 1000}`);
  process.exit(2);
}

async function askAppToRevalidate(env: Env, tags: CacheTag[]): Promise<string> {
  if (!env.CRON_SECRET) return "CRON_SECRET is not set, so the running app was not asked to refresh its cache";
  const body = revalidateRequestSchema.parse({ tags });
  const url = new URL("/api/cron/revalidate", env.SITE_URL);
  try {
    const res = await fetch(url, {
      method: "POST",
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
      headers: { authorization: `Bearer ${env.CRON_SECRET}`, "content-type": "application/json" },
    });
    return res.ok
      ? `asked ${url.origin} to expire: ${tags.join(", ")}`
      : `${url.origin} answered ${res.status} to the cache request`;
  } catch {
    return `${url.origin} is not reachable; its cached pages update within their cache life`;
  }
}

function printSummary(s: RefreshSummary) {
  const t = s.totals;
  console.log(
    `\nrun ${s.runId}: ${s.status}${s.stoppedEarly ? " (stopped at its time budget; the next run resumes)" : ""} in ${formatDuration(s.durationMs)}`,
  );
  console.log(
    `fetched ${t.fetched}, new ${t.created}, updated ${t.updated}, unchanged ${t.unchanged}, rejected ${t.rejected}`,
  );
  if (s.changedTags.length) console.log(`published data changed: ${s.changedTags.join(", ")}`);
  if (s.error) console.log(`errors: ${s.error}`);
}

const env = parseEnv();
process.exitCode = await withDatabase(env, async (url) => {
  const db = createDb(url, { poolMax: env.DATABASE_URL ? 4 : 1 });
  const display = createProgressDisplay();
  try {
    const result = await runRefresh(db, {
      trigger: "CLI",
      budgetMs: budgetS * 1000,
      sources: values.source,
      onProgress: display.update,
    });
    display.finish();
    if (!result.ok) {
      console.error("Another refresh is running; nothing was done.");
      return 2;
    }
    printSummary(result.summary);
    console.log(await askAppToRevalidate(env, [...result.summary.changedTags, CACHE_TAGS.refresh]));
    return result.summary.status === "FAILED" ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
});
