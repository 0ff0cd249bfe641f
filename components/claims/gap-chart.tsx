import { MarkShape, sideSwatch } from "@/components/visual/side-mark";
import type { LedgerGroup } from "@/lib/claims/claim-queries";
import { formatFigure } from "@/lib/vocabulary";
import { cssColour } from "@/lib/visual/palette";

// Drawn on the server as SVG: no JavaScript, and it is in the HTML a reader shares or archives.
// Each claimant's latest figure is a mark on one shared axis; a range is a bar from low to high.
// Marks differ in shape as well as colour (each side's mark from lib/visual/palette.ts), so the
// sides stay apart in greyscale; colours come from the CSS tokens, so the dark theme reaches them.

const WIDTH = 560,
  LEFT = 190,
  RIGHT = 56,
  ROW_HEIGHT = 26;

export function GapChart({ group, title }: { group: LedgerGroup; title: string }) {
  const figures = group.claimants.map((claimant) => claimant.latest);
  const max = Math.max(1, ...figures.map((figure) => figure.valueHigh));
  const height = figures.length * ROW_HEIGHT + 28;
  const xOf = (value: number) => LEFT + (value / max) * (WIDTH - LEFT - RIGHT);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`${title}: ${figures.map((figure) => `${figure.claimantName} ${formatFigure(figure)}`).join("; ")}`}
      className="gap-chart"
    >
      <line className="chart-axis-line" x1={LEFT} x2={WIDTH - RIGHT} y1={height - 20} y2={height - 20} />
      {[0, max / 2, max].map((tick) => (
        <text key={tick} className="chart-text-muted" x={xOf(tick)} y={height - 6} fontSize="11" textAnchor="middle">
          {Math.round(tick)}
        </text>
      ))}
      {figures.map((figure, index) => {
        const rowY = index * ROW_HEIGHT + 14;
        const swatch = sideSwatch(figure.claimantSide);
        const colour = cssColour(swatch);
        return (
          <g key={figure.id} data-side={figure.claimantSide}>
            <text className="chart-text" x={LEFT - 8} y={rowY + 4} fontSize="12" textAnchor="end">
              {figure.claimantName.length > 28 ? `${figure.claimantName.slice(0, 27)}…` : figure.claimantName}
            </text>
            <line className="chart-grid-line" x1={LEFT} x2={WIDTH - RIGHT} y1={rowY} y2={rowY} />
            {figure.valueHigh > figure.valueLow && (
              <line
                x1={xOf(figure.valueLow)}
                x2={xOf(figure.valueHigh)}
                y1={rowY}
                y2={rowY}
                style={{ stroke: colour }}
                strokeWidth={4}
              />
            )}
            <MarkShape mark={swatch.mark} centreX={xOf(figure.valueLow)} centreY={rowY} radius={6} colour={colour} />
            <text className="chart-text" x={xOf(figure.valueHigh) + 10} y={rowY + 4} fontSize="12">
              {formatFigure(figure)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
