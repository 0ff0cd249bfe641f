// The attack rollups as they should be, computed in the test from the incidents and perpetrators
// themselves (plain SELECTs, no rollup code): the oracle for tests/integration/attack-rollups and
// synthetic-load.
import type { Db } from "@/lib/db/create-client";

export type Counted = {
  id: string;
  day: string;
  province: string;
  district: string;
  type: string;
  target: string;
  perps: string[];
  actors: string[];
};

export function monday(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The rollup the database should hold, computed here from the incidents themselves. */
export function expectedRollup(rows: Counted[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    const keys: [string, string][] = [
      ["all", "all"],
      ["district", r.district],
      ["type", r.type],
      ["target", r.target],
      ["type_target", `${r.type}|${r.target}`],
      ...(r.actors.length ? r.actors : ["unknown"]).map((a): [string, string] => ["actor", a]),
      ...r.perps.map((p): [string, string] => ["perp", p]),
      ...(r.perps.length ? [["named", "named"] as [string, string]] : []),
      ...r.actors.map((a): [string, string] => ["district_actor", `${r.district}|${a}`]),
    ];
    for (const [grain, bucket] of [
      ["day", r.day],
      ["week", monday(r.day)],
      ["month", `${r.day.slice(0, 7)}-01`],
    ]) {
      for (const [dim, key] of keys) {
        const k = `${dim}/${grain}/${r.province}/${bucket}/${key}`;
        m.set(k, (m.get(k) ?? 0) + 1);
      }
    }
  }
  return m;
}

export async function countedIncidents(tx: Db): Promise<Counted[]> {
  const rows = await tx.$queryRaw<
    { id: string; day: string; province: string | null; district: string | null; type: string; target: string }[]
  >`
    SELECT "id", to_char("occurredOn", 'YYYY-MM-DD') AS day, "provinceId" AS province, "districtId" AS district, "type"::text AS type, "targetType"::text AS target
    FROM "Incident" WHERE "published" AND "country" = 'PAK' AND "type"::text <> 'SECURITY_OPERATION'`;
  const perps = await tx.$queryRaw<{ incidentId: string; actorId: string; basis: string; by: string }[]>`
    SELECT "incidentId", "actorId", "basis"::text AS basis, "attributedById" AS by FROM "IncidentPerpetrator"`;
  return rows.map((r) => {
    const mine = perps.filter((p) => p.incidentId === r.id);
    return {
      id: r.id,
      day: r.day,
      province: r.province ?? "",
      district: r.district ?? "",
      type: r.type,
      target: r.target,
      perps: mine.map((p) => `${p.actorId}|${p.basis}|${p.by}`),
      actors: [...new Set(mine.map((p) => p.actorId))],
    };
  });
}

/** AttackRollup as stored, keyed like expectedRollup. */
export async function storedRollup(db: Db): Promise<Map<string, number>> {
  const stored = await db.$queryRaw<{ k: string; count: number }[]>`
    SELECT "dim" || '/' || "grain" || '/' || "provinceId" || '/' || to_char("bucket", 'YYYY-MM-DD') || '/' || "key" AS k, "count" FROM "AttackRollup"`;
  return new Map(stored.map((s) => [s.k, s.count]));
}
