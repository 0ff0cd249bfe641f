// Vertical bars over time drawn on the server as SVG: no JavaScript, in the HTML from the first
// byte. Series stand side by side unless told to stack (only for things counted once each, such
// as the record's incidents by type), so figures that must not be added up are never drawn as if
// they were. A period without a value draws nothing: a gap, never a zero.
const HEIGHT = 220;
const AXIS = 28;
const LEFT = 34;
const WIDTH = 640;

/** `colour` is any CSS colour; pass `cssColour(swatch)` or a token (`var(--chart-bar)`) so the
 *  dark theme reaches it. It is set as a style, where `var(…)` resolves (a fill attribute would not). */
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
  // Every label when they fit, else every second (or third …) one: a label of 11 px type is
  // about 6.2 units a character wide, and "Jan 2025" does not fit a 43-unit slot.
  const longestLabel = Math.max(0, ...data.map((datum) => datum.label.length));
  const labelEvery = Math.max(1, Math.ceil((longestLabel * 6.2 + 6) / slot));
  return (
    <svg className="column-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="xMinYMin meet">
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart-grid-line" x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} strokeDasharray="3 3" />
          <text className="chart-text" x={LEFT - 4} y={y(tick) + 4} fontSize="11" textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {series.map((line, position) => (
        <g key={line.key} className="column-series" data-series={line.key} style={{ fill: line.colour }}>
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
            className="chart-text"
            x={leftOf(index) + (slot * 0.8) / 2}
            y={HEIGHT - 10}
            fontSize="11"
            textAnchor="middle"
          >
            {datum.label}
          </text>
        ) : null,
      )}
      <line className="chart-axis-line" x1={LEFT} x2={WIDTH} y1={plotHeight} y2={plotHeight} />
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
