import { buildChoroplethScale, fillFor, type ScaleClass } from "@/lib/geo/choropleth-scale";
import { MAP_HEIGHT, MAP_WIDTH, getMapGeometry } from "@/lib/geo/map-geometry";
import { BOUNDARY_ATTRIBUTION, BOUNDARY_NOTE } from "@/lib/geo/attribution";
import { EmbedCode } from "@/components/embed/embed-code";
import type { EmbedTarget } from "@/lib/embed/embed-paths";
import { MapTooltip } from "./map-tooltip";

export type MapUnitValue = { count: number; detail?: string };
export type MapPoint = { id: string; label: string; lon: number; lat: number; size: number; href: string };

type Props = {
  id: string;
  view: "districts-PAK" | "provinces-AFG";
  title: string;
  unitNoun: string;
  values: Record<string, MapUnitValue>;
  hrefFor?: (unitId: string) => string;
  selectedId?: string;
  points?: MapPoint[];
  compact?: boolean;
  /** The map's embed (/embed/map/…), offered under the credit line. */
  embed?: EmbedTarget | null;
};

/** The CSS class of a count's step on the ramp (.ramp-0 … .ramp-5, .ramp-none for no data;
 *  app/globals.css): the page's colours come from the tokens, so the dark theme reaches them,
 *  while the hex values of lib/geo/choropleth-scale.ts stay for the standalone map SVGs. */
function rampClass(count: number, scale: ScaleClass[]) {
  if (count <= 0) return "ramp-none";
  const fill = fillFor(count, scale);
  return `ramp-${scale.findIndex((step) => step.fill === fill)}`;
}

// Drawn on the server (no map library in the browser). The shapes themselves come from the cached
// /maps/<view>.svg through <use>; the page's HTML carries only each unit's fill, label and link. Units with data are
// links, so a click or Enter filters the page by URL like any other filter; the tooltip script
// only adds a styled label on hover and focus.
export function ChoroplethMap({
  id,
  view,
  title,
  unitNoun,
  values,
  hrefFor,
  selectedId,
  points = [],
  compact,
  embed,
}: Props) {
  const geometry = getMapGeometry(view);
  const max = Math.max(0, ...Object.values(values).map((unitValue) => unitValue.count));
  const scale = buildChoroplethScale(max);
  const exFataIds = new Set(geometry.shapes.filter((shape) => shape.exFata).map((shape) => shape.id));
  const ref = (shapeId: string) => `/maps/${view}.svg#${shapeId}`;
  return (
    <div className={`map${compact ? " map-compact" : ""}`} data-map={id}>
      <div className="map-frame">
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          width="100%"
          role="group"
          aria-label={title}
          className="map-svg"
        >
          <defs>
            <pattern
              id={`${id}-hatch`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line className="map-hatch-line" x1="0" y1="0" x2="0" y2="6" strokeWidth="1" strokeOpacity=".45" />
            </pattern>
          </defs>
          <use href={ref("lines-context")} className="map-context" strokeWidth=".6" aria-hidden="true" />
          {geometry.shapes.map((shape) => {
            const unitValue = values[shape.id];
            const count = unitValue?.count ?? 0;
            const label = `${shape.name}${shape.exFata ? " (former FATA)" : ""}: ${count} ${unitNoun}${count === 1 ? "" : "s"}${unitValue?.detail ? `; ${unitValue.detail}` : ""}`;
            const unit = (
              <use
                href={ref(shape.id)}
                strokeWidth=".5"
                className={`map-unit ${rampClass(count, scale)}${shape.id === selectedId ? " selected" : ""}`}
                data-unit={shape.id}
                data-count={count}
                data-label={label}
              >
                <title>{label}</title>
              </use>
            );
            return count > 0 && hrefFor ? (
              <a key={shape.id} href={hrefFor(shape.id)} aria-label={label} data-unit-link={shape.id}>
                {unit}
              </a>
            ) : (
              <g key={shape.id} aria-hidden="true">
                {unit}
              </g>
            );
          })}
          {exFataIds.size > 0 &&
            geometry.shapes
              .filter((shape) => shape.exFata)
              .map((shape) => (
                <use
                  key={`h-${shape.id}`}
                  href={ref(shape.id)}
                  fill={`url(#${id}-hatch)`}
                  stroke="none"
                  pointerEvents="none"
                  aria-hidden="true"
                />
              ))}
          <use
            href={ref("lines-provinces")}
            className="map-provinces"
            fill="none"
            strokeWidth="1.2"
            pointerEvents="none"
            aria-hidden="true"
          />
          <use
            href={ref("lines-countries")}
            className="map-countries"
            fill="none"
            strokeWidth="1.6"
            pointerEvents="none"
            aria-hidden="true"
          />
          {points.map((point) => {
            const xy = geometry.project([point.lon, point.lat]);
            return (
              xy && (
                <a key={point.id} href={point.href} aria-label={point.label}>
                  <circle
                    className="map-point"
                    cx={xy[0]}
                    cy={xy[1]}
                    r={4 + Math.sqrt(point.size)}
                    fillOpacity=".8"
                    strokeWidth="1"
                    data-point={point.id}
                  >
                    <title>{point.label}</title>
                  </circle>
                </a>
              )
            );
          })}
        </svg>
        <MapTooltip mapId={id} />
      </div>
      <div
        className="map-legend"
        aria-label={`Legend: ${unitNoun}s per ${view === "districts-PAK" ? "district" : "province"}`}
      >
        <span className="swatch ramp-none" /> 0
        {max > 0 &&
          scale.map((step, index) => (
            <span key={step.label} className="legend-item">
              <span className={`swatch ramp-${index}`} />
              {step.label}
            </span>
          ))}
        {exFataIds.size > 0 && (
          <span className="legend-item">
            <span className="swatch hatch" /> former tribal district (ex-FATA)
          </span>
        )}
      </div>
      <p className="map-credit small muted">
        {BOUNDARY_NOTE} {BOUNDARY_ATTRIBUTION}
      </p>
      {embed && <EmbedCode target={embed} />}
    </div>
  );
}
