import type { LedgerGroup } from "@/lib/claims/claim-queries";
import { SIDE_COLOURS, formatFigure } from "@/lib/vocabulary";

// Drawn on the server as SVG: no JavaScript, and it is in the HTML a reader shares or archives.
// Each claimant's latest figure is a mark on one shared axis; a range is a bar from low to high.
// Marks differ in shape as well as colour, so the sides stay apart in greyscale.
const SHAPES: Record<string, (centreX: number, centreY: number, fill: string) => React.ReactNode> = {
  PAKISTAN: (centreX, centreY, fill) => <circle cx={centreX} cy={centreY} r={6} fill={fill} />,
  AFGHANISTAN: (centreX, centreY, fill) => <rect x={centreX - 6} y={centreY - 6} width={12} height={12} fill={fill} />,
};
const diamond = (centreX: number, centreY: number, fill: string) => (
  <path
    d={`M${centreX} ${centreY - 7}L${centreX + 7} ${centreY}L${centreX} ${centreY + 7}L${centreX - 7} ${centreY}Z`}
    fill={fill}
  />
);

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
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={height - 20} y2={height - 20} stroke="#999" />
      {[0, max / 2, max].map((tick) => (
        <text key={tick} x={xOf(tick)} y={height - 6} fontSize="11" textAnchor="middle" fill="#57606a">
          {Math.round(tick)}
        </text>
      ))}
      {figures.map((figure, index) => {
        const rowY = index * ROW_HEIGHT + 14;
        const fill = SIDE_COLOURS[figure.claimantSide] ?? "#555";
        const mark = SHAPES[figure.claimantSide] ?? diamond;
        return (
          <g key={figure.id}>
            <text x={LEFT - 8} y={rowY + 4} fontSize="12" textAnchor="end" fill="#1b1f24">
              {figure.claimantName.length > 28 ? `${figure.claimantName.slice(0, 27)}…` : figure.claimantName}
            </text>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={rowY} y2={rowY} stroke="#eee" />
            {figure.valueHigh > figure.valueLow && (
              <line
                x1={xOf(figure.valueLow)}
                x2={xOf(figure.valueHigh)}
                y1={rowY}
                y2={rowY}
                stroke={fill}
                strokeWidth={4}
              />
            )}
            {mark(xOf(figure.valueLow), rowY, fill)}
            <text x={xOf(figure.valueHigh) + 10} y={rowY + 4} fontSize="12" fill="#1b1f24">
              {formatFigure(figure)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
