// Horizontal bars drawn on the server as SVG: category counts need no interactivity, so they cost
// no JavaScript and are in the HTML from the first byte. Labels sit on their own line above each
// bar, so long district names never get cut or squeezed on a narrow screen.
const ROW_HEIGHT = 34;
const WIDTH = 400;

export function BarList({
  data,
  colour = "var(--chart-bar)",
}: {
  data: { label: string; count: number; colour?: string }[];
  /** Any CSS colour, set as a style so a token (`var(--chart-bar)`, `cssColour(swatch)`) resolves. */
  colour?: string;
}) {
  const max = Math.max(1, ...data.map((bar) => bar.count));
  const height = data.length * ROW_HEIGHT;
  return (
    <svg
      className="bar-list"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      height={height}
      preserveAspectRatio="xMinYMin meet"
    >
      {data.map((bar, index) => {
        const rowTop = index * ROW_HEIGHT;
        const barWidth = Math.max(2, (bar.count / max) * (WIDTH - 40));
        return (
          <g key={bar.label}>
            <text className="chart-text" x={0} y={rowTop + 12} fontSize="12">
              {bar.label}
            </text>
            <rect x={0} y={rowTop + 16} width={barWidth} height={12} style={{ fill: bar.colour ?? colour }} />
            <text className="chart-text" x={barWidth + 6} y={rowTop + 27} fontSize="12">
              {bar.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
