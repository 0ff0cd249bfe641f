import "server-only";
import { revalidateTag } from "next/cache";
import type { CacheTag } from "../cache-tags";

/** Route handlers cannot use updateTag; expire the tags at once so the next read is fresh. */
export function expireTags(tags: readonly CacheTag[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
