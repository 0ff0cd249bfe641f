import "server-only";
import { revalidateTag } from "next/cache";
import { CACHE_TAGS, type CacheTag } from "../cache-tags";
import { getDb } from "../db";
import { runRefresh, type RefreshOptions, type RefreshResult } from "./run-refresh";

/**
 * Expires cached reads now: `{ expire: 0 }` makes the next request for a page that reads these
 * tags a blocking cache miss, so a visitor right after a refresh sees its data ("max" would serve
 * the stale page once more while revalidating in the background).
 */
export function expireCacheTags(tags: readonly CacheTag[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/** The refresh job run inside the Next server (cron route, admin): then the changed pages and the status page are expired. */
export async function runRefreshInApp(opts: RefreshOptions): Promise<RefreshResult> {
  const result = await runRefresh(getDb(), opts);
  if (result.ok) expireCacheTags([...result.summary.changedTags, CACHE_TAGS.refresh]);
  return result;
}
