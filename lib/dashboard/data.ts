import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { getHeadlines, headlinePeriod } from "./headline-queries";

/** Cached between writes: the tags are invalidated by whatever changes incidents, claims or mediation. */
export async function getCachedHeadlines(asOf: string, days: number) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.refresh);
  cacheLife("record");
  return getHeadlines(getDb(), asOf, days);
}

/** The `days` days ending at `asOf`, inclusive: the window getHeadlines counts. Pure, so a page
 *  knows its period (and can start every section's read) before any database answers. */
export { headlinePeriod };
