import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getClaimsInScope } from "../claims/data";
import { getPeriodCounts } from "../counts/data";
import { getDb } from "../db";
import type { AttackFilters } from "../incidents/filters";
import { getCachedRecordCoverage, getIncidentRecord } from "../incidents/data";
import type { IncidentSort } from "../incidents/incident-queries";
import { getCeasefires, getMediationTracks } from "../mediation/data";
import { fetchCeasefireCitations, fetchIncidentPage, scopeTargetExists } from "./api-queries";
import type { ApiReader } from "./reader";

// Cached reads for the API routes. Where a page already has a cached wrapper (incident record,
// claims in scope, mediation) the API shares it, so a page view and an API call hit one cache
// entry; the wrappers below cover what only the API reads. Arguments are plain values: they form
// the cache key. Tags match what a write invalidates (lib/cache-tags.ts).

async function getIncidentPage(f: AttackFilters, sort: IncidentSort, page: number, pageSize: number) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("record");
  return fetchIncidentPage(getDb(), f, sort, page, pageSize);
}

async function getScopeExists(kind: "incident" | "episode", id: string) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims);
  cacheLife("record");
  return scopeTargetExists(getDb(), kind, id);
}

async function getCeasefireCitations() {
  "use cache";
  cacheTag(CACHE_TAGS.mediation);
  cacheLife("record");
  return fetchCeasefireCitations(getDb());
}

export const cachedReader: ApiReader = {
  incidentPage: getIncidentPage,
  incident: getIncidentRecord,
  coverage: getCachedRecordCoverage,
  scopeExists: getScopeExists,
  claims: getClaimsInScope,
  tracks: getMediationTracks,
  ceasefires: getCeasefires,
  ceasefireCitations: getCeasefireCitations,
  periodCounts: getPeriodCounts,
};
