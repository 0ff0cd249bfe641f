import { describe, expect, it } from "vitest";
import { formatFigure } from "@/lib/vocabulary";

describe("formatFigure keeps the qualifier", () => {
  it.each([
    [{ valueLow: 133, valueHigh: 133, qualifier: "AT_LEAST" }, "at least 133"],
    [{ valueLow: 70, valueHigh: 70, qualifier: "MORE_THAN" }, "more than 70"],
    [{ valueLow: 55, valueHigh: 55, qualifier: "EXACT" }, "55"],
    [{ valueLow: 4, valueHigh: 7, qualifier: "RANGE" }, "4–7"],
    [{ valueLow: 0, valueHigh: 0, qualifier: "NONE" }, "none"],
    [{ valueLow: 23000, valueHigh: 23000, qualifier: "UP_TO" }, "up to 23,000"],
    [{ valueLow: 10, valueHigh: 10, qualifier: "ABOUT" }, "about 10"],
  ])("%o → %s", (claim, expected) => {
    expect(formatFigure(claim)).toBe(expected);
  });
});
