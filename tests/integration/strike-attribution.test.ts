// Incidents inside Afghanistan on the map are counted by who attributes them to Pakistan, never all
// as "Pakistani strikes"; an incident spanning several provinces counts once in each. The expected
// counts are worked out here from the dataset files, by a different route than the SQL.
import { describe, expect, it } from "vitest";
import { listStrikesByProvince } from "@/lib/incidents/map-queries";
import { eachDatabase } from "../setup/each-database";
import { provinceOf, raw } from "../setup/raw-dataset";

type Perpetrator = { actorId: string; basis: string; attributedById: string };
const sides = new Map(raw.actors.map((actor) => [actor.id as string, actor.side as string]));

function attributionOf(perpetrators: Perpetrator[]): string {
  const pakistani = perpetrators.filter((row) => sides.get(row.actorId) === "PAKISTAN");
  const by = (side: string[]) =>
    pakistani.some((row) => row.basis === "ATTRIBUTED" && side.includes(sides.get(row.attributedById)!));
  if (pakistani.some((row) => row.basis === "CLAIMED")) return "ACKNOWLEDGED";
  if (by(["INDEPENDENT", "THIRD_PARTY"])) return "INDEPENDENT";
  if (by(["AFGHANISTAN"])) return "ALLEGED";
  return "UNATTRIBUTED";
}

function expectedByProvince() {
  const expected = new Map<string, Record<string, number>>();
  for (const incident of raw.incidents) {
    const provinces = new Set(
      [incident.placeId, ...((incident.places ?? []) as { placeId: string }[]).map((extra) => extra.placeId)]
        .map((placeId) => provinceOf(placeId))
        .filter((province): province is string => Boolean(province?.startsWith("AF-"))),
    );
    for (const province of provinces) {
      const counts = expected.get(province) ?? {};
      const kind = attributionOf(incident.perpetrators as Perpetrator[]);
      counts[kind] = (counts[kind] ?? 0) + 1;
      expected.set(province, counts);
    }
  }
  return expected;
}

describe.each(eachDatabase())("incidents in Afghanistan by attribution on $name", ({ db }) => {
  it("counts each incident once per province it spans, by who attributes it", async () => {
    const rows = await listStrikesByProvince(db, {});
    const stored = new Map(
      rows.map((row) => [
        row.provinceId,
        Object.fromEntries(Object.entries(row.byAttribution).filter(([, n]) => n > 0)),
      ]),
    );
    expect(stored).toEqual(expectedByProvince());
    for (const row of rows) expect(Object.values(row.byAttribution).reduce((sum, n) => sum + n, 0)).toBe(row.incidents);
  });

  it("draws the 21–22 February round in each province cited, and unattributed shelling as unattributed", async () => {
    const rows = new Map(
      (await listStrikesByProvince(db, { from: "2026-02-21", to: "2026-02-22" })).map((row) => [row.provinceId, row]),
    );
    // Written from the dataset by hand: Nangarhar (UNAMA), and Kabul, Paktika, Kandahar (article 002).
    expect([...rows.keys()].sort()).toEqual(["AF-KAB", "AF-KAN", "AF-NAN", "AF-PKA"]);
    for (const row of rows.values()) expect(row.byAttribution.ACKNOWLEDGED).toBe(1);
    // UNAMA's 13 belongs to Nangarhar, the incident's own province, and is not repeated elsewhere.
    expect(rows.get("AF-NAN")!.killed.some((figure) => figure.valueLow === 13)).toBe(true);
    expect(rows.get("AF-KAB")!.killed).toEqual([]);
    const kunar = (await listStrikesByProvince(db, { from: "2026-04-03", to: "2026-04-03" })).find(
      (row) => row.provinceId === "AF-KNR",
    );
    expect(kunar?.byAttribution.UNATTRIBUTED).toBe(1);
  });
});
