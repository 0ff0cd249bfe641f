import { describe, expect, it } from "vitest";
import {
  countAttacks,
  countAttacksByDistrict,
  countAttacksByPerpetrator,
  countAttacksByProvince,
  countAttacksByTarget,
  countAttacksByType,
  countAttacksOverTime,
} from "@/lib/incidents/attack-queries";
import { attackFiltersSchema } from "@/lib/incidents/filters";
import { listAttacks } from "@/lib/incidents/incident-queries";
import { eachDatabase } from "../setup/each-database";
import { attackInPakistan, districtOf, provinceOf, raw, tally } from "../setup/raw-dataset";

const attacks = raw.incidents.filter(attackInPakistan);
const asMap = (rows: { key: string; count: number }[]) => new Map(rows.map((r) => [r.key, r.count]));
const monthOf = (iso: string) => `${iso.slice(0, 7)}-01`;

describe.each(eachDatabase())("attacks in Pakistan on $name", ({ db }) => {
  it("counts only published incidents inside Pakistan", async () => {
    expect(attacks.length).toBeGreaterThan(5);
    expect(await countAttacks(db, {})).toBe(attacks.length);
  });

  it("groups by month", async () => {
    const rows = await countAttacksOverTime(db, {}, "month");
    expect(asMap(rows.map((r) => ({ key: r.period, count: r.count })))).toEqual(
      tally(attacks, (i) => monthOf(i.occurredOn)),
    );
  });

  it("groups by ISO week (Monday start)", async () => {
    const weekOf = (iso: string) => {
      const d = new Date(`${iso}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    };
    const rows = await countAttacksOverTime(db, {}, "week");
    expect(asMap(rows.map((r) => ({ key: r.period, count: r.count })))).toEqual(
      tally(attacks, (i) => weekOf(i.occurredOn)),
    );
  });

  it("stacks the time series by attack type", async () => {
    const rows = await countAttacksOverTime(db, {}, "month", "type");
    expect(asMap(rows.map((r) => ({ key: `${r.period}/${r.key}`, count: r.count })))).toEqual(
      tally(attacks, (i) => `${monthOf(i.occurredOn)}/${i.type}`),
    );
  });

  it("groups by province, district, type and target", async () => {
    expect(asMap(await countAttacksByProvince(db, {}))).toEqual(
      tally(attacks, (i) => provinceOf(i.placeId) ?? "unknown"),
    );
    expect(asMap(await countAttacksByDistrict(db, {}))).toEqual(
      tally(attacks, (i) => districtOf(i.placeId) ?? "unknown"),
    );
    expect(asMap(await countAttacksByType(db, {}))).toEqual(tally(attacks, (i) => i.type));
    expect(asMap(await countAttacksByTarget(db, {}))).toEqual(tally(attacks, (i) => i.targetType));
  });

  it("marks former FATA districts", async () => {
    const rows = await countAttacksByDistrict(db, {});
    const bajaur = rows.find((r) => r.key === "PK-KP-bajaur");
    expect(bajaur?.exFata).toBe(true);
    expect(
      rows.filter(
        (r) =>
          r.exFata &&
          ![
            "PK-KP-bajaur",
            "PK-KP-khyber",
            "PK-KP-kurram",
            "PK-KP-mohmand",
            "PK-KP-north-waziristan",
            "PK-KP-orakzai",
            "PK-KP-south-waziristan",
          ].includes(r.key),
      ),
    ).toEqual([]);
  });

  it("keeps claimed responsibility apart from attribution by others", async () => {
    const rows = await countAttacksByPerpetrator(db, {});
    const expected = tally(
      attacks.flatMap((i) =>
        (i.perpetrators ?? []).map(
          (p: { actorId: string; basis: string; attributedById: string }) =>
            `${p.actorId}/${p.basis}/${p.attributedById}`,
        ),
      ),
      (k) => k,
    );
    expect(new Map(rows.map((r) => [`${r.actorId}/${r.basis}/${r.attributedById}`, r.count]))).toEqual(expected);
  });

  it("applies each filter", async () => {
    const kp = attacks.filter((i) => provinceOf(i.placeId) === "PK-KP");
    expect(await countAttacks(db, { province: "PK-KP" })).toBe(kp.length);
    const feb = attacks.filter((i) => i.occurredOn >= "2026-02-01" && i.occurredOn <= "2026-02-28");
    expect(await countAttacks(db, { from: "2026-02-01", to: "2026-02-28" })).toBe(feb.length);
    const sb = attacks.filter((i) => i.type === "SUICIDE_BOMBING");
    expect(await countAttacks(db, { type: "SUICIDE_BOMBING" })).toBe(sb.length);
    expect(sb.length).toBeGreaterThan(0);
    const baj = attacks.filter((i) => districtOf(i.placeId) === "PK-KP-bajaur");
    expect(await countAttacks(db, { district: "PK-KP-bajaur" })).toBe(baj.length);
    const perp = raw.actors.find((a) => a.id === attacks.flatMap((i) => i.perpetrators ?? [])[0]?.actorId);
    if (perp) {
      const withPerp = attacks.filter((i) =>
        (i.perpetrators ?? []).some((p: { actorId: string }) => p.actorId === perp.id),
      );
      expect(await countAttacks(db, { perpetrator: perp.id })).toBe(withPerp.length);
    }
  });

  it("lists incidents sorted and paginated", async () => {
    const page1 = await listAttacks(db, {}, { sort: "date-desc", page: 1, pageSize: 3 });
    const page2 = await listAttacks(db, {}, { sort: "date-desc", page: 2, pageSize: 3 });
    expect(page1.total).toBe(attacks.length);
    const dates = [...page1.items, ...page2.items].map((i) => i.occurredOn);
    expect(dates).toEqual([...attacks.map((i) => i.occurredOn)].sort().reverse().slice(0, dates.length));
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(dates.length);
  });
});

describe("attack filters schema", () => {
  it.each([
    [{ from: "2026-13-01" }, "from"],
    [{ province: "KP" }, "province"],
    [{ type: "NUKE" }, "type"],
    [{ from: "2026-03-01", to: "2026-02-01" }, "to"],
    [{ district: "PK-KP-'; DROP TABLE" }, "district"],
  ])("rejects %o naming %s", (input, param) => {
    const r = attackFiltersSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([param]);
  });
});
