import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import * as q from "./attack-queries";
import { getRecordCoverage } from "./coverage-queries";
import type { AttackFilters, Granularity } from "./filters";
import { getIncident, listAttacks, listPublishedIncidentIds, type IncidentSort } from "./incident-queries";
import { listAttackPoints, listStrikesByProvince, listTopPerpetratorsByDistrict } from "./map-queries";

// Cached reads for pages and API routes. Arguments are plain, serialisable values: they form the
// cache key. Invalidated by the `incidents` tag whenever an incident or its claims change.

export type AttackOverview = {
  total: number;
  namingPerpetrator: number;
  overTime: q.PeriodRow[];
  byProvince: q.CountRow[];
  byDistrict: q.DistrictRow[];
  byType: q.CountRow[];
  byTarget: q.CountRow[];
  byPerpetrator: q.PerpetratorRow[];
};

export async function getAttackOverview(
  f: AttackFilters,
  granularity: Granularity,
  stackBy: "type" | "perpetrator",
): Promise<AttackOverview> {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("record");
  const db = getDb();
  const [total, namingPerpetrator, overTime, byProvince, byDistrict, byType, byTarget, byPerpetrator] =
    await Promise.all([
      q.countAttacks(db, f),
      q.countAttacksNamingPerpetrator(db, f),
      q.countAttacksOverTime(db, f, granularity, stackBy),
      q.countAttacksByProvince(db, f),
      q.countAttacksByDistrict(db, f),
      q.countAttacksByType(db, f),
      q.countAttacksByTarget(db, f),
      q.countAttacksByPerpetrator(db, f),
    ]);
  return { total, namingPerpetrator, overTime, byProvince, byDistrict, byType, byTarget, byPerpetrator };
}

/** The record's own reach, stated beside every count of its incidents. */
export async function getCachedRecordCoverage() {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("record");
  return getRecordCoverage(getDb());
}

export async function getAttackList(f: AttackFilters, sort: IncidentSort, page: number, pageSize: number) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("record");
  return listAttacks(getDb(), f, { sort, page, pageSize });
}

export async function getIncidentRecord(id: string) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims);
  cacheLife("record");
  return getIncident(getDb(), id);
}

export async function getPublishedIncidentIds() {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("record");
  return listPublishedIncidentIds(getDb());
}

/** Choices for the filter form: provinces, districts and perpetrators that occur in the record. */
export async function getAttackFilterOptions() {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("record");
  const db = getDb();
  const [provinces, districts, perpetrators] = await Promise.all([
    db.place.findMany({
      where: { level: "PROVINCE", country: "PAK" },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.place.findMany({
      where: { incidentsInDistrict: { some: { published: true, country: "PAK" } } },
      select: { id: true, name: true, parentId: true, exFata: true },
      orderBy: { name: "asc" },
    }),
    db.actor.findMany({
      where: { perpetrations: { some: { incident: { published: true, country: "PAK" } } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { provinces, districts, perpetrators };
}

/** Map layers: who is named per district and incidents with exact points (attacks), and
 *  Pakistani strikes inside Afghanistan per province with each claimant's figures (strikes). */
export async function getAttackMapLayers(f: AttackFilters) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims);
  cacheLife("record");
  const db = getDb();
  const [perpetrators, points, strikes] = await Promise.all([
    listTopPerpetratorsByDistrict(db, f),
    listAttackPoints(db, f),
    listStrikesByProvince(db, { from: f.from, to: f.to }),
  ]);
  return { perpetrators, points, strikes };
}
