import { ChartFigure } from "@/components/charts/chart-figure";
import type { LedgerGroup } from "@/lib/claims/claim-queries";
import {
  type SubjectSeries,
  dayFraction,
  incidentSeriesClaims,
  ledgerSeriesClaims,
  revisesText,
  seriesSummary,
  seriesTable,
  spreadLabels,
  toSubjectSeries,
  valueAxis,
  withDatedFigures,
} from "@/lib/claims/claim-series";
import { SIDE_SWATCHES, cssColour } from "@/lib/visual/palette";
import { ClaimMark, QualifierCaret } from "./claim-marks";

// Claims over time, drawn on the server as SVG (no JavaScript): each claimant's figure as a step
// line over the dates it was stated, held until the claimant revised it. A range is a band from
// its low to its high figure; "at least" / "more than" put a caret above the point. Lines are one
// claimant each, side by side on one scale, and never stacked or added. Each line ends in a direct
// label (mark, claimant, latest figure with its qualifier), so no legend has to be matched by colour.
const WIDTH = 380;
const LEFT = 34;
const PLOT_RIGHT = 244;
const TOP = 18;
const PLOT_HEIGHT = 130;
const AXIS = 26;
// The first figure sits a little right of the axis, the last date a little left of the line's end,
// so every figure, the latest included, shows as a held stretch.
const INSET = 8;
const END_STUB = 16;
const LINE_HEIGHT = 14;
const NAME_CHARACTERS = 17;

// An unknown side is drawn as independent, as the site's other marks draw it.
const swatchOf = (side: string) => SIDE_SWATCHES[side] ?? SIDE_SWATCHES.INDEPENDENT!;

/** A claimant's name on at most two lines of the label column; the table has it in full. */
function nameLines(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= NAME_CHARACTERS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 2 ? [lines[0]!, `${lines[1]!.slice(0, NAME_CHARACTERS - 1)}…`] : lines;
}

function OverTimeSvg({ subject }: { subject: SubjectSeries }) {
  const { top, ticks } = valueAxis(Math.max(...subject.series.flatMap((line) => line.points.map((p) => p.valueHigh))));
  const baseline = TOP + PLOT_HEIGHT;
  const xOf = (day: string) =>
    LEFT + INSET + dayFraction(day, subject.from, subject.to) * (PLOT_RIGHT - LEFT - INSET - END_STUB);
  const yOf = (value: number) => baseline - (value / top) * PLOT_HEIGHT;
  const labels = subject.series.map((line) => {
    const latest = line.points[line.points.length - 1]!;
    const lines = nameLines(line.claimantName);
    const height = (lines.length + 1) * LINE_HEIGHT;
    return { lines, latest, height, top: yOf((latest.valueLow + latest.valueHigh) / 2) - height / 2 };
  });
  const labelTops = spreadLabels(labels, 2, baseline);
  const height = Math.max(baseline + AXIS, ...labelTops.map((labelTop, index) => labelTop + labels[index]!.height + 4));
  const dates = [...new Set(subject.series.flatMap((line) => line.points.map((point) => point.statedOn)))];
  return (
    <svg className="claims-over-time-svg" viewBox={`0 0 ${WIDTH} ${height}`} width="100%">
      {ticks.map((tick) => (
        <g key={tick} className="value-tick">
          <line className="grid" x1={LEFT} x2={PLOT_RIGHT} y1={yOf(tick)} y2={yOf(tick)} />
          <text x={LEFT - 4} y={yOf(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      <line className="axis" x1={LEFT} x2={PLOT_RIGHT} y1={baseline} y2={baseline} />
      {dates.map((day) => (
        <line key={day} className="axis" x1={xOf(day)} x2={xOf(day)} y1={baseline} y2={baseline + 4} />
      ))}
      <text className="date-label" x={xOf(subject.from)} y={baseline + 17} textAnchor="start">
        {subject.from}
      </text>
      {subject.to !== subject.from && (
        <text className="date-label" x={PLOT_RIGHT} y={baseline + 17} textAnchor="end">
          {subject.to}
        </text>
      )}
      {subject.series.map((line, lineIndex) => {
        const swatch = swatchOf(line.claimantSide);
        const colour = cssColour(swatch);
        const endOf = (index: number) =>
          index === line.points.length - 1 ? PLOT_RIGHT : xOf(line.points[index]!.heldUntil);
        // The step line runs through each figure's low value; a range adds its band above it.
        const path = line.points
          .map((point, index) => `${index ? "V" : `M${xOf(point.statedOn)} `}${yOf(point.valueLow)}H${endOf(index)}`)
          .join("");
        const label = labels[lineIndex]!;
        const labelTop = labelTops[lineIndex]!;
        const latestY = yOf((label.latest.valueLow + label.latest.valueHigh) / 2);
        return (
          <g key={line.chainId} className="claim-series" data-chain={line.chainId} data-side={line.claimantSide}>
            {line.points.map((point, index) =>
              point.valueHigh > point.valueLow ? (
                <rect
                  key={`band-${point.id}`}
                  className="claim-band"
                  style={{ fill: colour, stroke: colour }}
                  x={xOf(point.statedOn)}
                  y={yOf(point.valueHigh)}
                  width={Math.max(2, endOf(index) - xOf(point.statedOn))}
                  height={yOf(point.valueLow) - yOf(point.valueHigh)}
                />
              ) : null,
            )}
            <path className="claim-step" style={{ stroke: colour }} d={path} />
            {line.points.map((point) => (
              <g
                key={point.id}
                className="claim-point"
                data-claimant={line.claimantName}
                data-claimant-id={line.claimantId}
                data-stated-on={point.statedOn}
                data-value={point.valueHigh > point.valueLow ? `${point.valueLow}-${point.valueHigh}` : point.valueLow}
                data-qualifier={point.qualifier}
              >
                <title>
                  {`${line.claimantName}, ${point.statedOn}: ${point.figure}` +
                    (point.revises ? `, revising ${revisesText(point)}` : "")}
                </title>
                <ClaimMark
                  mark={swatch.mark}
                  x={xOf(point.statedOn)}
                  y={yOf(point.valueLow)}
                  colour={colour}
                  hollow={point.qualifier === "ABOUT"}
                />
                <QualifierCaret
                  qualifier={point.qualifier}
                  x={xOf(point.statedOn)}
                  y={yOf(point.valueHigh)}
                  colour={colour}
                />
              </g>
            ))}
            <g className="claim-label" data-claimant={line.claimantName}>
              <path className="leader" d={`M${PLOT_RIGHT} ${latestY}L${PLOT_RIGHT + 6} ${labelTop + 6}`} />
              <ClaimMark mark={swatch.mark} x={PLOT_RIGHT + 12} y={labelTop + 6} colour={colour} radius={4} />
              <text x={PLOT_RIGHT + 20} y={labelTop + 11}>
                {label.lines.map((text, index) => (
                  <tspan key={index} x={PLOT_RIGHT + 20} dy={index ? LINE_HEIGHT : 0}>
                    {text}
                  </tspan>
                ))}
                <tspan className="latest-figure" x={PLOT_RIGHT + 20} dy={LINE_HEIGHT}>
                  {label.latest.figure}
                </tspan>
              </text>
            </g>
          </g>
        );
      })}
    </svg>
  );
}

/** One subject's chart with its summary and data table (claimant, date, figure, what it revises). */
export function ClaimsOverTimeChart({ subject }: { subject: SubjectSeries }) {
  const id = `claims-over-time-${subject.key.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <ChartFigure
      id={id}
      title={`Claims over time — ${subject.subjectLabel}, ${subject.metricLabel}`}
      summary={seriesSummary(subject)}
      table={seriesTable(subject)}
    >
      <OverTimeSvg subject={subject} />
    </ChartFigure>
  );
}

/** Under the ledger: one closed <details> per subject with two or more figures, so the ledger
 *  stays the first thing read on a phone and each chart is one tap away. */
export function LedgerClaimsOverTime({ groups }: { groups: LedgerGroup[] }) {
  const subjects = withDatedFigures(toSubjectSeries(ledgerSeriesClaims(groups)));
  if (subjects.length === 0) return null;
  return (
    <section aria-labelledby="over-time-title" className="claims-over-time">
      <h2 id="over-time-title">Claims over time</h2>
      <p className="muted">
        Each claimant&apos;s figure on the dates it was stated, held until the claimant revised it. A band is a range; a
        caret above a point marks &ldquo;at least&rdquo; or &ldquo;more than&rdquo;. One line per claimant, never added
        together.
      </p>
      {subjects.map((subject) => {
        const claimants = new Set(subject.series.map((line) => line.claimantId)).size;
        return (
          <details key={subject.key} className="claims-over-time-subject" data-subject={subject.key}>
            <summary>
              {subject.subjectLabel} — {subject.metricLabel}{" "}
              <span className="muted small">
                ({subject.figureCount} figures, {claimants} {claimants === 1 ? "claimant" : "claimants"})
              </span>
            </summary>
            <ClaimsOverTimeChart subject={subject} />
          </details>
        );
      })}
    </section>
  );
}

/** On an incident's page: one chart per subject with two or more dated figures. */
export function IncidentClaimsOverTime({ claims }: { claims: Parameters<typeof incidentSeriesClaims>[0] }) {
  const subjects = withDatedFigures(toSubjectSeries(incidentSeriesClaims(claims)));
  if (subjects.length === 0) return null;
  return (
    <div className="chart-grid claims-over-time">
      {subjects.map((subject) => (
        <ClaimsOverTimeChart key={subject.key} subject={subject} />
      ))}
    </div>
  );
}
