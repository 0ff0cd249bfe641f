import { MEDIATION_STATUS_LABELS, labelOf } from "@/lib/vocabulary";
import { MarkShape } from "@/components/visual/side-mark";
import { STATUS_SWATCHES, cssColour } from "@/lib/visual/palette";

// The marks of the mediation timeline and their legend. A status has a colour AND a shape
// (lib/visual/palette.ts), so the timeline reads in greyscale and print; a step that set no status
// gets a small hollow neutral mark by its kind. The legend is marked data-chart-legend so a
// downloaded SVG or PNG carries it (lib/charts/chart-image.ts).

type At = { x: number; y: number; radius: number };

/** The mark of a step that set a status: the status's colour and shape in the site's one geometry
 *  (MarkShape), with a dark outline (.timeline-status-mark) so the light hues stand out. */
export function StatusMark({ status, x, y, radius }: At & { status: string }) {
  const swatch = STATUS_SWATCHES[status];
  if (!swatch) return <NeutralMark kind="OTHER" x={x} y={y} radius={radius} />;
  return (
    <MarkShape
      className="timeline-status-mark"
      mark={swatch.mark}
      centreX={x}
      centreY={y}
      radius={radius}
      colour={cssColour(swatch)}
    />
  );
}

/** A step that set no status: small, hollow, grey; a statement round, a violation pointing down. */
export function NeutralMark({ kind, x, y, radius }: At & { kind: string }) {
  const small = radius * 0.6;
  return (
    <g className="timeline-neutral-mark">
      {kind === "STATEMENT" ? (
        <circle cx={x} cy={y} r={small} />
      ) : kind === "VIOLATION" ? (
        <path d={`M${x - radius * 0.75} ${y - small}H${x + radius * 0.75}L${x} ${y + radius * 0.8}Z`} />
      ) : (
        <rect x={x - small} y={y - small} width={small * 2} height={small * 2} />
      )}
    </g>
  );
}

/** A violation reported while a ceasefire held: a dark pin under its bar (y: the bar's bottom),
 *  pointing up at the day. */
export function ViolationPin({ x, y, radius }: At) {
  return <path className="timeline-violation-pin" d={`M${x} ${y}L${x + radius} ${y + radius * 1.4}H${x - radius}Z`} />;
}

/** An open end (in force): the bar runs on past today. */
export function OpenEnd({ x, y, height }: { x: number; y: number; height: number }) {
  return <path className="timeline-bar" d={`M${x} ${y - 2}L${x + 7} ${y + height / 2}L${x} ${y + height + 2}Z`} />;
}

/** A broken end: a jagged line across the bar's end. */
export function BreakMark({ x, y, height }: { x: number; y: number; height: number }) {
  const step = height / 4;
  const zigzag = `M${x - 2} ${y - 3}L${x + 2} ${y + step}L${x - 2} ${y + 2 * step}L${x + 2} ${y + 3 * step}L${x - 2} ${y + height + 3}`;
  return <path className="timeline-break" d={zigzag} />;
}

const legendIcon = (children: React.ReactNode) => (
  <svg className="timeline-legend-icon" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true">
    {children}
  </svg>
);

/** The legend, as HTML below the chart: every status mark, the neutral marks, and the ceasefire cues. */
export function TimelineLegend() {
  const at = { x: 9, y: 8, radius: 5.5 };
  return (
    <ul className="timeline-legend" data-chart-legend>
      {Object.keys(STATUS_SWATCHES).map((status) => (
        <li key={status}>
          {legendIcon(<StatusMark status={status} {...at} />)} {labelOf(MEDIATION_STATUS_LABELS, status)}
        </li>
      ))}
      <li>{legendIcon(<NeutralMark kind="STATEMENT" {...at} />)} Statement, no change of status</li>
      <li>{legendIcon(<NeutralMark kind="VIOLATION" {...at} />)} Reported violation</li>
      <li>
        {legendIcon(<line className="timeline-span" x1={1} x2={17} y1={8} y2={8} />)} Date known to the month or week
      </li>
      <li>{legendIcon(<circle className="timeline-approximate" cx={9} cy={8} r={6} />)} Approximate date</li>
      <li>{legendIcon(<rect className="timeline-bar" x={1} y={4} width={16} height={8} />)} Ceasefire, start to end</li>
      <li>{legendIcon(<BreakMark x={9} y={4} height={8} />)} Ceasefire broken</li>
      <li>
        {legendIcon(
          <>
            <rect className="timeline-bar" x={1} y={2} width={16} height={6} />
            <ViolationPin x={9} y={8} radius={4.5} />
          </>,
        )}{" "}
        Violation reported while it held
      </li>
      <li>
        {legendIcon(
          <>
            <rect className="timeline-bar" x={1} y={4} width={9} height={8} />
            <OpenEnd x={10} y={4} height={8} />
          </>,
        )}{" "}
        No end reported (open end, at the latest report)
      </li>
    </ul>
  );
}
