// `npm start` serves pages prerendered by the build, from the database the build read. The database
// may have changed since (edits, a refresh, a restore, a reseeded in-memory one): once Next answers,
// the runner asks it to expire every cache tag (the endpoint `npm run refresh` uses), so each page
// is rendered afresh from this database on its first request instead of served as built.
import { CACHE_TAGS } from "../../lib/cache-tags";

export async function expireBuildPages(base: string, cronSecret: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(new URL("/api/cron/revalidate", base), {
        method: "POST",
        headers: { authorization: `Bearer ${cronSecret}`, "content-type": "application/json" },
        body: JSON.stringify({ tags: Object.values(CACHE_TAGS) }),
      });
      if (response.ok) {
        console.log("[run] cached pages expired: each renders from this database on its first request");
        return;
      }
      throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith("HTTP")) {
        console.error(`[run] could not expire the build's pages (${err.message}); they refresh within 5 minutes`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 250)); // not listening yet
    }
  }
  console.error("[run] Next did not answer within 2 minutes: the build's pages were not expired");
}
