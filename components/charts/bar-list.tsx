// Horizontal bars drawn on the server as SVG: category counts need no interactivity, so they cost
// no JavaScript and are in the HTML from the first byte. Labels sit on their own line above each
// bar, so long district names never get cut or squeezed on a narrow screen.
export function BarList({ data, colour = "#0072B2" }: { data: { label: string; count: number; colour?: string }[]; colour?: string }) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const rowH = 34, W = 400, H = data.length * rowH;
  return (
    <svg className="bar-list" viewBox={`0 0 ${W} ${H}`} width="100%" height={H} preserveAspectRatio="xMinYMin meet">
      {data.map((d, i) => {
        const y = i * rowH;
        const w = Math.max(2, (d.count / max) * (W - 40));
        return (
          <g key={d.label}>
            <text x={0} y={y + 12} fontSize="12" fill="#1b1f24">{d.label}</text>
            <rect x={0} y={y + 16} width={w} height={12} fill={d.colour ?? colour} />
            <text x={w + 6} y={y + 27} fontSize="12" fill="#1b1f24">{d.count}</text>
          </g>
        );
      })}
    </svg>
  );
}
