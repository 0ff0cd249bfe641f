// What the maps need beyond the per-district counts: who is named in each district, incidents with
// an exact point, and Pakistani strikes inside Afghanistan by province with each side's claims.
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import { groupBy } from "../group-by";
import { attackWhere } from "./attack-queries";
import { rollupTopPerpetratorsByDistrict } from "./rollup-queries";
import type { AttackFilters } from "./filters";
import { strikeAttributionSql, type StrikeAttribution } from "./strike-attribution";

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
  /** Incidents in the province (each once, whichever of its places lie there). */
  incidents: number;
  /** The same incidents by who attributes them to Pakistan; they add up to `incidents`. */
  byAttribution: Record<StrikeAttribution, number>;
  killed: { claimantName: string; claimantSide: string; valueLow: number; valueHigh: number; qualifier: string }[];
};

/** Incidents inside Afghanistan per province, by who attributes them to Pakistan (acknowledged,
 *  independent observer, alleged by the Afghan authorities, unattributed: never all called
 *  "Pakistani strikes"). An incident spanning several provinces counts once in each. With every
 *  killed-claim about them by claimant (latest revision only; never added across claimants), shown
 *  under the incident's own province only: a figure for one province is not repeated in others. */
export async function listStrikesByProvince(db: Db, range: { from?: string; to?: string }): Promise<StrikeProvince[]> {
  const from = range.from ?? "1900-01-01",
    to = range.to ?? "2999-12-31";
  const placed = Prisma.sql`
    SELECT i."id", i."provinceId" FROM "Incident" i
    WHERE i."published" AND i."country" = 'AFG' AND i."provinceId" IS NOT NULL AND i."occurredOn" BETWEEN ${from}::date AND ${to}::date
    UNION
    SELECT i."id", x."provinceId" FROM "Incident" i JOIN "IncidentPlace" x ON x."incidentId" = i."id"
    WHERE i."published" AND i."country" = 'AFG' AND x."provinceId" IS NOT NULL AND i."occurredOn" BETWEEN ${from}::date AND ${to}::date`;
  const [counts, claims] = await Promise.all([
    db.$queryRaw<{ provinceId: string; provinceName: string; attribution: StrikeAttribution; incidents: bigint }[]>`
      SELECT ip."provinceId" AS "provinceId", pl."name" AS "provinceName", ${strikeAttributionSql} AS attribution,
             COUNT(*) AS incidents
      FROM (${placed}) ip JOIN "Incident" i ON i."id" = ip."id" JOIN "Place" pl ON pl."id" = ip."provinceId"
      GROUP BY 1, 2, 3`,
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
  const provinces = new Map<string, StrikeProvince>();
  for (const row of counts) {
    const province = provinces.get(row.provinceId) ?? {
      provinceId: row.provinceId,
      provinceName: row.provinceName,
      incidents: 0,
      byAttribution: { ACKNOWLEDGED: 0, INDEPENDENT: 0, ALLEGED: 0, UNATTRIBUTED: 0 },
      killed: byProvince.get(row.provinceId) ?? [],
    };
    province.incidents += Number(row.incidents);
    province.byAttribution[row.attribution] += Number(row.incidents);
    provinces.set(row.provinceId, province);
  }
  return [...provinces.values()].sort(
    (left, right) => right.incidents - left.incidents || left.provinceName.localeCompare(right.provinceName),
  );
}
