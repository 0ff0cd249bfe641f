// Period counts read from the counters' releases, on sentences quoted in
// /work/shared/sources/national-counts.md (its line noted per case, the publication date from its
// "published" column); every expected value was read off the sentence by hand. Where the quote
// does not name its counter, a title of just the counter's name stands in for the headline.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { periodProblem } from "@/lib/counts/count-periods";
import { findPeriodCounts } from "@/lib/ingest/extract/period-counts";
import { findPeriods } from "@/lib/ingest/extract/periods";
import { parseFeed, toPage } from "@/lib/ingest/sources/rss";
import type { ReviewItemData } from "@/lib/ingest/upsert-review-item";
import { suggestionsSchema } from "@/lib/review/suggestions";

const read = (f: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/feeds", f), "utf8");

describe("the recorded Dawn item of 2 June 2025 (PICSS, May 2025)", () => {
  const page = toPage(parseFeed(read("dawn-counts.rss.xml")).entries);

  it("reaches the review queue with a suggested period count", () => {
    expect(page.rejected).toEqual([]);
    expect(page.items.map((i) => i.externalId)).toEqual(["dawn-1914847"]);
    const suggestions = suggestionsSchema.parse((page.items[0]!.data as ReviewItemData).suggestions);
    expect(suggestions.periodCounts).toEqual([
      {
        counterId: "picss",
        counterName: "Pakistan Institute for Conflict and Security Studies",
        counterText: "Pakistan Institute for Conflict and Security Studies",
        periodKind: "MONTH",
        periodStart: "2025-05-01",
        periodEnd: "2025-05-31",
        periodText: "May",
        metric: "ATTACKS",
        violence: "MILITANT_ATTACKS",
        region: "PAKISTAN",
        term: "militant attacks",
        valueLow: 85,
        valueHigh: 85,
        qualifier: "EXACT",
        quote: "recorded 85 militant attacks in May as compared to 81 in April, resulting in 113 fatalities.",
      },
    ]);
  });
});

type Case = [string, { title: string; body: string; published: string | null }, unknown[][]];
const row = (c: ReturnType<typeof findPeriodCounts>[number]) => [
  c.counterId,
  c.periodKind,
  c.periodStart,
  c.periodEnd,
  c.metric,
  c.region,
  c.term,
  c.valueLow,
  c.qualifier,
];

describe("counts in the counters' releases", () => {
  it.each<Case>([
    [
      "line 126: a month named before the figure, in the next month's report",
      {
        title: "",
        body: "PICSS said January recorded 87 militant attacks nationwide, up from 68 in December.",
        published: "2026-02-02",
      },
      [["picss", "MONTH", "2026-01-01", "2026-01-31", "ATTACKS", "PAKISTAN", "militant attacks", 87, "EXACT"]],
    ],
    [
      "line 70: a half-year given as two months",
      {
        title: "",
        body: "Between January and June, Picss documented 502 militant attacks, which claimed 737 lives — including 284 security personnel, 267 civilians, 180 militants, and six peace committee members — and caused 991 injuries",
        published: "2025-07-01",
      },
      [["picss", "HALF_YEAR", "2025-01-01", "2025-06-30", "ATTACKS", "PAKISTAN", "militant attacks", 502, "EXACT"]],
    ],
    [
      "line 141: PIPS's year, released in January; “as many as” states the count",
      {
        title: "Pak Institute for Peace Studies",
        body: "As many as 699 terrorist attacks were recorded countrywide during the year. This violence claimed at least 1,034 lives and left 1,366 injured",
        published: "2026-01-08",
      },
      [["pips", "YEAR", "2025-01-01", "2025-12-31", "ATTACKS", "PAKISTAN", "terrorist attacks", 699, "EXACT"]],
    ],
    [
      "line 88: an abbreviated month",
      {
        title: "",
        body: "The PICSS Militancy Database recorded 69 militant attacks in Sept — a 52 per cent reduction from August’s 143.",
        published: "2025-10-01",
      },
      [["picss", "MONTH", "2025-09-01", "2025-09-30", "ATTACKS", "PAKISTAN", "militant attacks", 69, "EXACT"]],
    ],
    [
      "line 123: a year with its qualifier, and the suicide bombings within it",
      {
        title: "",
        body: "PICSS documented at least 1,066 militant attacks in 2025, including 26 suicide bombings — a 53% increase from the previous year.",
        published: null,
      },
      [
        ["picss", "YEAR", "2025-01-01", "2025-12-31", "ATTACKS", "PAKISTAN", "militant attacks", 1066, "AT_LEAST"],
        ["picss", "YEAR", "2025-01-01", "2025-12-31", "SUICIDE_ATTACKS", "PAKISTAN", "suicide bombings", 26, "EXACT"],
      ],
    ],
    [
      "line 78: the month after the figure's clause, the counter at the end",
      {
        title: "",
        body: "With 143 militant attacks recorded, August became the deadliest month in over a decade, surpassing all monthly figures since February 2014, as per the PICSS Militancy Database,",
        published: "2025-09-02",
      },
      [["picss", "MONTH", "2025-08-01", "2025-08-31", "ATTACKS", "PAKISTAN", "militant attacks", 143, "EXACT"]],
    ],
    [
      "line 107: a province’s count, the counter named in the title",
      {
        title: "PICSS",
        body: "Khyber Pakhtunkhwa recorded 37 militant attacks in October, up from 25 a month earlier, resulting in 48 deaths.",
        published: "2025-11-01",
      },
      [
        [
          "picss",
          "MONTH",
          "2025-10-01",
          "2025-10-31",
          "ATTACKS",
          "KHYBER_PAKHTUNKHWA",
          "militant attacks",
          37,
          "EXACT",
        ],
      ],
    ],
  ])("%s", (_name, item, expected) => {
    const published = item.published ? new Date(`${item.published}T06:00:00Z`) : null;
    expect(findPeriodCounts({ title: item.title, body: item.body, publishedAt: published }).map(row)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    [
      "line 96: a rise between two months is not a count",
      "PICSS",
      "the think tank recorded a 29pc rise in militant attacks from 69 in September to 89 in October, overall human losses in these attacks declined by 19pc.",
    ],
    [
      "line 149: a count without its period",
      "PIPS",
      "Balochistan recorded 254 militant attacks, resulting in 419 deaths and 607 injuries",
    ],
    [
      "line 43: no counter named anywhere in the item",
      "Militant attacks in March surged to highest level since 2014",
      "The think tank reported 105 militant attacks during the month, resulting in 228 fatalities, including 73 security personnel, 67 civilians, and 88 militants.",
    ],
    [
      "line 94: the former and the latter name provinces of another sentence",
      "PICSS",
      "with the former recording 45 attacks in September, and the latter province witnessing 21 attacks.",
    ],
    [
      "attacks in a casualty report are not a release's count (constructed)",
      "PICSS",
      "PICSS said 12 people were killed in 3 attacks in Bajaur in May.",
    ],
  ])("suggests nothing for %s", (_name, title, body) => {
    expect(findPeriodCounts({ title, body, publishedAt: new Date("2025-11-01T06:00:00Z") })).toEqual([]);
  });

  it.each<[string, string, string]>([
    // Constructed from lines 30 and 57: the region of the figure's own clause wins over an earlier one.
    [
      "After a calm April in Balochistan, PICSS recorded 80 militant attacks nationwide in May.",
      "PAKISTAN",
      "2025-05-01",
    ],
    [
      "In KP’s settled districts, insurgents carried out 27 attacks in January, resulting in 19 fatalities, PICSS said.",
      "KP_MAINLAND",
      "2025-01-01",
    ],
  ])("reads the region of %s", (body, region, start) => {
    const [found] = findPeriodCounts({ title: "", body, publishedAt: new Date("2025-06-02T06:00:00Z") });
    expect([found?.region, found?.periodStart]).toEqual([region, start]);
  });

  it("attributes each figure to the counter named before it", () => {
    const body =
      "PICSS recorded 30 militant attacks in the first quarter of 2025, and CRSS documented 40 attacks in Q2 2025.";
    expect(
      findPeriodCounts({ title: "", body, publishedAt: null }).map((c) => [
        c.counterId,
        c.periodKind,
        c.periodStart,
        c.valueLow,
      ]),
    ).toEqual([
      ["picss", "QUARTER", "2025-01-01", 30],
      ["crss", "QUARTER", "2025-04-01", 40],
    ]);
  });
});

describe("periods resolved against the publication date", () => {
  const on = (day: string) => ({ published: new Date(`${day}T06:00:00Z`), itemMonth: null });
  const first = (text: string, day: string) => {
    const p = findPeriods(text, on(day))[0];
    return p ? [p.kind, p.start, p.end] : null;
  };
  it.each<[string, string, unknown]>([
    ["in May", "2025-06-02", ["MONTH", "2025-05-01", "2025-05-31"]],
    ["in December", "2026-01-02", ["MONTH", "2025-12-01", "2025-12-31"]],
    ["in February 2025", "2026-03-01", ["MONTH", "2025-02-01", "2025-02-28"]],
    ["during the year", "2026-01-08", ["YEAR", "2025-01-01", "2025-12-31"]],
    ["during the year", "2025-12-28", ["YEAR", "2025-01-01", "2025-12-31"]],
    ["last year", "2026-01-06", ["YEAR", "2025-01-01", "2025-12-31"]],
    ["during the month", "2025-04-03", ["MONTH", "2025-03-01", "2025-03-31"]],
    ["the third quarter", "2025-10-05", ["QUARTER", "2025-07-01", "2025-09-30"]],
    ["the first half of 2025", "2025-07-01", ["HALF_YEAR", "2025-01-01", "2025-06-30"]],
    ["from January to November", "2025-12-01", ["SPAN", "2025-01-01", "2025-11-30"]],
    ["November to January", "2026-02-03", ["SPAN", "2025-11-01", "2026-01-31"]],
    ["the highest since February 2014", "2025-09-02", null],
    ["they may recover", "2025-09-02", null],
  ])("%s (published %s)", (text, day, expected) => {
    expect(first(text, day)).toEqual(expected);
  });

  it("names what is wrong with a period that does not fit its kind", () => {
    expect(periodProblem("MONTH", "2025-05-01", "2025-05-31")).toBeNull();
    expect(periodProblem("MONTH", "2025-05-02", "2025-05-31")?.field).toBe("periodStart");
    expect(periodProblem("QUARTER", "2025-04-01", "2025-05-31")).toEqual({
      field: "periodEnd",
      message: "A quarter starting 2025-04-01 ends on 2025-06-30; for any other range choose “span”.",
    });
    expect(periodProblem("YEAR", "2025-07-01", "2026-06-30")?.field).toBe("periodStart");
    expect(periodProblem("SPAN", "2025-10-10", "2025-10-15")).toBeNull();
    expect(periodProblem("SPAN", "2025-10-15", "2025-10-10")?.field).toBe("periodEnd");
  });
});
