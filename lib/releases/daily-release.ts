// The daily cut after a scheduled refresh: at most one release a day, named after the UTC day, and
// only when the published record differs from the latest release. It must never fail the refresh
// it follows: every outcome, a failure included, is returned for the run's result.
import type { Db } from "../db/create-client";
import { isoDay } from "../dates";
import { cutRelease } from "./release-writes";

export type DailyReleaseOutcome =
  | { status: "cut"; name: string; files: number }
  | { status: "exists"; name: string }
  | { status: "unchanged"; latest: string }
  | { status: "failed"; name: string; error: string };

export async function cutDailyRelease(db: Db, now: Date, siteUrl: string): Promise<DailyReleaseOutcome> {
  const name = isoDay(now);
  try {
    // Today's release is cut already: nothing to read (the hourly runs after the first cost one query).
    if (await db.dataRelease.findUnique({ where: { id: name }, select: { id: true } }))
      return { status: "exists", name };
    const result = await cutRelease(db, { on: name, now, siteUrl });
    return result.status === "cut"
      ? { status: "cut", name, files: result.files.length }
      : { status: "unchanged", latest: result.latest.id };
  } catch (err) {
    console.error("[releases] the daily cut failed", err);
    return { status: "failed", name, error: err instanceof Error ? err.message.slice(0, 500) : String(err) };
  }
}
