import { describe, expect, it } from "vitest";
import { NO_DATA_FILL, buildChoroplethScale, fillFor } from "@/lib/geo/choropleth-scale";

describe("choropleth scale", () => {
  it("doubles class widths up to the largest count", () => {
    expect(buildChoroplethScale(5).map((c) => c.label)).toEqual(["1", "2–3", "4–7"]);
    expect(buildChoroplethScale(1).map((c) => c.label)).toEqual(["1"]);
  });
  it("caps at six classes, the last open-ended", () => {
    const s = buildChoroplethScale(10_000);
    expect(s).toHaveLength(6);
    expect(s.at(-1)!.label).toBe("32+");
  });
  it("gives zero the no-data fill and darker fills to larger counts", () => {
    const s = buildChoroplethScale(13);
    expect(fillFor(0, s)).toBe(NO_DATA_FILL);
    expect(fillFor(1, s)).not.toBe(fillFor(13, s));
    expect(fillFor(13, s)).toBe(s.at(-1)!.fill);
  });
});
