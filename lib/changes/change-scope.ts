// Which changes belong to a province's or a mediation track's part of the record, as SQL conditions
// for the queries of lib/changes. What each part holds is stated on ChangeScope (change-types.ts).
import { Prisma } from "../db/generated/client";
import type { ChangeScope } from "./change-types";

/**
 * The counters' regions that lie inside each Pakistani province. A count for the whole of
 * Pakistan is no province's, and none is added to another: each stays the counter's figure for
 * its own region. Islamabad, Gilgit-Baltistan and Azad Jammu and Kashmir have no region of their
 * own in the counts (prisma/schema.prisma, CountRegion), so their feeds hold no count.
 */
export const PROVINCE_COUNT_REGIONS: Readonly<Record<string, readonly string[]>> = {
  "PK-KP": ["KHYBER_PAKHTUNKHWA", "KP_MAINLAND", "KP_TRIBAL"],
  "PK-BA": ["BALOCHISTAN"],
  "PK-SD": ["SINDH"],
  "PK-PB": ["PUNJAB"],
};

/** The record's parts a change query reads, each asked only when the scope can hold it. */
export type ChangePart = "incidents" | "claims" | "counts" | "corrections" | "mediation" | "ceasefires";

export function scopeHolds(scope: ChangeScope, part: ChangePart): boolean {
  const { provinceId, trackId } = scope;
  if (provinceId !== undefined && trackId !== undefined) return false;
  if (provinceId !== undefined) {
    if (part === "counts") return (PROVINCE_COUNT_REGIONS[provinceId] ?? []).length > 0;
    return part === "incidents" || part === "claims" || part === "corrections";
  }
  if (trackId !== undefined) return part === "mediation" || part === "ceasefires" || part === "corrections";
  return true;
}

const FALSE = Prisma.sql`AND false`;

/** `AND …` on an incident row `alias`: in the province. */
export function incidentInScope(scope: ChangeScope, alias: string): Prisma.Sql {
  if (scope.trackId !== undefined) return FALSE;
  return scope.provinceId === undefined
    ? Prisma.empty
    : Prisma.sql`AND ${Prisma.raw(alias)}."provinceId" = ${scope.provinceId}`;
}

const claimIncidentIn = (provinceId: string, claimIncident: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Incident" si WHERE si."id" = ${claimIncident} AND si."provinceId" = ${provinceId})`;

/** `AND …` on a claim row `alias`: about an incident in the province. */
export function claimInScope(scope: ChangeScope, alias: string): Prisma.Sql {
  if (scope.trackId !== undefined) return FALSE;
  if (scope.provinceId === undefined) return Prisma.empty;
  return Prisma.sql`AND ${claimIncidentIn(scope.provinceId, Prisma.raw(`${alias}."incidentId"`))}`;
}

const regionIn = (provinceId: string, region: Prisma.Sql) => {
  const regions = PROVINCE_COUNT_REGIONS[provinceId] ?? [];
  return regions.length ? Prisma.sql`${region}::text IN (${Prisma.join(regions)})` : Prisma.sql`false`;
};

/** `AND …` on a period count row `alias`: its region lies in the province. */
export function countInScope(scope: ChangeScope, alias: string): Prisma.Sql {
  if (scope.trackId !== undefined) return FALSE;
  if (scope.provinceId === undefined) return Prisma.empty;
  return Prisma.sql`AND ${regionIn(scope.provinceId, Prisma.raw(`${alias}."region"`))}`;
}

/** `AND …` on a mediation step or ceasefire row `alias`: of the track. */
export function trackRowInScope(scope: ChangeScope, alias: string): Prisma.Sql {
  if (scope.provinceId !== undefined) return FALSE;
  return scope.trackId === undefined ? Prisma.empty : Prisma.sql`AND ${Prisma.raw(alias)}."trackId" = ${scope.trackId}`;
}

/** `AND …` on a correction row `k`: what it corrects is in the scope (see ChangeScope). */
export function correctionInScope(scope: ChangeScope): Prisma.Sql {
  const { provinceId, trackId } = scope;
  if (provinceId !== undefined && trackId !== undefined) return FALSE;
  if (provinceId !== undefined) {
    return Prisma.sql`AND CASE k."entityType"
      WHEN 'Incident' THEN EXISTS (SELECT 1 FROM "Incident" si WHERE si."id" = k."entityId"
        AND si."provinceId" = ${provinceId})
      WHEN 'Claim' THEN EXISTS (SELECT 1 FROM "Claim" sc WHERE sc."id" = k."entityId"
        AND ${claimIncidentIn(provinceId, Prisma.sql`sc."incidentId"`)})
      WHEN 'PeriodCount' THEN EXISTS (SELECT 1 FROM "PeriodCount" sp WHERE sp."id" = k."entityId"
        AND ${regionIn(provinceId, Prisma.sql`sp."region"`)})
      ELSE false END`;
  }
  if (trackId !== undefined) {
    return Prisma.sql`AND CASE k."entityType"
      WHEN 'MediationTrack' THEN k."entityId" = ${trackId}
      WHEN 'Ceasefire' THEN EXISTS (SELECT 1 FROM "Ceasefire" sf WHERE sf."id" = k."entityId"
        AND sf."trackId" = ${trackId})
      ELSE false END`;
  }
  return Prisma.empty;
}
