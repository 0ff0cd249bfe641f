// What the maps need beyond the per-district counts: who is named in each district, incidents with
// an exact point, and Pakistani strikes inside Afghanistan by province with each side's claims.
import type { Db } from "../db/create-client";
import { groupBy } from "../group-by";
import { attackWhere } from "./attack-queries";
import { rollupTopPerpetratorsByDistrict } from "./rollup-queries";
import type { AttackFilters } from "./filters";

export type DistrictPerpetrators = { districtId: string; names: string[] };

/** Up to three most-named perpetrators per district (claimed or attributed), most incidents first. */
export async function listTopPerpetratorsByDistrict(db: Db, f: AttackFilters): Promise<DistrictPerpetrators[]> {
  const fromRollup = await rollupTopPerpetratorsByDistrict(db, f); // see ./rollup-queries
  if (fromRollup) return fromRollup;
  const rows = await db.$queryRaw<{ districtId: string; names: string[] }[]>`
    SELECT "districtId", (ARRAY_AGG(name ORDER BY n DESC, name))[1:3] AS names FROM (
      SELECT i."districtId" AS "districtId", a."name" AS name, COUNT(DISTINCT i."id") AS n
      FROM "Incident" i JOIN "IncidentPerpetrator" p ON p."incidentId" = i."id" JOIN "Actor" a ON a."id" = p."actorId"
      WHERE ${attackWhere(f)} AND i."districtId" IS NOT NULL GROUP BY 1, 2
    ) t GROUP BY 1`;
  return rows;
}

export type AttackPoint = { id: string; title: string; lon: number; lat: number; maxKilled: number | null };

/** Incidents whose place has coordinates, with the highest figure any claimant gave for killed. */
export async function listAttackPoints(db: Db, f: AttackFilters): Promise<AttackPoint[]> {
  return db.$queryRaw<AttackPoint[]>`
    SELECT i."id", i."title", pl."lon", pl."lat",
      (SELECT MAX(c."valueHigh") FROM "Claim" c WHERE c."incidentId" = i."id" AND c."published" AND c."metric" = 'KILLED') AS "maxKilled"
    FROM "Incident" i JOIN "Place" pl ON pl."id" = i."placeId"
    WHERE ${attackWhere(f)} AND pl."level" = 'LOCALITY' AND pl."lon" IS NOT NULL AND pl."lat" IS NOT NULL`;
}

export type StrikeProvince = {
  provinceId: string;
  provinceName: string;
  strikes: number;
  killed: { claimantName: string; claimantSide: string; valueLow: number; valueHigh: number; qualifier: string }[];
};

/** Pakistani strikes in Afghanistan (incidents in AFG) per province, with every killed-claim about
 *  them by claimant (latest revision only; never added across claimants). */
export async function listStrikesByProvince(db: Db, range: { from?: string; to?: string }): Promise<StrikeProvince[]> {
  const from = range.from ?? "1900-01-01",
    to = range.to ?? "2999-12-31";
  const [counts, claims] = await Promise.all([
    db.$queryRaw<{ provinceId: string; provinceName: string; strikes: bigint }[]>`
      SELECT i."provinceId" AS "provinceId", pl."name" AS "provinceName", COUNT(*) AS strikes
      FROM "Incident" i JOIN "Place" pl ON pl."id" = i."provinceId"
      WHERE i."published" AND i."country" = 'AFG' AND i."occurredOn" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
    db.$queryRaw<({ provinceId: string } & StrikeProvince["killed"][number])[]>`
      SELECT i."provinceId" AS "provinceId", a."name" AS "claimantName", a."side"::text AS "claimantSide",
             c."valueLow" AS "valueLow", c."valueHigh" AS "valueHigh", c."qualifier"::text AS qualifier
      FROM "Claim" c JOIN "Incident" i ON i."id" = c."incidentId" JOIN "Actor" a ON a."id" = c."claimantId"
      WHERE c."published" AND c."metric" = 'KILLED' AND i."published" AND i."country" = 'AFG' AND i."provinceId" IS NOT NULL
        AND i."occurredOn" BETWEEN ${from}::date AND ${to}::date
        AND NOT EXISTS (SELECT 1 FROM "Claim" r WHERE r."revisesId" = c."id" AND r."published")
      ORDER BY i."provinceId", a."side", a."name"`,
  ]);
  const byProvince = groupBy(
    claims,
    (c) => c.provinceId,
    ({ provinceId: _p, ...k }): StrikeProvince["killed"][number] => k,
  );
  return counts.map((c) => ({ ...c, strikes: Number(c.strikes), killed: byProvince.get(c.provinceId) ?? [] }));
}
