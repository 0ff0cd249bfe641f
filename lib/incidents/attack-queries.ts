// Aggregations over published incidents inside Pakistan. Every count is computed in PostgreSQL;
// these functions only shape the rows it returns. They take the client as an argument so the same
// code runs in the app (through lib/incidents/data.ts) and in tests against each database.
// Each first asks the rollups (./rollup-queries) and counts incidents directly only for filter
// combinations no rollup holds; both paths return the same rows (tests/integration/attack-rollups).
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import type { AttackFilters, Granularity } from "./filters";
import * as rollup from "./rollup-queries";

export type CountRow = { key: string; label: string; count: number };
export type PeriodRow = { period: string; key: string; count: number };
export type PerpetratorRow = {
  actorId: string;
  actorName: string;
  basis: "CLAIMED" | "ATTRIBUTED";
  attributedById: string;
  attributedBy: string;
  count: number;
};

export function attackWhere(f: AttackFilters): Prisma.Sql {
  // Security operations are the state's own operations, not militant attacks: never counted here
  // (the rollups leave them out the same way, migration 20261202130000).
  const parts: Prisma.Sql[] = [
    Prisma.sql`i."published" = true`,
    Prisma.sql`i."country" = 'PAK'`,
    Prisma.sql`i."type"::text <> 'SECURITY_OPERATION'`,
  ];
  if (f.from) parts.push(Prisma.sql`i."occurredOn" >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`i."occurredOn" <= ${f.to}::date`);
  if (f.province) parts.push(Prisma.sql`i."provinceId" = ${f.province}`);
  if (f.district) parts.push(Prisma.sql`i."districtId" = ${f.district}`);
  if (f.type) parts.push(Prisma.sql`i."type" = ${f.type}::"IncidentType"`);
  if (f.target) parts.push(Prisma.sql`i."targetType" = ${f.target}::"TargetType"`);
  if (f.perpetrator) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "IncidentPerpetrator" p WHERE p."incidentId" = i."id" AND p."actorId" = ${f.perpetrator})`,
    );
  }
  return Prisma.join(parts, " AND ");
}

const toCount = (
  rows: { key: string | null; label: string | null; count: bigint | number }[],
  unknown = "Unknown",
): CountRow[] => rows.map((r) => ({ key: r.key ?? "unknown", label: r.label ?? unknown, count: Number(r.count) }));

/** Attacks per week or month, optionally split by attack type or perpetrator for stacking. */
export async function countAttacksOverTime(
  db: Db,
  f: AttackFilters,
  granularity: Granularity,
  stackBy: "none" | "type" | "perpetrator" = "none",
): Promise<PeriodRow[]> {
  const unit = granularity === "week" ? Prisma.sql`'week'` : Prisma.sql`'month'`;
  const period = Prisma.sql`to_char(date_trunc(${unit}, i."occurredOn"), 'YYYY-MM-DD')`;
  const where = attackWhere(f);
  const rows =
    (await rollup.rollupOverTime(db, f, granularity, stackBy)) ??
    (stackBy === "perpetrator"
      ? await db.$queryRaw<{ period: string; key: string | null; count: bigint }[]>`
        SELECT ${period} AS period, COALESCE(p."actorId", 'unknown') AS key, COUNT(DISTINCT i."id") AS count
        FROM "Incident" i LEFT JOIN "IncidentPerpetrator" p ON p."incidentId" = i."id"
        WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`
      : await db.$queryRaw<{ period: string; key: string | null; count: bigint }[]>`
        SELECT ${period} AS period, ${stackBy === "type" ? Prisma.sql`i."type"::text` : Prisma.sql`'all'`} AS key,
               COUNT(*) AS count
        FROM "Incident" i WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`);
  return rows.map((r) => ({ period: r.period, key: r.key ?? "unknown", count: Number(r.count) }));
}

export async function countAttacksByProvince(db: Db, f: AttackFilters): Promise<CountRow[]> {
  return toCount(
    (await rollup.rollupByProvince(db, f)) ??
      (await db.$queryRaw`
    SELECT i."provinceId" AS key, pl."name" AS label, COUNT(*) AS count
    FROM "Incident" i LEFT JOIN "Place" pl ON pl."id" = i."provinceId"
    WHERE ${attackWhere(f)} GROUP BY 1, 2 ORDER BY 3 DESC, 2`),
    "Province not reported",
  );
}

export type DistrictRow = CountRow & { provinceId: string | null; exFata: boolean };

export async function countAttacksByDistrict(db: Db, f: AttackFilters): Promise<DistrictRow[]> {
  const rows =
    (await rollup.rollupByDistrict(db, f)) ??
    (await db.$queryRaw<
      { key: string | null; label: string | null; provinceId: string | null; exFata: boolean | null; count: bigint }[]
    >`
    SELECT i."districtId" AS key, pl."name" AS label, i."provinceId" AS "provinceId", pl."exFata" AS "exFata", COUNT(*) AS count
    FROM "Incident" i LEFT JOIN "Place" pl ON pl."id" = i."districtId"
    WHERE ${attackWhere(f)} GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 2`);
  return rows.map((r) => ({
    key: r.key ?? "unknown",
    label: r.label ?? "District not reported",
    count: Number(r.count),
    provinceId: r.provinceId,
    exFata: r.exFata ?? false,
  }));
}

export async function countAttacksByType(db: Db, f: AttackFilters): Promise<CountRow[]> {
  return toCount(
    (await rollup.rollupByTypeOrTarget(db, f, "type")) ??
      (await db.$queryRaw`
    SELECT i."type"::text AS key, i."type"::text AS label, COUNT(*) AS count
    FROM "Incident" i WHERE ${attackWhere(f)} GROUP BY 1 ORDER BY 3 DESC, 1`),
  );
}

export async function countAttacksByTarget(db: Db, f: AttackFilters): Promise<CountRow[]> {
  return toCount(
    (await rollup.rollupByTypeOrTarget(db, f, "target")) ??
      (await db.$queryRaw`
    SELECT i."targetType"::text AS key, i."targetType"::text AS label, COUNT(*) AS count
    FROM "Incident" i WHERE ${attackWhere(f)} GROUP BY 1 ORDER BY 3 DESC, 1`),
  );
}

/** Claimed responsibility and attribution by others are kept apart, one row per (actor, basis, by). */
export async function countAttacksByPerpetrator(db: Db, f: AttackFilters): Promise<PerpetratorRow[]> {
  const rows =
    (await rollup.rollupByPerpetrator(db, f)) ??
    (await db.$queryRaw<(Omit<PerpetratorRow, "count"> & { count: bigint })[]>`
    SELECT p."actorId" AS "actorId", a."name" AS "actorName", p."basis"::text AS basis,
           p."attributedById" AS "attributedById", b."name" AS "attributedBy", COUNT(DISTINCT i."id") AS count
    FROM "Incident" i
    JOIN "IncidentPerpetrator" p ON p."incidentId" = i."id"
    JOIN "Actor" a ON a."id" = p."actorId"
    JOIN "Actor" b ON b."id" = p."attributedById"
    WHERE ${attackWhere(f)} GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC, 2, 3`);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export async function countAttacks(db: Db, f: AttackFilters): Promise<number> {
  const fromRollup = await rollup.rollupCount(db, f);
  if (fromRollup !== null) return fromRollup;
  const [row] = await db.$queryRaw<
    { count: bigint }[]
  >`SELECT COUNT(*) AS count FROM "Incident" i WHERE ${attackWhere(f)}`;
  return Number(row?.count ?? 0);
}

/** Attacks that name at least one perpetrator (claimed or attributed), each counted once. */
export async function countAttacksNamingPerpetrator(db: Db, f: AttackFilters): Promise<number> {
  const fromRollup = await rollup.rollupCount(db, f, ["named"]);
  if (fromRollup !== null) return fromRollup;
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT COUNT(*) AS count FROM "Incident" i
    WHERE ${attackWhere(f)} AND EXISTS (SELECT 1 FROM "IncidentPerpetrator" p WHERE p."incidentId" = i."id")`;
  return Number(row?.count ?? 0);
}
