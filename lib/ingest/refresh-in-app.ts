import "server-only";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { expireTags } from "../expire-tags";
import { runRefresh, type RefreshOptions, type RefreshResult } from "./run-refresh";

/** The refresh job run inside the Next server (cron route, admin): then the changed pages and the status page are expired. */
export async function runRefreshInApp(opts: RefreshOptions): Promise<RefreshResult> {
  const result = await runRefresh(getDb(), opts);
  if (result.ok) expireTags([...result.summary.changedTags, CACHE_TAGS.refresh]);
  return result;
}
