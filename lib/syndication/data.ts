import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import type { FeedFilters } from "./feed-filters";
import { readChangeFeed } from "./feed-queries";

/**
 * A feed's scope and its latest changes, cached between writes with the tags of everything a
 * change reads (lib/changes/data.ts): an editor's save or a refresh expires it, so a feed shows a
 * correction at the next request. `filters` (canonical, from parseFeedFilters) is the cache key;
 * `readAt` is when this entry was read, the `updated` of a feed without entries.
 */
export async function getChangeFeed(filters: FeedFilters) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.counts);
  cacheLife("record");
  return readChangeFeed(getDb(), filters);
}
