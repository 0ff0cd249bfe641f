import "server-only";
// The one way a write expires cached pages. Server actions call updateTags (Next's updateTag,
// which also lets the acting editor read their own write at once); everything else (route
// handlers, the refresh job in the server, the revalidation endpoint of `npm run refresh`) calls
// expireTags. Both also empty the front cache of `npm start` (lib/front-cache), which keeps whole
// responses by URL and cannot tell which of them a tag touched.
import { revalidateTag, updateTag } from "next/cache";
import type { CacheTag } from "./cache-tags";
import { purgeFrontCache } from "./front-cache/purge";

/**
 * Expires each tag now (`expire: 0`): the next request is a blocking cache miss, so a reader right
 * after a write sees it ("max" would serve the stale page once more while revalidating).
 */
export function expireTags(tags: readonly CacheTag[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
  if (tags.length) purgeFrontCache();
}

/** In a server action: expires each tag, and the acting user's next read waits for fresh data. */
export function updateTags(tags: readonly CacheTag[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
  if (tags.length) purgeFrontCache();
}
