import { withCron } from "@/lib/cron/with-cron";
import { runRefreshInApp } from "@/lib/ingest/refresh-in-app";

// GET /api/cron/refresh — called hourly by Vercel Cron (vercel.json) or any scheduler with
// `Authorization: Bearer $CRON_SECRET`. Anything else gets a 401 from withCron before the database
// is touched; every answer is no-store. Reading the request's headers makes this handler dynamic
// under Cache Components.

export const maxDuration = 300;
/** Seconds kept back from maxDuration to write the run's summary and answer. */
const SAFETY_MARGIN_S = 30;

export const GET = withCron(async () => {
  let result;
  try {
    result = await runRefreshInApp({ trigger: "CRON", budgetMs: (maxDuration - SAFETY_MARGIN_S) * 1000 });
  } catch (err) {
    console.error("[cron] refresh failed", err);
    return Response.json({ error: "refresh failed" }, { status: 500 });
  }
  if (!result.ok) return Response.json({ error: "already running" }, { status: 409 });
  return Response.json(result.summary, { status: 200 });
});
