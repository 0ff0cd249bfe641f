import { getEnv } from "@/lib/env";
import { isAuthorizedCronRequest } from "@/lib/ingest/cron-auth";
import { runRefreshInApp } from "@/lib/ingest/refresh-in-app";

// GET /api/cron/refresh — called hourly by Vercel Cron (vercel.json) or any scheduler with
// `Authorization: Bearer $CRON_SECRET`. Anything else gets a 401 before the database is touched.
// Reading the request's headers makes this handler dynamic under Cache Components.

export const maxDuration = 300;
/** Seconds kept back from maxDuration to write the run's summary and answer. */
const SAFETY_MARGIN_S = 30;

const noStore = { "cache-control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  if (!isAuthorizedCronRequest(request.headers.get("authorization"), getEnv().CRON_SECRET)) {
    return Response.json({ error: "unauthorized" }, { status: 401, headers: { ...noStore, "www-authenticate": "Bearer" } });
  }
  let result;
  try {
    result = await runRefreshInApp({ trigger: "CRON", budgetMs: (maxDuration - SAFETY_MARGIN_S) * 1000 });
  } catch (err) {
    console.error("[cron] refresh failed", err);
    return Response.json({ error: "refresh failed" }, { status: 500, headers: noStore });
  }
  if (!result.ok) return Response.json({ error: "already running" }, { status: 409, headers: noStore });
  return Response.json(result.summary, { status: 200, headers: noStore });
}
