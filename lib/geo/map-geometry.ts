// Map geometry drawn once per server process from the shipped TopoJSON (no tiles, no download):
// SVG path strings in a fixed 800×600 frame. Shading is applied per request by the map component;
// the geometry itself never changes, so it is computed on first use and kept.
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import adm2Topo from "./pak-afg-adm2.topo.json" with { type: "json" };

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 600;

type Adm2Props = {
  id: string;
  name: string;
  adm1: string;
  adm1_name: string;
  country: "PAK" | "AFG";
  ex_fata?: boolean;
};
type Adm1Props = { iso3166_2: string; name: string; country: "PAK" | "AFG" };

export type MapShape = { id: string; name: string; provinceId: string; exFata: boolean; d: string };
export type MapGeometry = {
  shapes: MapShape[]; // the shaded units
  lines: { provinces: string; countries: string; context: string }; // province borders, national outline, the neighbour
  project: (lonLat: [number, number]) => [number, number] | null;
};

const topo = adm2Topo as unknown as Topology<{
  adm2: GeometryCollection<Adm2Props>;
  adm1: GeometryCollection<Adm1Props>;
  adm0: GeometryCollection;
}>;
const cache = new Map<string, MapGeometry>();

/** "districts-PAK": Pakistan's districts (attacks). "provinces-AFG": Afghanistan's provinces (strikes). */
export function getMapGeometry(view: "districts-PAK" | "provinces-AFG"): MapGeometry {
  const hit = cache.get(view);
  if (hit) return hit;
  const country = view === "districts-PAK" ? "PAK" : "AFG";
  const units =
    view === "districts-PAK"
      ? (feature(topo, topo.objects.adm2) as FeatureCollection<Geometry, Adm2Props>).features.filter(
          (f) => f.properties.country === "PAK",
        )
      : (feature(topo, topo.objects.adm1) as FeatureCollection<Geometry, Adm1Props>).features.filter(
          (f) => f.properties.country === "AFG",
        );
  const fc: FeatureCollection = { type: "FeatureCollection", features: units as Feature[] };
  // Equal-area so a district's ink matches its size; parallels suit both countries (geo README).
  const projection = geoConicEqualArea().parallels([27, 36]).rotate([-68, 0]).fitSize([MAP_WIDTH, MAP_HEIGHT], fc);
  // Whole pixels: sub-pixel precision in an 800-px frame only adds bytes to the HTML.
  const path = geoPath(projection).digits(0);
  const shapes: MapShape[] = units.map((f) => {
    const p = f.properties as Partial<Adm2Props & Adm1Props>;
    return {
      id: (p.id ?? p.iso3166_2)!,
      name: p.name!,
      provinceId: (p.adm1 ?? p.iso3166_2)!,
      exFata: p.ex_fata === true,
      d: path(f as GeoPermissibleObjects) ?? "",
    };
  });
  const inCountry = (o: { properties: { country?: string } }) => o.properties?.country === country;
  const provinces = mesh(topo, topo.objects.adm1, (a, b) => a !== b && inCountry(a as never) && inCountry(b as never));
  const countries = mesh(
    topo,
    topo.objects.adm0,
    (a, b) => (a as unknown as { id: string }).id === country || (b as unknown as { id: string }).id === country,
  );
  const neighbour = (feature(topo, topo.objects.adm0) as FeatureCollection).features.find((f) => f.id !== country)!;
  const geometry: MapGeometry = {
    shapes,
    lines: {
      provinces: path(provinces) ?? "",
      countries: path(countries) ?? "",
      context: path(neighbour as GeoPermissibleObjects) ?? "",
    },
    project: (lonLat) => {
      const xy = projection(lonLat);
      return xy ? [Math.round(xy[0]), Math.round(xy[1])] : null;
    },
  };
  cache.set(view, geometry);
  return geometry;
}
