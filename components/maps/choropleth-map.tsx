import { buildChoroplethScale, fillFor } from "@/lib/geo/choropleth-scale";
import { MAP_HEIGHT, MAP_WIDTH, getMapGeometry } from "@/lib/geo/map-geometry";
import { BOUNDARY_ATTRIBUTION, BOUNDARY_NOTE } from "@/lib/geo/attribution";
import { MapTooltip } from "./map-tooltip";

export type MapUnitValue = { count: number; detail?: string };
export type MapPoint = { id: string; label: string; lon: number; lat: number; size: number; href: string };

type Props = {
  id: string; view: "districts-PAK" | "provinces-AFG"; title: string; unitNoun: string;
  values: Record<string, MapUnitValue>; hrefFor?: (unitId: string) => string; selectedId?: string;
  points?: MapPoint[]; compact?: boolean;
};

// Drawn on the server (no map library in the browser). The shapes themselves come from the cached
// /maps/<view>.svg through <use>; the page's HTML carries only each unit's fill, label and link. Units with data are
// links, so a click or Enter filters the page by URL like any other filter; the tooltip script
// only adds a styled label on hover and focus.
export function ChoroplethMap({ id, view, title, unitNoun, values, hrefFor, selectedId, points = [], compact }: Props) {
  const g = getMapGeometry(view);
  const max = Math.max(0, ...Object.values(values).map((v) => v.count));
  const scale = buildChoroplethScale(max);
  const exFataIds = new Set(g.shapes.filter((s) => s.exFata).map((s) => s.id));
  const ref = (shapeId: string) => `/maps/${view}.svg#${shapeId}`;
  return (
    <div className={`map${compact ? " map-compact" : ""}`} data-map={id}>
      <div className="map-frame">
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} width="100%" role="group" aria-label={title} className="map-svg">
          <defs>
            <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" stroke="#1b1f24" strokeWidth="1" strokeOpacity=".45" />
            </pattern>
          </defs>
          <use href={ref("lines-context")} fill="#fafafa" stroke="#c9ced4" strokeWidth=".6" aria-hidden="true" />
          {g.shapes.map((s) => {
            const v = values[s.id];
            const count = v?.count ?? 0;
            const label = `${s.name}${s.exFata ? " (former FATA)" : ""}: ${count} ${unitNoun}${count === 1 ? "" : "s"}${v?.detail ? `; ${v.detail}` : ""}`;
            const shape = (
              <use href={ref(s.id)} fill={fillFor(count, scale)} stroke="#ffffff" strokeWidth=".5"
                className={s.id === selectedId ? "map-unit selected" : "map-unit"} data-unit={s.id} data-count={count} data-label={label}>
                <title>{label}</title>
              </use>
            );
            return count > 0 && hrefFor
              ? <a key={s.id} href={hrefFor(s.id)} aria-label={label} data-unit-link={s.id}>{shape}</a>
              : <g key={s.id} aria-hidden="true">{shape}</g>;
          })}
          {exFataIds.size > 0 && g.shapes.filter((s) => s.exFata).map((s) => (
            <use key={`h-${s.id}`} href={ref(s.id)} fill={`url(#${id}-hatch)`} stroke="none" pointerEvents="none" aria-hidden="true" />
          ))}
          <use href={ref("lines-provinces")} fill="none" stroke="#57606a" strokeWidth="1.2" pointerEvents="none" aria-hidden="true" />
          <use href={ref("lines-countries")} fill="none" stroke="#1b1f24" strokeWidth="1.6" pointerEvents="none" aria-hidden="true" />
          {points.map((p) => {
            const xy = g.project([p.lon, p.lat]);
            return xy && (
              <a key={p.id} href={p.href} aria-label={p.label}>
                <circle cx={xy[0]} cy={xy[1]} r={4 + Math.sqrt(p.size)} fill="#E69F00" fillOpacity=".8" stroke="#1b1f24" strokeWidth="1" data-point={p.id}>
                  <title>{p.label}</title>
                </circle>
              </a>
            );
          })}
        </svg>
        <MapTooltip mapId={id} />
      </div>
      <div className="map-legend" aria-label={`Legend: ${unitNoun}s per ${view === "districts-PAK" ? "district" : "province"}`}>
        <span className="swatch" style={{ background: fillFor(0, scale) }} /> 0
        {max > 0 && scale.map((c) => <span key={c.label} className="legend-item"><span className="swatch" style={{ background: c.fill }} />{c.label}</span>)}
        {exFataIds.size > 0 && <span className="legend-item"><span className="swatch hatch" /> former tribal district (ex-FATA)</span>}
      </div>
      <p className="map-credit small muted">{BOUNDARY_NOTE} {BOUNDARY_ATTRIBUTION}</p>
    </div>
  );
}
