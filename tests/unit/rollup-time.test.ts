// How a date range is split for the attack rollups: whole months (or weeks) plus single days at
// the edges. Checked on the bind values of the SQL it builds.
import { describe, expect, it } from "vitest";
import { timeCondition } from "@/lib/incidents/rollup-queries";

const parts = (from: string | undefined, to: string | undefined, grain: "week" | "month") => {
  const sql = timeCondition(from, to, grain);
  return { text: sql.sql.replace(/\s+/g, " "), values: sql.values };
};

describe("rollup time ranges", () => {
  it("reads whole months inside the range and the days at both edges", () => {
    const { values } = parts("2026-01-15", "2026-04-10", "month");
    // whole months Feb and Mar (from 2026-02-01, before 2026-04-01), days 15–31 Jan, days 1–10 Apr
    expect(values).toEqual([
      "month",
      "2026-02-01",
      "2026-04-01",
      "2026-01-15",
      "2026-02-01",
      "2026-04-01",
      "2026-04-10",
    ]);
  });

  it("needs no edge days when the range is whole months", () => {
    const { values } = parts("2026-02-01", "2026-04-30", "month");
    expect(values).toEqual(["month", "2026-02-01", "2026-05-01"]);
  });

  it("falls back to days when no whole bucket fits", () => {
    expect(parts("2026-01-31", "2026-02-01", "month").values).toEqual(["2026-01-31", "2026-02-01"]);
    expect(parts("2026-03-03", "2026-03-05", "week").values).toEqual(["2026-03-03", "2026-03-05"]);
  });

  it("uses Monday-start weeks for weekly series and handles open ends and year ends", () => {
    // 2026-03-04 is a Wednesday: whole weeks from Monday 2026-03-09; 2026-12-31 is a Thursday
    expect(parts("2026-03-04", undefined, "week").values).toEqual(["week", "2026-03-09", "2026-03-04", "2026-03-09"]);
    expect(parts(undefined, "2025-12-31", "month").values).toEqual(["month", "2026-01-01"]);
    expect(parts(undefined, undefined, "month").values).toEqual(["month"]);
  });
});
