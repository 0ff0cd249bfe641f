// The attack rollups (migration 20261130170000_rollups) against a direct count: after inserts,
// updates, unpublishing and deletes through ordinary statements, every AttackRollup row equals the
// count this test computes itself from the published incidents in Pakistan and their perpetrators,
// and the attack queries (which read the rollups) agree. Everything runs in one transaction that is
// rolled back, so the other test files never see these rows.
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/create-client";
import {
  countAttacks,
  countAttacksByDistrict,
  countAttacksByPerpetrator,
  countAttacksByTarget,
  countAttacksByType,
  countAttacksNamingPerpetrator,
  countAttacksOverTime,
} from "@/lib/incidents/attack-queries";
import { listTopPerpetratorsByDistrict } from "@/lib/incidents/map-queries";
import { eachDatabase } from "../setup/each-database";
import { countedIncidents, expectedRollup, storedRollup } from "../setup/rollup-oracle";
import { raw } from "../setup/raw-dataset";

const actorName = new Map(raw.actors.map((a) => [a.id as string, a.name as string]));

async function expectRollupMatches(tx: Db, phase: string) {
  const counted = await countedIncidents(tx);
  expect(await storedRollup(tx), phase).toEqual(expectedRollup(counted));

  // The queries, restricted to this test's year, against the same incidents.
  const mine = counted.filter((c) => c.day >= "2031-01-01");
  const range = (from: string, to: string) => mine.filter((c) => c.day >= from && c.day <= to);
  expect(await countAttacks(tx, { from: "2031-01-15", to: "2031-03-31" }), phase).toBe(
    range("2031-01-15", "2031-03-31").length,
  );
  expect(await countAttacks(tx, { from: "2031-01-31", to: "2031-02-01", province: "PK-KP" }), phase).toBe(
    range("2031-01-31", "2031-02-01").filter((c) => c.province === "PK-KP").length,
  );
  expect(await countAttacksNamingPerpetrator(tx, { from: "2031-01-01" }), phase).toBe(
    mine.filter((c) => c.perps.length).length,
  );
  const byType = await countAttacksByType(tx, { from: "2031-01-01", to: "2031-12-31" });
  const typeTally = new Map<string, number>();
  for (const c of mine) typeTally.set(c.type, (typeTally.get(c.type) ?? 0) + 1);
  expect(new Map(byType.map((r) => [r.key, r.count])), phase).toEqual(typeTally);
  const targets = await countAttacksByTarget(tx, { from: "2031-01-01", type: "IED_VBIED" });
  const targetTally = new Map<string, number>();
  for (const c of mine.filter((x) => x.type === "IED_VBIED"))
    targetTally.set(c.target, (targetTally.get(c.target) ?? 0) + 1);
  expect(new Map(targets.map((r) => [r.key, r.count])), phase).toEqual(targetTally);
  const byPerp = await countAttacksByPerpetrator(tx, { from: "2031-01-01" });
  expect(
    byPerp.reduce((a, r) => a + r.count, 0),
    phase,
  ).toBe(mine.reduce((a, c) => a + c.perps.length, 0));
  const weekly = await countAttacksOverTime(tx, { from: "2031-01-01" }, "week", "perpetrator");
  expect(
    weekly.reduce((a, r) => a + r.count, 0),
    phase,
  ).toBe(mine.reduce((a, c) => a + Math.max(1, c.actors.length), 0));
  const named = new Map<string, Map<string, number>>();
  for (const c of mine.filter((x) => x.district)) {
    for (const a of c.actors) {
      const m = named.get(c.district) ?? new Map<string, number>();
      m.set(actorName.get(a)!, (m.get(actorName.get(a)!) ?? 0) + 1);
      named.set(c.district, m);
    }
  }
  const top = [...named].map(([d, m]) => [
    d,
    [...m]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, 3)
      .map(([n]) => n),
  ]);
  const gotTop = await listTopPerpetratorsByDistrict(tx, { from: "2031-01-01" });
  expect(new Map(gotTop.map((t) => [t.districtId, t.names])), phase).toEqual(new Map(top as [string, string[]][]));
  const districts = await countAttacksByDistrict(tx, { from: "2031-01-01", district: "PK-KP-bajaur" });
  expect(
    districts.map((d) => [d.key, d.count]),
    phase,
  ).toEqual(
    mine.some((c) => c.district === "PK-KP-bajaur")
      ? [["PK-KP-bajaur", mine.filter((c) => c.district === "PK-KP-bajaur").length]]
      : [],
  );
}

class Rollback extends Error {}

describe.each(eachDatabase())("attack rollups on $name", ({ db }) => {
  it("equal a direct count after inserts, updates, unpublishing and deletes", async () => {
    const doc = raw.documents[0]!.id as string;
    const balochDistrict = raw.incidents.map((i) => i.placeId as string).find((p) => p.startsWith("PK-BA-")) ?? null;
    const base = {
      summary: "Rollup test incident.",
      title: "Rollup test",
      datePrecision: "DAY" as const,
      targetType: "SECURITY_FORCES" as const,
    };
    const inc = (id: string, day: string, over: Record<string, unknown> = {}) => ({
      ...base,
      id,
      occurredOn: new Date(`${day}T00:00:00Z`),
      country: "PAK",
      provinceId: "PK-KP",
      districtId: "PK-KP-bajaur",
      placeId: "PK-KP-bajaur",
      type: "IED_VBIED" as const,
      published: true,
      ...over,
    });
    const perp = (id: string, incidentId: string, actorId: string, basis: "CLAIMED" | "ATTRIBUTED", by: string) => ({
      id,
      incidentId,
      actorId,
      basis,
      attributedById: by,
      documentId: doc,
      quote: "Test attribution.",
    });

    const outcome = await db
      .$transaction(
        async (t) => {
          const tx = t as unknown as Db;
          await tx.incident.createMany({
            data: [
              inc("rt-1", "2031-01-30"),
              inc("rt-2", "2031-02-01", { type: "SUICIDE_BOMBING" }),
              inc("rt-3", "2031-02-15", { targetType: "CIVILIANS" }),
              inc("rt-4", "2031-03-31", {
                provinceId: "PK-BA",
                districtId: balochDistrict,
                placeId: balochDistrict ?? "PK-BA",
              }),
              inc("rt-5", "2031-02-02", { published: false }),
              inc("rt-6", "2031-02-03", { country: "AFG", provinceId: null, districtId: null, placeId: null }),
              inc("rt-7", "2031-01-31", { provinceId: null, districtId: null, placeId: "PAK" }),
            ],
          });
          await tx.incidentPerpetrator.createMany({
            data: [
              perp("rtp-1", "rt-1", "ttp", "CLAIMED", "ttp"),
              perp("rtp-2", "rt-1", "ttp", "ATTRIBUTED", "pakistan-armed-forces"),
              perp("rtp-3", "rt-2", "bla", "ATTRIBUTED", "gov-pakistan"),
              perp("rtp-4", "rt-5", "ttp", "CLAIMED", "ttp"),
            ],
          });
          await tx.$executeRaw`INSERT INTO "IncidentPerpetrator" ("id", "incidentId", "actorId", "basis", "attributedById", "documentId", "quote")
        VALUES ('rtp-5', 'rt-3', 'iskp', 'CLAIMED', 'iskp', ${doc}, 'Test claim.')`;
          await expectRollupMatches(tx, "after inserts");

          await tx.incident.update({
            where: { id: "rt-2" },
            data: { type: "ARMED_ASSAULT", occurredOn: new Date("2031-03-02T00:00:00Z") },
          });
          await tx.incident.update({ where: { id: "rt-3" }, data: { published: false } });
          await tx.incident.update({ where: { id: "rt-5" }, data: { published: true } });
          await tx.incidentPerpetrator.update({ where: { id: "rtp-3" }, data: { actorId: "ttp" } });
          await tx.$executeRaw`UPDATE "Incident" SET "title" = 'Retitled', "provinceId" = CASE WHEN "id" = 'rt-7' THEN 'PK-BA' ELSE "provinceId" END WHERE "id" IN ('rt-1', 'rt-7')`;
          await expectRollupMatches(tx, "after updates and unpublishing");

          await tx.incidentPerpetrator.delete({ where: { id: "rtp-2" } });
          await tx.incident.delete({ where: { id: "rt-2" } }); // cascades to its perpetrator
          await tx.incident.deleteMany({ where: { id: { in: ["rt-4", "rt-6"] } } });
          await expectRollupMatches(tx, "after deletes");

          await tx.$executeRaw`SELECT "rollup_rebuild"()`;
          await expectRollupMatches(tx, "after a rebuild");
          throw new Rollback();
        },
        { timeout: 60_000, maxWait: 30_000 },
      )
      .catch((e: unknown) => e);
    if (!(outcome instanceof Rollback)) throw outcome; // an assertion failed inside: show it

    expect(await db.incident.count({ where: { id: { startsWith: "rt-" } } })).toBe(0);
  });
});
