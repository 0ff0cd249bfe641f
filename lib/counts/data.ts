import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { groupSeries, listPeriodCounts } from "./count-queries";
import type { CountFilters } from "./filters";
import { buildNationalPicture } from "./national-picture";

// Cached reads of the period counts, expired by the `counts` tag on every write that changes them.

export async function getPeriodCounts(filters: CountFilters) {
  "use cache";
  cacheTag(CACHE_TAGS.counts);
  cacheLife("record");
  return listPeriodCounts(getDb(), filters);
}

export async function getNationalPicture() {
  "use cache";
  cacheTag(CACHE_TAGS.counts);
  cacheLife("record");
  return buildNationalPicture(groupSeries(await listPeriodCounts(getDb(), { versions: "all" })));
}
