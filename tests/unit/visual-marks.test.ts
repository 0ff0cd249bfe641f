// The one geometry of the palette's marks (lib/visual/marks.ts): paths written out by hand for a
// few marks, and for every mark a single closed outline that stays inside the radius × 1.25 box.
import { describe, expect, it } from "vitest";
import { markPath } from "@/lib/visual/marks";
import { COUNTER_SWATCHES, SIDE_SWATCHES, STATUS_SWATCHES, type Mark } from "@/lib/visual/palette";

const MARKS: Mark[] = ["circle", "square", "triangle", "diamond", "cross", "bar"];

/** Every point a path passes through, with the outermost points of its arcs. Only the commands
 *  markPath writes (absolute M, L, A, Z) are read; anything else fails the test. An arc must be a
 *  half circle (its chord a diameter), so its centre is the chord's middle. */
function pointsOf(path: string) {
  const points: [number, number][] = [];
  const reach: [number, number][] = [];
  for (const [, command, numbers] of path.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const values = numbers!.trim()
      ? numbers!
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [];
    if (command === "M" || command === "L") points.push([values[0]!, values[1]!]);
    else if (command === "A") {
      const [fromX, fromY] = points.at(-1)!;
      const [radius, toX, toY] = [values[0]!, values[5]!, values[6]!];
      expect(Math.hypot(toX - fromX, toY - fromY)).toBeCloseTo(radius * 2, 6);
      const [middleX, middleY] = [(fromX + toX) / 2, (fromY + toY) / 2];
      reach.push([middleX - radius, middleY - radius], [middleX + radius, middleY + radius]);
      points.push([toX, toY]);
    } else if (command !== "Z") throw new Error(`unexpected command ${command} in ${path}`);
  }
  return { points, extremes: [...points, ...reach] };
}

describe("markPath", () => {
  it("draws the marks written out by hand at radius 10 around (0, 0)", () => {
    expect(markPath("square", 0, 0, 10)).toBe("M-10 -10L10 -10L10 10L-10 10Z");
    expect(markPath("circle", 0, 0, 10)).toBe("M-10 0A10 10 0 1 0 10 0A10 10 0 1 0 -10 0Z");
    expect(markPath("diamond", 0, 0, 10)).toBe("M0 -12L12 0L0 12L-12 0Z");
    // The upright plus: arms 2 × 3.8 thick, reaching 10 from the centre.
    expect(markPath("cross", 0, 0, 10)).toBe(
      "M-3.8 -10L3.8 -10L3.8 -3.8L10 -3.8L10 3.8L3.8 3.8L3.8 10L-3.8 10L-3.8 3.8L-10 3.8L-10 -3.8L-3.8 -3.8Z",
    );
    expect(markPath("bar", 0, 0, 10)).toBe("M-10 -4.5L10 -4.5L10 4.5L-10 4.5Z");
  });

  it("moves with its centre", () => {
    expect(markPath("triangle", 100, 50, 10)).toBe("M100 39L111 58.5L89 58.5Z");
    expect(markPath("circle", 100, 50, 5)).toBe("M95 50A5 5 0 1 0 105 50A5 5 0 1 0 95 50Z");
  });

  it.each(MARKS)("closes the %s in one outline inside the radius × 1.25 box", (mark) => {
    for (const [centreX, centreY, radius] of [
      [0, 0, 10],
      [37.5, 12, 5.5],
    ] as const) {
      const path = markPath(mark, centreX, centreY, radius);
      expect(path, path).toMatch(/^M[^MZ]+Z$/);
      const { points, extremes } = pointsOf(path);
      expect(points.length).toBeGreaterThanOrEqual(3);
      // The circle's arcs come back to where they began, so Z closes it without a straight edge.
      if (mark === "circle") expect(points.at(-1)).toEqual(points[0]);
      const box = radius * 1.25;
      for (const [x, y] of extremes) {
        expect(Math.abs(x - centreX), `${mark} x ${x}`).toBeLessThanOrEqual(box);
        expect(Math.abs(y - centreY), `${mark} y ${y}`).toBeLessThanOrEqual(box);
      }
      // Not a dot: it reaches at least 0.9 × radius across.
      const across = Math.max(...points.map(([x]) => Math.abs(x - centreX)));
      expect(across).toBeGreaterThanOrEqual(radius * 0.9);
    }
  });

  it("draws every mark the palette names", () => {
    const used = new Set(
      [...Object.values(SIDE_SWATCHES), ...Object.values(COUNTER_SWATCHES), ...Object.values(STATUS_SWATCHES)].map(
        (swatch) => swatch.mark,
      ),
    );
    for (const mark of used) expect(MARKS).toContain(mark);
    // No two marks share a path: each keeps its side apart in greyscale.
    expect(new Set(MARKS.map((mark) => markPath(mark, 0, 0, 10))).size).toBe(MARKS.length);
  });
});
