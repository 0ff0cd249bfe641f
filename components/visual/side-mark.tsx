import { markPath } from "@/lib/visual/marks";
import { SIDE_SWATCHES, cssColour, type Mark, type Swatch } from "@/lib/visual/palette";

// A side's (or counter's, or status's) mark: the fixed shape of lib/visual/palette.ts in the
// colour of its CSS token. Colour alone fails in greyscale, in print and for some readers; the
// shape does not. Drawn on the server, no JavaScript.

/** The swatch of a side (PAKISTAN, AFGHANISTAN, …); an unknown side is drawn as independent. */
export const sideSwatch = (side: string): Swatch => SIDE_SWATCHES[side] ?? SIDE_SWATCHES.INDEPENDENT!;

/** The CSS class of a side (.side-pakistan …, app/globals.css), which sets --side-colour. */
export const sideClass = (side: string) => `side-${side.toLowerCase().replace(/_/g, "-")}`;

/** A mark centred on (centreX, centreY), `radius` from the centre to its edge, for inside an SVG:
 *  the one geometry of lib/visual/marks.ts. The colour is a CSS value (`cssColour(swatch)`), set as
 *  a style so `var(--token)` resolves: the fill, or with `hollow` the outline round the page's
 *  background (a figure given as "about"). A class can set the stroke width or an outline. */
export function MarkShape({
  mark,
  centreX,
  centreY,
  radius,
  colour,
  hollow = false,
  className,
}: {
  mark: Mark;
  centreX: number;
  centreY: number;
  radius: number;
  colour: string;
  hollow?: boolean;
  className?: string;
}) {
  return (
    <path
      className={className}
      data-mark={mark}
      d={markPath(mark, centreX, centreY, radius)}
      style={hollow ? { fill: "var(--bg, #ffffff)", stroke: colour } : { fill: colour }}
      // An attribute, not a style, so a class's stroke-width still wins.
      strokeWidth={hollow ? 1.5 : undefined}
    />
  );
}

/** A swatch's mark as a small inline SVG for HTML (legends, badges). Decorative: the text beside
 *  it names the side, counter or status. */
export function SwatchMark({ swatch, size = 12 }: { swatch: Swatch; size?: number }) {
  return (
    <svg
      className="side-mark"
      data-mark={swatch.mark}
      width={size}
      height={size}
      viewBox="-7 -7 14 14"
      aria-hidden="true"
      focusable="false"
    >
      <MarkShape mark={swatch.mark} centreX={0} centreY={0} radius={5.5} colour={cssColour(swatch)} />
    </svg>
  );
}

/** A side's mark: <SideMark side="PAKISTAN" /> draws Pakistan's circle in --side-pakistan. */
export function SideMark({ side, size = 12 }: { side: string; size?: number }) {
  return <SwatchMark swatch={sideSwatch(side)} size={size} />;
}

/** A side's name with its mark and a rule in its colour: reads the same in colour and greyscale. */
export function SideBadge({ side, children }: { side: string; children?: React.ReactNode }) {
  return (
    <span className={`side-badge ${sideClass(side)}`} data-side={side}>
      <SideMark side={side} />
      {children ?? sideSwatch(side).label}
    </span>
  );
}
