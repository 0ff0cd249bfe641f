import { MAP_HEIGHT, MAP_WIDTH, getMapGeometry } from "@/lib/geo/map-geometry";

// The maps' geometry as one static SVG of symbols per view, built from the shipped TopoJSON at
// build time. Pages reference its shapes with <use href="/maps/<view>.svg#<id>">, so the ~100 KiB
// of path data is downloaded and cached once instead of riding in every page's HTML (twice: once
// in the markup and once in the RSC payload).
const VIEWS = ["districts-PAK", "provinces-AFG"] as const;

export function generateStaticParams() {
  return VIEWS.map((v) => ({ view: `${v}.svg` }));
}

export async function GET(_req: Request, ctx: { params: Promise<{ view: string }> }) {
  const view = (await ctx.params).view.replace(/\.svg$/, "");
  if (!(VIEWS as readonly string[]).includes(view)) return new Response("Not found", { status: 404 });
  const g = getMapGeometry(view as (typeof VIEWS)[number]);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><defs>` +
    g.shapes.map((s) => `<path id="${s.id}" d="${s.d}"/>`).join("") +
    `<path id="lines-provinces" d="${g.lines.provinces}"/><path id="lines-countries" d="${g.lines.countries}"/><path id="lines-context" d="${g.lines.context}"/>` +
    "</defs></svg>";
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800",
    },
  });
}
