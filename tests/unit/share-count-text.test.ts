// The words cards and page descriptions use for counts: the record's incidents are always "in this
// record" with its latest incident's date, a period past that date is "not caught up" (never a bare
// 0), and national figures are each counter's own, in its own term, side by side and never summed.
import { describe, expect, it } from "vitest";
import type { CountFigure, CountSeries } from "@/lib/counts/count-queries";
import { buildNationalPicture } from "@/lib/counts/national-picture";
import type { RecordCoverage } from "@/lib/incidents/coverage-queries";
import { splitFigure } from "@/lib/og/cards/figure-blocks";
import {
  annualAttackCounts,
  EVERY_FIGURE,
  latestMonthlyAttacks,
  monthName,
  nationalSentence,
} from "@/lib/share/national-figures-text";
import { recordCountSentence, recordViewSentences } from "@/lib/share/record-count-text";

const coverage: RecordCoverage = {
  incidents: 31,
  documents: 60,
  firstIncidentOn: "2025-10-11",
  latestIncidentOn: "2026-04-26",
};

describe("the record's own count", () => {
  it("says the record has not caught up instead of printing 0 for a period past its latest incident", () => {
    const text = recordCountSentence(
      0,
      { from: "2026-11-03", to: "2026-12-02" },
      coverage,
      "the 30 days to 2026-12-02",
    );
    expect(text).toBe(
      "The record's latest incident is dated 2026-04-26; it has not caught up with the 30 days to 2026-12-02.",
    );
    expect(text).not.toMatch(/\b0\b/);
  });

  it("keeps a count that runs past the latest incident, and says the record has not caught up", () => {
    expect(recordCountSentence(12, { to: "2026-12-02" }, coverage, "the 365 days to 2026-12-02")).toBe(
      "12 incidents in this record in the 365 days to 2026-12-02. The record's latest incident is dated 2026-04-26; it has not caught up with the whole period.",
    );
  });

  it("names incidents in this record and the latest incident's date within its reach", () => {
    expect(recordCountSentence(1, { to: "2026-03-15" }, coverage, "the 30 days to 2026-03-15")).toBe(
      "1 incident in this record in the 30 days to 2026-03-15; its latest incident is dated 2026-04-26.",
    );
    expect(recordCountSentence(0, { to: "1990-01-31" }, coverage, "the 30 days to 1990-01-31")).toBe(
      "No incident in this record falls in the 30 days to 1990-01-31: its incidents run from 2025-10-11 to 2026-04-26.",
    );
    const empty = { incidents: 0, documents: 0, firstIncidentOn: null, latestIncidentOn: null };
    expect(recordCountSentence(0, { to: "2026-03-15" }, empty, "the 30 days to 2026-03-15")).toBe(
      "The record holds no incidents yet.",
    );
  });

  it("describes a filtered view as the record's incidents that match, with the record's reach", () => {
    expect(recordViewSentences(19, {}, coverage)).toEqual({
      matches: "19 incidents in this record match this view",
      reach: "The record's latest incident is dated 2026-04-26.",
    });
    expect(recordViewSentences(0, { from: "2026-05-01", to: "2026-05-31" }, coverage)).toEqual({
      matches: "No incident in this record matches this view",
      reach: "The record's latest incident is dated 2026-04-26; it has not caught up with the period to 2026-05-31.",
    });
    expect(recordViewSentences(0, { from: "1990-01-01", to: "1990-01-31" }, coverage).reach).toBe(
      "The record's incidents run from 2025-10-11 to 2026-04-26.",
    );
  });
});

let n = 0;
function figure(over: Partial<CountFigure>): CountFigure {
  const id = `count-${++n}`;
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
    valueLow: 74,
    valueHigh: 74,
    qualifier: "AT_LEAST",
    documentId: "doc",
    documentTitle: "Report",
    documentUrl: null,
    publishedOn: "2025-02-01",
    quoteKind: "VERBATIM",
    quote: "quote",
    lowConfidence: false,
    note: null,
    revisesId: null,
    chainId: id,
    revised: false,
    ...over,
  };
}
const one = (f: CountFigure): CountSeries => ({ latest: f, history: [f] });
const year = (over: Partial<CountFigure>) =>
  one(figure({ periodKind: "YEAR", periodStart: "2025-01-01", periodEnd: "2025-12-31", ...over }));

const picture = buildNationalPicture([
  one(figure({})),
  one(
    figure({
      periodStart: "2025-03-01",
      periodEnd: "2025-03-31",
      valueLow: 105,
      valueHigh: 105,
      qualifier: "EXACT",
      publishedOn: "2025-04-03",
    }),
  ),
  one(
    figure({ periodStart: "2025-04-01", periodEnd: "2025-04-30", metric: "KILLED", group: "ALL", publishedOn: null }),
  ),
  year({ valueLow: 1066, valueHigh: 1066, publishedOn: null }),
  year({
    counterId: "pips",
    counterName: "Pak Institute for Peace Studies",
    counterShortName: "PIPS",
    term: "terrorist attacks",
    valueLow: 699,
    valueHigh: 699,
    qualifier: "EXACT",
    publishedOn: "2026-01-01",
  }),
]);

describe("the national figures", () => {
  it("takes the monthly counter's latest attack count known by the day, gaps skipped", () => {
    expect(picture.months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
    expect(latestMonthlyAttacks(picture, EVERY_FIGURE)).toMatchObject({
      month: "2025-03",
      figure: "105",
      counter: "PICSS",
      reportedOn: "2025-04-03",
    });
    expect(latestMonthlyAttacks(picture, "2025-04-02")).toMatchObject({ month: "2025-01", figure: "at least 74" });
    expect(latestMonthlyAttacks(picture, "2025-01-15")).toBeNull();
    expect(monthName("2026-01")).toBe("January 2026");
  });

  it("sets two counters' annual counts side by side, each in its own term, and never sums them", () => {
    const annual = annualAttackCounts(picture, EVERY_FIGURE)!;
    expect(annual.year).toBe("2025");
    expect(annual.figures.map((f) => [f.counter, f.figure, f.term])).toEqual([
      ["PICSS", "at least 1,066", "militant attacks"],
      ["PIPS", "699", "terrorist attacks"],
    ]);
    const sentence = nationalSentence(picture, EVERY_FIGURE)!;
    expect(sentence).toBe(
      "PICSS counted 105 militant attacks in Pakistan in March 2025 (its latest monthly count, report of 2025-04-03). 2025, each counter's own count, never summed: PICSS at least 1,066 militant attacks; PIPS 699 terrorist attacks.",
    );
    expect(sentence).not.toContain("1,765");
    expect(nationalSentence(buildNationalPicture([]), EVERY_FIGURE)).toBeNull();
  });

  it("shows a figure's qualifier beside its number, never dropped", () => {
    expect(splitFigure({ valueLow: 1066, valueHigh: 1066, qualifier: "AT_LEAST" })).toEqual({
      prefix: "at least",
      number: "1,066",
    });
    expect(splitFigure({ valueLow: 87, valueHigh: 87, qualifier: "EXACT" })).toEqual({ prefix: "", number: "87" });
    expect(splitFigure({ valueLow: 4, valueHigh: 7, qualifier: "RANGE" })).toEqual({ prefix: "", number: "4–7" });
  });
});
