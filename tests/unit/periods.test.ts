import { describe, expect, it } from "vitest";
import { fillPeriods } from "@/lib/incidents/periods";

describe("fillPeriods", () => {
  it("fills missing months with their own entries", () => {
    expect(fillPeriods(["2026-04-01", "2025-12-01", "2026-02-01"], "month")).toEqual([
      "2025-12-01",
      "2026-01-01",
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
    ]);
  });
  it("steps weeks by seven days across a month end", () => {
    expect(fillPeriods(["2026-02-23", "2026-03-09"], "week")).toEqual(["2026-02-23", "2026-03-02", "2026-03-09"]);
  });
  it("returns nothing for no data", () => {
    expect(fillPeriods([], "month")).toEqual([]);
  });
});
