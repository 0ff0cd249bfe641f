// The national picture's shape: months from first to last with gaps left empty (never zero), a
// restated month shown at its latest version with its history, annual figures kept per counter.
import { describe, expect, it } from "vitest";
import type { CountFigure } from "@/lib/counts/count-queries";
import { groupSeries } from "@/lib/counts/count-queries";
import { buildNationalPicture, monthsBetween } from "@/lib/counts/national-picture";

let sequence = 0;
function figure(patch: Partial<CountFigure>): CountFigure {
  const id = patch.id ?? `count-${++sequence}`;
  return {
    id,
    counterId: "picss",
    counterName: "Pakistan Institute for Conflict and Security Studies",
    counterShortName: "PICSS",
    counterKind: "RESEARCH_INSTITUTE",
    counterSide: "INDEPENDENT",
    periodKind: "MONTH",
    periodStart: "2025-01-01",
    periodEnd: "2025-01-31",
    periodApproximate: false,
    metric: "ATTACKS",
    violence: "MILITANT_ATTACKS",
    group: "ALL",
    region: "PAKISTAN",
    area: null,
    term: "militant attacks",
    valueLow: 1,
    valueHigh: 1,
    qualifier: "EXACT",
    documentId: "doc",
    documentTitle: "a report",
    documentUrl: "https://example.org/report",
    publishedOn: null,
    quoteKind: "VERBATIM",
    quote: "a quote of the report",
    lowConfidence: false,
    note: null,
    revisesId: null,
    chainId: id,
    revised: false,
    ...patch,
  };
}

describe("monthsBetween", () => {
  it("lists every month across a year boundary", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});

describe("buildNationalPicture", () => {
  const april = figure({
    id: "apr-82",
    periodStart: "2025-04-01",
    periodEnd: "2025-04-30",
    valueLow: 82,
    valueHigh: 82,
    publishedOn: "2025-05-02",
    revised: true,
  });
  const figures = [
    figure({ valueLow: 74, valueHigh: 74, qualifier: "AT_LEAST", publishedOn: "2025-02-01" }),
    april,
    figure({
      id: "apr-81",
      periodStart: "2025-04-01",
      periodEnd: "2025-04-30",
      valueLow: 81,
      valueHigh: 81,
      revisesId: "apr-82",
      chainId: "apr-82",
      publishedOn: "2025-06-02",
    }),
    // A killed figure in a month without an attack count: the attack series has a gap there.
    figure({
      periodStart: "2025-06-01",
      periodEnd: "2025-06-30",
      metric: "KILLED",
      group: "CIVILIANS",
      valueLow: 39,
      valueHigh: 39,
    }),
    figure({
      periodStart: "2025-01-01",
      periodEnd: "2025-01-31",
      metric: "ATTACKS",
      region: "KP_TRIBAL",
      valueLow: 19,
      valueHigh: 19,
    }),
    figure({
      counterId: "pips",
      counterShortName: "PIPS",
      periodKind: "YEAR",
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      term: "terrorist attacks",
      valueLow: 699,
      valueHigh: 699,
    }),
    figure({
      counterId: "ispr",
      counterKind: "MILITARY",
      counterSide: "PAKISTAN",
      periodKind: "YEAR",
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      valueLow: 5397,
      valueHigh: 5397,
    }),
    figure({
      counterId: "unama",
      counterKind: "INTERNATIONAL_BODY",
      periodKind: "SPAN",
      region: "AFGHANISTAN",
      metric: "KILLED",
      group: "CIVILIANS",
      violence: "CROSS_BORDER",
      valueLow: 13,
      valueHigh: 13,
    }),
  ];
  const picture = buildNationalPicture(groupSeries(figures));

  it("spans the first to the last month with any monthly figure, gaps left empty", () => {
    expect(picture.months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(picture.attacks["2025-02"]).toBeNull();
    expect(picture.attacks["2025-06"]).toBeNull();
    expect(picture.attacks["2025-01"]!.latest.valueLow).toBe(74);
    expect(picture.killedInAttacks.CIVILIANS!["2025-06"]!.latest.valueLow).toBe(39);
  });

  it("shows a restated month at its latest version, with the versions before it", () => {
    expect(picture.attacks["2025-04"]!.latest.valueLow).toBe(81);
    expect(picture.attacks["2025-04"]!.history.map((version) => version.valueLow)).toEqual([82, 81]);
    expect(picture.latestAttacks!.latest.id).toBe("apr-81");
  });

  it("keeps regional figures out of the national series", () => {
    expect(picture.regionalAttacks.KP_TRIBAL!["2025-01"]!.latest.valueLow).toBe(19);
    expect(picture.attacks["2025-01"]!.latest.region).toBe("PAKISTAN");
  });

  it("puts independent counters, official bodies and the UN in separate lists", () => {
    expect(picture.longerPeriods.map((entry) => entry.latest.counterId)).toEqual(["pips"]);
    expect(picture.otherCounters.map((entry) => entry.latest.counterId)).toEqual(["ispr"]);
    expect(picture.unFigures.map((entry) => entry.latest.counterId)).toEqual(["unama"]);
    expect(picture.latestReportOn).toBe("2025-06-02");
  });
});
