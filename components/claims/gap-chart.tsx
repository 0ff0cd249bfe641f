import type { LedgerGroup } from "@/lib/claims/claim-queries";
import { SIDE_COLOURS, formatFigure } from "@/lib/vocabulary";

// Drawn on the server as SVG: no JavaScript, and it is in the HTML a reader shares or archives.
// Each claimant's latest figure is a mark on one shared axis; a range is a bar from low to high.
// Marks differ in shape as well as colour, so the sides stay apart in greyscale.
const SHAPES: Record<string, (x: number, y: number, fill: string) => React.ReactNode> = {
  PAKISTAN: (x, y, fill) => <circle cx={x} cy={y} r={6} fill={fill} />,
  AFGHANISTAN: (x, y, fill) => <rect x={x - 6} y={y - 6} width={12} height={12} fill={fill} />,
};
const diamond = (x: number, y: number, fill: string) => <path d={`M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`} fill={fill} />;

export function GapChart({ group, title }: { group: LedgerGroup; title: string }) {
  const rows = group.claimants.map((c) => c.latest);
  const max = Math.max(1, ...rows.map((r) => r.valueHigh));
  const W = 560, left = 190, right = 56, rowH = 26, H = rows.length * rowH + 28;
  const x = (v: number) => left + (v / max) * (W - left - right);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${title}: ${rows.map((r) => `${r.claimantName} ${formatFigure(r)}`).join("; ")}`} className="gap-chart">
      <line x1={left} x2={W - right} y1={H - 20} y2={H - 20} stroke="#999" />
      {[0, max / 2, max].map((t) => (
        <text key={t} x={x(t)} y={H - 6} fontSize="11" textAnchor="middle" fill="#57606a">{Math.round(t)}</text>
      ))}
      {rows.map((r, i) => {
        const y = i * rowH + 14;
        const fill = SIDE_COLOURS[r.claimantSide] ?? "#555";
        const mark = SHAPES[r.claimantSide] ?? diamond;
        return (
          <g key={r.id}>
            <text x={left - 8} y={y + 4} fontSize="12" textAnchor="end" fill="#1b1f24">{r.claimantName.length > 28 ? `${r.claimantName.slice(0, 27)}…` : r.claimantName}</text>
            <line x1={left} x2={W - right} y1={y} y2={y} stroke="#eee" />
            {r.valueHigh > r.valueLow && <line x1={x(r.valueLow)} x2={x(r.valueHigh)} y1={y} y2={y} stroke={fill} strokeWidth={4} />}
            {mark(x(r.valueLow), y, fill)}
            <text x={x(r.valueHigh) + 10} y={y + 4} fontSize="12" fill="#1b1f24">{formatFigure(r)}</text>
          </g>
        );
      })}
    </svg>
  );
}
