// The first data release on a fresh machine: `npm run dev/build/start` load the dataset into an
// empty database (scripts/db/seed.ts --if-empty) and then cut a release when there is none yet, so
// /data/latest and the methodology page's citation work from the first start. Later releases come
// from the daily cut of the cron route and from `npm run data:release`. A failure here is printed
// and never stops the start. A large record (a synthetic benchmark database) is not cut at start:
// building its files takes time and memory a start should not spend.
import { createDb } from "../../lib/db/create-client";
import { isoDay } from "../../lib/dates";
import { cutRelease } from "../../lib/releases/release-writes";

/** Incidents, claims and period counts above which no release is cut at start (the dataset has ~450). */
export const FIRST_RELEASE_MAX_ROWS = 20_000;

export async function cutFirstRelease(url: string, siteUrl: string): Promise<void> {
  const db = createDb(url, { poolMax: 2 });
  try {
    if ((await db.dataRelease.count()) > 0) return;
    const rows = (await db.incident.count()) + (await db.claim.count()) + (await db.periodCount.count());
    if (rows > FIRST_RELEASE_MAX_ROWS) {
      console.log(
        `[release] the record is large (${rows} rows): no release cut at start (npm run data:release cuts one)`,
      );
      return;
    }
    const started = Date.now();
    const now = new Date();
    const result = await cutRelease(db, { on: isoDay(now), now, siteUrl });
    if (result.status === "cut") {
      console.log(
        `[release] first data release ${result.release.id} cut ` +
          `(${result.files.length} files, ${Date.now() - started} ms): /data/latest`,
      );
    }
  } catch (err) {
    console.error(`[release] no first data release: ${err instanceof Error ? err.message : err}`);
  } finally {
    await db.$disconnect();
  }
}
