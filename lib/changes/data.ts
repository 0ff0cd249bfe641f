import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { listLatestChanges } from "./change-queries";
import { CHANGE_KINDS, type ChangeKind } from "./change-types";

/** The latest public changes, cached between writes: it reads incidents (and correction notes,
 *  expired with what they correct), claims, mediation tracks and ceasefires, and period counts, so
 *  a write to any of them, by an editor or a refresh, expires it. */
export async function getLatestChanges(limit: number, kinds: readonly ChangeKind[] = CHANGE_KINDS) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.counts);
  cacheLife("record");
  return listLatestChanges(getDb(), { limit, kinds });
}
