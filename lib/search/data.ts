import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import type { SearchQuery } from "./search-query";
import { searchRecord, type SearchResult } from "./search-queries";

/**
 * A search, cached between writes. It reads every kind of public record (documents, actors and
 * places are public through the incidents, claims, mediation records and period counts that cite
 * or name them), so a write to any of them, by an editor or a refresh, expires it; edits to
 * documents, actors and places expire the same four tags (lib/writes/record-writes.ts). The key
 * is the parsed query: "Kabul" and "kabul " are one entry only when they parse alike.
 */
export async function getSearchResults(query: SearchQuery): Promise<SearchResult> {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.counts);
  cacheLife("record");
  return searchRecord(getDb(), query);
}
