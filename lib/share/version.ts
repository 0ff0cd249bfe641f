import "server-only";
import { createHash } from "node:crypto";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";

/** The data version that share-card URLs carry (?v=…): it changes whenever a refresh run finishes
 *  or any published record (period counts included) is added, edited or removed, so a cached card is never paired with
 *  fresher page text. No refresh has run on the seed dataset, hence the fingerprint of the data
 *  itself (latest edit times and row counts) beside the latest run's id. Cached between writes. */
export async function getDataVersion(): Promise<{ version: string; updatedOn: string }> {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.counts, CACHE_TAGS.refresh);
  cacheLife("record");
  const rows = await getDb().$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT "id" FROM "RefreshRun" WHERE "finishedAt" IS NOT NULL ORDER BY "finishedAt" DESC LIMIT 1) AS run,
      (SELECT MAX("updatedAt")::text || '/' || COUNT(*) FROM "Incident" WHERE "published") AS incidents,
      (SELECT MAX("updatedAt")::text || '/' || COUNT(*) FROM "Claim" WHERE "published") AS claims,
      (SELECT MAX("updatedAt")::text || '/' || COUNT(*) FROM "MediationTrack") AS tracks,
      (SELECT COUNT(*)::text FROM "MediationEvent") AS events,
      (SELECT COUNT(*)::text || '/' || COUNT("endedOn") FROM "Ceasefire" WHERE "published") AS ceasefires,
      (SELECT MAX("updatedAt")::text || '/' || COUNT(*) FROM "PeriodCount" WHERE "published") AS counts,
      (SELECT MAX("updatedAt")::text FROM "Document") AS documents,
      to_char(GREATEST((SELECT MAX("finishedAt") FROM "RefreshRun"), (SELECT MAX("updatedAt") FROM "Incident"),
        (SELECT MAX("updatedAt") FROM "Claim"), (SELECT MAX("updatedAt") FROM "MediationTrack"),
        (SELECT MAX("updatedAt") FROM "PeriodCount")), 'YYYY-MM-DD') AS "updatedOn"`;
  const row = rows[0] ?? {};
  return {
    version: createHash("sha256").update(JSON.stringify(row)).digest("hex").slice(0, 12),
    // "updated <date>" on cards and pages: the last refresh, or the last edit of the record.
    updatedOn: typeof row.updatedOn === "string" ? row.updatedOn : "not yet",
  };
}
