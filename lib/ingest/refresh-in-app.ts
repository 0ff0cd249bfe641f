import "server-only";
import { CACHE_TAGS, type CacheTag } from "../cache-tags";
import { getDb } from "../db";
import { getEnv } from "../env";
import { expireTags } from "../expire-tags";
import { cutDailyRelease, type DailyReleaseOutcome } from "../releases/daily-release";
import { runRefresh, type RefreshOptions, type RefreshResult, type RefreshSummary } from "./run-refresh";

/** A run's result in the app: the refresh summary and what the day's data release came to. */
export type InAppRefreshResult =
  { ok: true; summary: RefreshSummary & { release: DailyReleaseOutcome } } | Extract<RefreshResult, { ok: false }>;

/**
 * The refresh job run inside the Next server (the cron route): then the day's data release is cut
 * when the record changed since the latest one (once a day; a failing cut is reported in the
 * result and never fails the run), and the changed pages and the status page are expired.
 */
export async function runRefreshInApp(opts: RefreshOptions): Promise<InAppRefreshResult> {
  const db = getDb();
  const result = await runRefresh(db, opts);
  if (!result.ok) return result;
  const release = await cutDailyRelease(db, new Date(), getEnv().SITE_URL);
  const tags: CacheTag[] = [...result.summary.changedTags, CACHE_TAGS.refresh];
  if (release.status === "cut") tags.push(CACHE_TAGS.releases);
  expireTags(tags);
  return { ok: true, summary: { ...result.summary, release } };
}
