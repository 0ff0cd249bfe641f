// A self-contained SVG string of a shaded map, for images (share cards), where <use> references
// to /maps/*.svg cannot be followed. Same geometry and classes as the page's map.
import { buildChoroplethScale, fillFor } from "./choropleth-scale";
import { MAP_HEIGHT, MAP_WIDTH, getMapGeometry } from "./map-geometry";

// At thumbnail size (share cards) district borders would wash the fills out, so they are left off
// and any district with attacks is drawn in one strong colour: the card shows where, the page how many.
export function renderMapSvg(
  view: "districts-PAK" | "provinces-AFG",
  counts: Record<string, number>,
  opts: { thumbnail?: boolean } = {},
): string {
  const g = getMapGeometry(view);
  const scale = buildChoroplethScale(Math.max(0, ...Object.values(counts)));
  const fill = (n: number) => (opts.thumbnail ? (n > 0 ? "#0072B2" : "#e5e7eb") : fillFor(n, scale));
  const stroke = opts.thumbnail ? "" : ` stroke="#ffffff" stroke-width="0.6"`;
  const units = g.shapes.map((s) => `<path d="${s.d}" fill="${fill(counts[s.id] ?? 0)}"${stroke}/>`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">` +
    units +
    `<path d="${g.lines.provinces}" fill="none" stroke="#57606a" stroke-width="1.4"/>` +
    `<path d="${g.lines.countries}" fill="none" stroke="#1b1f24" stroke-width="2"/></svg>`
  );
}

export const svgDataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
