import type { Mark } from "./palette";

// The one geometry of the palette's marks (lib/visual/palette.ts), drawn by every chart, legend and
// badge through components/visual/side-mark.tsx's MarkShape: a side, counter or status has the
// same shape at the same proportions wherever it appears, so a reader who learned it once reads it
// everywhere, in greyscale and print too. Pure (no React), so a unit test can pin every path.
//
// `radius` is the distance from the centre to the edge of the circle, the square, the plus and the
// bar's ends; the triangle and the diamond, thin at their points, reach further (1.1 and 1.2 ×
// radius) so they do not look smaller than the circle beside them. Nothing reaches past 1.25 ×.

/** Coordinates rounded to 0.001: no float noise (3.8000000000000003) in the page or the tests. */
const coordinate = (value: number) => String(Math.round(value * 1000) / 1000);

/** A closed outline through the points, each given as (across, down) from the centre. */
function outline(centreX: number, centreY: number, offsets: [number, number][]): string {
  const points = offsets.map(([across, down]) => `${coordinate(centreX + across)} ${coordinate(centreY + down)}`);
  return `M${points.join("L")}Z`;
}

/** The SVG path `d` of a mark centred on (centreX, centreY). Every path is one closed outline, so
 *  a fill colours it and a stroke draws it hollow. */
export function markPath(mark: Mark, centreX: number, centreY: number, radius: number): string {
  switch (mark) {
    case "circle": {
      // Two half-circle arcs, left to right and back: a circle as a path, like the other marks.
      const [left, right, middle] = [coordinate(centreX - radius), coordinate(centreX + radius), coordinate(centreY)];
      const arc = `A${coordinate(radius)} ${coordinate(radius)} 0 1 0`;
      return `M${left} ${middle}${arc} ${right} ${middle}${arc} ${left} ${middle}Z`;
    }
    case "square":
      return outline(centreX, centreY, [
        [-radius, -radius],
        [radius, -radius],
        [radius, radius],
        [-radius, radius],
      ]);
    case "triangle":
      // Pointing up: 1.1 × radius up and out, its base 0.85 below, so its bulk sits on the centre.
      return outline(centreX, centreY, [
        [0, -radius * 1.1],
        [radius * 1.1, radius * 0.85],
        [-radius * 1.1, radius * 0.85],
      ]);
    case "diamond":
      return outline(centreX, centreY, [
        [0, -radius * 1.2],
        [radius * 1.2, 0],
        [0, radius * 1.2],
        [-radius * 1.2, 0],
      ]);
    case "cross": {
      // An upright plus of two thick arms: solid enough to carry the colour, plainly not a square.
      const arm = radius * 0.38;
      return outline(centreX, centreY, [
        [-arm, -radius],
        [arm, -radius],
        [arm, -arm],
        [radius, -arm],
        [radius, arm],
        [arm, arm],
        [arm, radius],
        [-arm, radius],
        [-arm, arm],
        [-radius, arm],
        [-radius, -arm],
        [-arm, -arm],
      ]);
    }
    case "bar":
      // A flat bar, as wide as the square and under half as tall.
      return outline(centreX, centreY, [
        [-radius, -radius * 0.45],
        [radius, -radius * 0.45],
        [radius, radius * 0.45],
        [-radius, radius * 0.45],
      ]);
  }
}
