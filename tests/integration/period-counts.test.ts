// The seeded database holds every row of ../shared/sources/national-counts.md (read by the test on
// its own, not through the loader), restatements are chains ending in the restated figure, and the
// national picture built from the database shows the file's PICSS months with the file's gaps.
import { describe, expect, it } from "vitest";
import { groupSeries, listPeriodCounts } from "@/lib/counts/count-queries";
import { buildNationalPicture } from "@/lib/counts/national-picture";
import { eachDatabase } from "../setup/each-database";
import { compareWithFile, readNationalCountsFile } from "../setup/national-counts-file";

const file = readNationalCountsFile();

describe.each(eachDatabase())("period counts on $name", ({ db }) => {
  it("stores every row of national-counts.md with its values, quote and page", async () => {
    const stored = await db.periodCount.findMany({
      where: { published: true },
      select: { id: true, quote: true, valueLow: true, periodStart: true, document: { select: { url: true } } },
    });
    expect(stored.length).toBeGreaterThanOrEqual(file.rows.length);
    const problems = compareWithFile(
      file.rows,
      stored.map((count) => ({
        id: count.id,
        url: count.document.url,
        quote: count.quote,
        value: count.valueLow,
        periodStart: count.periodStart.toISOString().slice(0, 10),
      })),
    );
    expect(problems).toEqual([]);
  });

  it("keeps PICSS's restatement of April 2025 as a chain: 82, then 81", async () => {
    const april = await listPeriodCounts(db, {
      counter: "picss",
      metric: "ATTACKS",
      region: "PAKISTAN",
      period: "MONTH",
      from: "2025-04-01",
      to: "2025-04-30",
      versions: "all",
    });
    const [chain] = groupSeries(april);
    expect(chain!.history.map((version) => version.valueLow)).toEqual([82, 81]);
    const latest = await listPeriodCounts(db, {
      counter: "picss",
      metric: "ATTACKS",
      period: "MONTH",
      region: "PAKISTAN",
      from: "2025-04-01",
      to: "2025-04-30",
      versions: "latest",
    });
    expect(latest.map((figure) => figure.valueLow)).toEqual([81]);
  });

  it("builds the national picture with the file's months and gaps", async () => {
    const picture = buildNationalPicture(groupSeries(await listPeriodCounts(db, { versions: "all" })));
    expect(picture.months[0]).toBe("2025-01");
    expect(picture.months.at(-1)).toBe("2026-02");
    const attacks = Object.fromEntries(
      picture.months.map((month) => [month, picture.attacks[month]?.latest.valueLow ?? null]),
    );
    // Written from the file by hand: PICSS's national militant attacks per month.
    expect(attacks).toEqual({
      "2025-01": 74,
      "2025-02": 79,
      "2025-03": 105,
      "2025-04": 81,
      "2025-05": 85,
      "2025-06": 78,
      "2025-07": 82,
      "2025-08": 143,
      "2025-09": 69,
      "2025-10": 89,
      "2025-11": 97,
      "2025-12": 68,
      "2026-01": 87,
      "2026-02": null,
    });
    expect(picture.latestAttacks!.latest.publishedOn).toBe("2026-02-02");
    const annual = picture.longerPeriods.filter(
      (entry) => entry.latest.periodKind === "YEAR" && entry.latest.metric === "ATTACKS",
    );
    expect(annual.map((entry) => [entry.latest.counterId, entry.latest.valueLow])).toEqual([
      ["picss", 1066],
      ["pips", 699],
    ]);
  });
});
