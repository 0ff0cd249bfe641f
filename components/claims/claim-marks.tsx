import { MarkShape } from "@/components/visual/side-mark";
import type { Mark } from "@/lib/visual/palette";

// A claimant's point on the claims-over-time chart: the palette's mark (lib/visual/palette.ts) in
// the site's one geometry (MarkShape, lib/visual/marks.ts), so a claimant's points read in
// greyscale and print as well as in colour. `hollow` draws the outline only: the mark of "about".
export function ClaimMark({
  mark,
  x,
  y,
  colour,
  hollow = false,
  radius = 5,
}: {
  mark: Mark;
  x: number;
  y: number;
  colour: string;
  hollow?: boolean;
  radius?: number;
}) {
  return (
    <MarkShape
      className={hollow ? "claim-mark hollow" : "claim-mark"}
      mark={mark}
      centreX={x}
      centreY={y}
      radius={radius}
      colour={colour}
      hollow={hollow}
    />
  );
}

/** "at least" / "more than": a caret pointing up above the mark (the figure may be higher);
 *  "up to": a caret pointing down below it. Other qualifiers draw none. */
export function QualifierCaret({
  qualifier,
  x,
  y,
  colour,
}: {
  qualifier: string;
  x: number;
  y: number;
  colour: string;
}) {
  const up = qualifier === "AT_LEAST" || qualifier === "MORE_THAN";
  if (!up && qualifier !== "UP_TO") return null;
  const [base, tip] = up ? [y - 9, y - 14] : [y + 9, y + 14];
  return (
    <path
      className="qualifier-caret"
      data-caret={up ? "up" : "down"}
      style={{ stroke: colour }}
      d={`M${x - 4} ${base}L${x} ${tip}L${x + 4} ${base}`}
    />
  );
}
