import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { listLatestChanges } from "./change-queries";
import { CHANGE_KINDS, type ChangeKind, type ChangeScope } from "./change-types";

/** The latest public changes, cached between writes: it reads incidents (and correction notes,
 *  expired with what they correct), claims, mediation tracks and ceasefires, period counts, and
 *  the documents and publishers they cite (whose writes expire every one of these tags), so a write
 *  to any of them, by an editor or a refresh, expires it. `scope` (plain values) is part of the key. */
export async function getLatestChanges(
  limit: number,
  kinds: readonly ChangeKind[] = CHANGE_KINDS,
  scope: ChangeScope = {},
) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.counts);
  cacheLife("record");
  return listLatestChanges(getDb(), { limit, kinds, ...scope });
}
