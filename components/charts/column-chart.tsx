// Vertical bars over time drawn on the server as SVG: no JavaScript, in the HTML from the first
// byte. Series stand side by side unless told to stack (only for things counted once each, such
// as the record's incidents by type), so figures that must not be added up are never drawn as if
// they were. A period without a value draws nothing: a gap, never a zero.
const HEIGHT = 220;
const AXIS = 28;
const LEFT = 34;
const WIDTH = 640;

export type ColumnSeries = { key: string; name: string; colour: string };
export type ColumnDatum = { label: string; values: Record<string, number | undefined> };

/** Round the axis up to a readable step (10, 20, 25, 50, 100, …). */
function axisMax(max: number) {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate * 4 >= max)!;
  return { top: step * 4, ticks: [0, 1, 2, 3, 4].map((index) => index * step) };
}

export function ColumnChart({
  data,
  series,
  stacked = false,
}: {
  data: ColumnDatum[];
  series: ColumnSeries[];
  /** Stack the series (distinct things counted once each, e.g. incidents by type); else side by side. */
  stacked?: boolean;
}) {
  const totals = data.map((datum) =>
    stacked
      ? series.reduce((sum, line) => sum + (datum.values[line.key] ?? 0), 0)
      : Math.max(0, ...series.map((line) => datum.values[line.key] ?? 0)),
  );
  const { top, ticks } = axisMax(Math.max(1, ...totals));
  const plotHeight = HEIGHT - AXIS;
  const slot = (WIDTH - LEFT) / Math.max(1, data.length);
  const barWidth = Math.max(2, (slot * 0.8) / (stacked ? 1 : series.length));
  const y = (value: number) => plotHeight - (value / top) * (plotHeight - 8);
  const leftOf = (index: number) => LEFT + index * slot + slot * 0.1;
  // Where each series' bar starts in each period: on the previous series when stacked.
  const bases = data.map(() => 0);
  // Every label when they fit, else every other one (a phone shows 14 months as 7 labels).
  const labelEvery = slot < 40 ? 2 : 1;
  return (
    <svg className="column-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="xMinYMin meet">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="#d0d7de" strokeDasharray="3 3" />
          <text x={LEFT - 4} y={y(tick) + 4} fontSize="11" textAnchor="end" fill="#1b1f24">
            {tick}
          </text>
        </g>
      ))}
      {series.map((line, position) => (
        <g key={line.key} className="column-series" data-series={line.key} fill={line.colour}>
          {data.map((datum, index) => {
            const value = datum.values[line.key];
            if (value === undefined || value === 0) return null;
            const base = stacked ? bases[index]! : 0;
            if (stacked) bases[index] = base + value;
            return (
              <rect
                key={datum.label}
                x={leftOf(index) + (stacked ? 0 : position * barWidth)}
                y={y(base + value)}
                width={barWidth - 1}
                height={y(base) - y(base + value)}
              >
                <title>{`${datum.label}, ${line.name}: ${value}`}</title>
              </rect>
            );
          })}
        </g>
      ))}
      {data.map((datum, index) =>
        index % labelEvery === 0 ? (
          <text
            key={datum.label}
            x={leftOf(index) + (slot * 0.8) / 2}
            y={HEIGHT - 10}
            fontSize="11"
            textAnchor="middle"
            fill="#1b1f24"
          >
            {datum.label}
          </text>
        ) : null,
      )}
      <line x1={LEFT} x2={WIDTH} y1={plotHeight} y2={plotHeight} stroke="#57606a" />
    </svg>
  );
}

/** The legend, as HTML beside the chart (text stays dark whatever the swatch colour). */
export function ColumnLegend({ series }: { series: ColumnSeries[] }) {
  return (
    <ul className="column-legend">
      {series.map((line) => (
        <li key={line.key}>
          <span className="swatch" style={{ background: line.colour }} aria-hidden="true" /> {line.name}
        </li>
      ))}
    </ul>
  );
}
