import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { listLatestChanges } from "../changes/change-queries";
import { CHANGE_KINDS } from "../changes/change-types";
import { getDb } from "../db";
import { FEED_LIMIT } from "./feed-document";
import type { FeedFilters } from "./feed-filters";
import { findFeedScope } from "./feed-queries";

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
  const db = getDb();
  const scope = await findFeedScope(db, filters);
  if (scope.kind === "missing") return { scope, changes: [], readAt: new Date().toISOString() };
  const changes = await listLatestChanges(db, {
    limit: FEED_LIMIT,
    kinds: filters.kind ?? CHANGE_KINDS,
    provinceId: filters.province,
    trackId: filters.track,
  });
  return { scope, changes, readAt: new Date().toISOString() };
}
