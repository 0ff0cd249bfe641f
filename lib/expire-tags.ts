import "server-only";
// The one way a write outside a server action (route handlers, the refresh job in the server, the
// revalidation endpoint of `npm run refresh`) expires cached pages. Server actions use
// updateTag instead, which also lets the acting editor read their own write at once.
import { revalidateTag } from "next/cache";
import type { CacheTag } from "./cache-tags";

/**
 * Expires each tag now (`expire: 0`): the next request is a blocking cache miss, so a reader right
 * after a write sees it ("max" would serve the stale page once more while revalidating).
 */
export function expireTags(tags: readonly CacheTag[]): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
