// Attack counts read from "AttackRollup" (migration 20261130170000_rollups): pre-aggregated counts
// of published incidents in Pakistan per day, week and month, province and one dimension, kept
// right by database triggers. A date range is answered from whole weeks or months plus the days at
// its edges, so a query reads a few hundred rows however large the record grows. Filter
// combinations no rollup holds (e.g. perpetrator and type together) return null, and the caller
// counts incidents directly through the indexes.
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import { addDays, mondayOf } from "../dates";
import type { AttackFilters, Granularity } from "./filters";

type Dim = "all" | "district" | "type" | "target" | "type_target" | "actor" | "perp" | "named" | "district_actor";
type Filter = "district" | "type" | "target" | "perpetrator";

/** The filters (besides from, to and province, which every rollup has) each dimension can apply. */
const SUPPORTS: Record<Dim, Filter[]> = {
  all: [],
  district: ["district"],
  type: ["type"],
  target: ["target"],
  type_target: ["type", "target"],
  actor: ["perpetrator"],
  perp: [],
  named: [],
  district_actor: ["district"],
};

// Composite keys: type_target is "<type>|<target>", perp is "<actorId>|<basis>|<attributedById>",
// district_actor is "<districtId>|<actorId>". The position is a literal (not a bind parameter) so
// that the same expression in SELECT and GROUP BY matches.
const part = (n: 1 | 2 | 3) => Prisma.raw(`split_part(r."key", '|', ${n})`);
const KEY_CONDITION: Record<Filter, (dim: Dim, value: string) => Prisma.Sql> = {
  district: (d, v) => (d === "district" ? Prisma.sql`r."key" = ${v}` : Prisma.sql`${part(1)} = ${v}`),
  type: (d, v) => (d === "type" ? Prisma.sql`r."key" = ${v}` : Prisma.sql`${part(1)} = ${v}`),
  target: (d, v) => (d === "target" ? Prisma.sql`r."key" = ${v}` : Prisma.sql`${part(2)} = ${v}`),
  perpetrator: (_d, v) => Prisma.sql`r."key" = ${v}`,
};

export type RollupPlan = { dim: Dim; where: Prisma.Sql };

/** The first of `dims` that can apply every filter in `f`, with its WHERE clause; null if none can. */
export function planRollup(f: AttackFilters, dims: Dim[], grain: Granularity = "month"): RollupPlan | null {
  const active = (["district", "type", "target", "perpetrator"] as const).filter((k) => f[k] !== undefined);
  const dim = dims.find((d) => active.every((k) => SUPPORTS[d].includes(k)));
  if (!dim) return null;
  const parts = [Prisma.sql`r."dim" = ${dim}`, timeCondition(f.from, f.to, grain)];
  if (f.province) parts.push(Prisma.sql`r."provinceId" = ${f.province}`);
  for (const k of active) parts.push(KEY_CONDITION[k](dim, f[k]!));
  return { dim, where: Prisma.join(parts, " AND ") };
}

const startOf = (iso: string, grain: Granularity) => (grain === "week" ? mondayOf(iso) : `${iso.slice(0, 7)}-01`);
const nextStart = (start: string, grain: Granularity) => {
  if (grain === "week") return addDays(start, 7);
  const [y, m] = start.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
};

/** [from, to] as whole buckets of `grain` plus single days at either edge. */
export function timeCondition(from: string | undefined, to: string | undefined, grain: Granularity): Prisma.Sql {
  const fullFrom =
    from === undefined ? undefined : startOf(from, grain) === from ? from : nextStart(startOf(from, grain), grain);
  const fullUntil = to === undefined ? undefined : startOf(addDays(to, 1), grain); // exclusive
  if (from !== undefined && to !== undefined && fullFrom! >= fullUntil!) {
    return Prisma.sql`(r."grain" = 'day' AND r."bucket" BETWEEN ${from}::date AND ${to}::date)`;
  }
  const whole = [Prisma.sql`r."grain" = ${grain}`];
  if (fullFrom !== undefined) whole.push(Prisma.sql`r."bucket" >= ${fullFrom}::date`);
  if (fullUntil !== undefined) whole.push(Prisma.sql`r."bucket" < ${fullUntil}::date`);
  const alternatives = [Prisma.sql`(${Prisma.join(whole, " AND ")})`];
  if (from !== undefined && from < fullFrom!) {
    alternatives.push(
      Prisma.sql`(r."grain" = 'day' AND r."bucket" >= ${from}::date AND r."bucket" < ${fullFrom}::date)`,
    );
  }
  if (to !== undefined && fullUntil! <= to) {
    alternatives.push(
      Prisma.sql`(r."grain" = 'day' AND r."bucket" >= ${fullUntil}::date AND r."bucket" <= ${to}::date)`,
    );
  }
  return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
}

type Raw = { key: string | null; label: string | null; count: bigint | number };

/** The grouping key of a type or target query over the type, target or type_target dimension. */
const keyOf = (dim: Dim, want: "type" | "target") =>
  dim === "type_target" ? part(want === "type" ? 1 : 2) : Prisma.sql`r."key"`;

export async function rollupOverTime(
  db: Db,
  f: AttackFilters,
  granularity: Granularity,
  stackBy: "none" | "type" | "perpetrator",
) {
  const dims: Dim[] =
    stackBy === "type"
      ? ["type", "type_target"]
      : stackBy === "perpetrator"
        ? ["actor"]
        : ["all", "district", "type", "target", "type_target", "actor"];
  // Stacking by perpetrator under a perpetrator filter counts co-named actors: no rollup holds that.
  if (stackBy === "perpetrator" && f.perpetrator) return null;
  const plan = planRollup(f, dims, granularity);
  if (!plan) return null;
  const unit = granularity === "week" ? Prisma.sql`'week'` : Prisma.sql`'month'`;
  const key =
    stackBy === "type" ? keyOf(plan.dim, "type") : stackBy === "perpetrator" ? Prisma.sql`r."key"` : Prisma.sql`'all'`;
  return db.$queryRaw<{ period: string; key: string; count: bigint }[]>`
    SELECT to_char(date_trunc(${unit}, r."bucket"), 'YYYY-MM-DD') AS period, ${key} AS key, SUM(r."count") AS count
    FROM "AttackRollup" r WHERE ${plan.where} GROUP BY 1, 2 HAVING SUM(r."count") > 0 ORDER BY 1, 2`;
}

export async function rollupByProvince(db: Db, f: AttackFilters): Promise<Raw[] | null> {
  const plan = planRollup(f, ["all", "district", "type", "target", "type_target", "actor"]);
  if (!plan) return null;
  return db.$queryRaw<Raw[]>`
    SELECT NULLIF(r."provinceId", '') AS key, pl."name" AS label, SUM(r."count") AS count
    FROM "AttackRollup" r LEFT JOIN "Place" pl ON pl."id" = NULLIF(r."provinceId", '')
    WHERE ${plan.where} GROUP BY 1, 2 HAVING SUM(r."count") > 0 ORDER BY 3 DESC, 2`;
}

export async function rollupByDistrict(db: Db, f: AttackFilters) {
  const plan = planRollup(f, ["district"]);
  if (!plan) return null;
  return db.$queryRaw<
    { key: string | null; label: string | null; provinceId: string | null; exFata: boolean | null; count: bigint }[]
  >`
    SELECT NULLIF(r."key", '') AS key, pl."name" AS label, NULLIF(r."provinceId", '') AS "provinceId", pl."exFata" AS "exFata", SUM(r."count") AS count
    FROM "AttackRollup" r LEFT JOIN "Place" pl ON pl."id" = NULLIF(r."key", '')
    WHERE ${plan.where} GROUP BY 1, 2, 3, 4 HAVING SUM(r."count") > 0 ORDER BY 5 DESC, 2`;
}

export async function rollupByTypeOrTarget(db: Db, f: AttackFilters, want: "type" | "target"): Promise<Raw[] | null> {
  const plan = planRollup(f, [want, "type_target"]);
  if (!plan) return null;
  const key = keyOf(plan.dim, want);
  return db.$queryRaw<Raw[]>`
    SELECT ${key} AS key, ${key} AS label, SUM(r."count") AS count
    FROM "AttackRollup" r WHERE ${plan.where} GROUP BY 1 HAVING SUM(r."count") > 0 ORDER BY 3 DESC, 1`;
}

export async function rollupByPerpetrator(db: Db, f: AttackFilters) {
  const plan = planRollup(f, ["perp"]);
  if (!plan) return null;
  return db.$queryRaw<
    {
      actorId: string;
      actorName: string;
      basis: "CLAIMED" | "ATTRIBUTED";
      attributedById: string;
      attributedBy: string;
      count: bigint;
    }[]
  >`
    SELECT t."actorId", a."name" AS "actorName", t.basis, t."attributedById", b."name" AS "attributedBy", t.count
    FROM (SELECT ${part(1)} AS "actorId", ${part(2)} AS basis, ${part(3)} AS "attributedById", SUM(r."count") AS count
          FROM "AttackRollup" r WHERE ${plan.where} GROUP BY 1, 2, 3 HAVING SUM(r."count") > 0) t
    JOIN "Actor" a ON a."id" = t."actorId" JOIN "Actor" b ON b."id" = t."attributedById"
    ORDER BY 6 DESC, 2, 3`;
}

/** Up to three most-named perpetrators per district (see listTopPerpetratorsByDistrict). */
export async function rollupTopPerpetratorsByDistrict(db: Db, f: AttackFilters) {
  const plan = planRollup(f, ["district_actor"]);
  if (!plan) return null;
  return db.$queryRaw<{ districtId: string; names: string[] }[]>`
    SELECT "districtId", (ARRAY_AGG(name ORDER BY n DESC, name))[1:3] AS names FROM (
      SELECT ${part(1)} AS "districtId", a."name" AS name, SUM(r."count") AS n
      FROM "AttackRollup" r JOIN "Actor" a ON a."id" = ${part(2)}
      WHERE ${plan.where} AND ${part(1)} <> '' GROUP BY 1, 2 HAVING SUM(r."count") > 0
    ) t GROUP BY 1`;
}

/** Total count under `f` from the first fitting dimension; `named` counts incidents naming a perpetrator. */
export async function rollupCount(
  db: Db,
  f: AttackFilters,
  dims: Dim[] = ["all", "district", "type", "target", "type_target", "actor"],
): Promise<number | null> {
  const plan = planRollup(f, dims);
  if (!plan) return null;
  const [row] = await db.$queryRaw<
    { count: bigint | null }[]
  >`SELECT SUM(r."count") AS count FROM "AttackRollup" r WHERE ${plan.where}`;
  return Number(row?.count ?? 0);
}

/**
 * Rebuilds the attack rollups from the incidents (the cron job's safety net: triggers keep them
 * right on every write, this repairs anything written with triggers disabled). One statement, so
 * its advisory lock is transaction-scoped and safe behind a transaction-mode pooler (pgbouncer).
 */
export async function rebuildAttackRollups(db: Db): Promise<void> {
  await db.$executeRaw`SELECT "rollup_rebuild"()`;
}
