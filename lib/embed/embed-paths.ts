// The embeds (app/embed/*): which page's figure each one shows, where it lives, and how tall its
// frame is. Both directions live here, as in lib/view-paths.ts: a page asks for the embed of its
// chart (the "Embed" control, components/embed/embed-code.tsx), and the oEmbed endpoint asks which
// embed a page address stands for (lib/embed/oembed.ts). Pure: no database, no environment.
import { readScope } from "../claims/search-params";
import { attackViewQuery, readAttackView, type AttackView, type SearchParams } from "../incidents/search-params";
import {
  DEFAULT_HOME_DAYS,
  HOME_PERIODS,
  attackParamsFromSegment,
  canonicalAttackQuery,
  decodedSegment,
} from "../view-paths";

export type EmbedKind = "national" | "attacks" | "map" | "casualties" | "mediation";

/** An embed as a page offers it: its path, the height its frame needs, its title, and the full page. */
export type EmbedTarget = {
  kind: EmbedKind;
  /** Path on this site, e.g. /embed/national. */
  path: string;
  /** Frame height in CSS pixels: the whole embed without a scroll bar from a phone's width up. */
  height: number;
  /** The height that suffices from WIDE_FRAME px up (oEmbed consumers that say their width). */
  wideHeight: number;
  title: string;
  /** The full page the embed links back to (path and query). */
  page: string;
};

/** From this frame width up an embed needs only its `wideHeight`. */
export const WIDE_FRAME = 640;

// Measured in Chromium on the seeded record, data tables closed, rounded up with room for a few
// more rows: `phone` is the tallest from 390 px wide up (a 320 px frame may scroll a little),
// `wide` the tallest from 640 px up (the content stops widening at 44rem, app/styles/embed.css).
export const EMBED_HEIGHTS: Record<EmbedKind, { phone: number; wide: number }> = {
  national: { phone: 820, wide: 740 },
  attacks: { phone: 680, wide: 640 },
  map: { phone: 1020, wide: 860 },
  casualties: { phone: 1320, wide: 940 },
  mediation: { phone: 1480, wide: 1240 },
};

const heights = (kind: EmbedKind) => ({
  height: EMBED_HEIGHTS[kind].phone,
  wideHeight: EMBED_HEIGHTS[kind].wide,
});

const TITLES = {
  national: "Militant attacks in Pakistan per month, as independent counters count them",
  map: "Where the record's incidents happened, by district",
  mediation: "Mediation tracks and ceasefires: status as of the latest report",
} as const;

// The attacks view's parameters an embed keeps: the chart's filters, period length and stacking;
// the map's filters only. Sorting, paging and the map layer belong to the page, not the figure.
const PAGE_ONLY = { sort: undefined, page: undefined, layer: undefined };
const CHART_ONLY = { by: undefined, stack: undefined };

/** An attacks view as the embed of `kind` keeps it: valid values only, in one canonical order
 *  (attackViewQuery's), without "?". Invalid values are dropped, as the page itself drops them. */
export function embedViewQuery(kind: "attacks" | "map", params: SearchParams): string {
  const view = readAttackView(params);
  return attackViewQuery(view, kind === "map" ? { ...PAGE_ONLY, ...CHART_ONLY } : PAGE_ONLY).slice(1);
}

/** A read attacks view as parameters again, for attacksEmbed / mapEmbed on the /attacks page. */
export const paramsOfView = (view: AttackView): SearchParams =>
  Object.fromEntries(new URLSearchParams(attackViewQuery(view)));

/** An embed route's query segment back as parameters, or null when it is not the canonical form
 *  (the route then answers 404: one cache entry per view, none for junk). */
export function embedViewParams(kind: "attacks" | "map", segment: string): SearchParams | null {
  if (!decodes(segment)) return null;
  const query = decodedSegment(segment);
  const params = Object.fromEntries(new URLSearchParams(query));
  return query !== "" && embedViewQuery(kind, params) === query ? params : null;
}

export const nationalEmbed = (): EmbedTarget => ({
  kind: "national",
  path: "/embed/national",
  ...heights("national"),
  title: TITLES.national,
  page: "/",
});

export const mediationEmbed = (): EmbedTarget => ({
  kind: "mediation",
  path: "/embed/mediation",
  ...heights("mediation"),
  title: TITLES.mediation,
  page: "/mediation",
});

/** The incidents-per-period chart of an attacks view (the whole record without filters). */
export function attacksEmbed(params: SearchParams = {}): EmbedTarget {
  const query = embedViewQuery("attacks", params);
  return {
    kind: "attacks",
    path: query ? `/embed/attacks/${encodeURIComponent(query)}` : "/embed/attacks",
    ...heights("attacks"),
    title: `Incidents in this record per ${readAttackView(params).granularity}`,
    page: `/attacks${query ? `?${query}` : ""}`,
  };
}

/** The district map of an attacks view's filters (the whole record without filters). */
export function mapEmbed(params: SearchParams = {}): EmbedTarget {
  const query = embedViewQuery("map", params);
  return {
    kind: "map",
    path: query ? `/embed/map/${encodeURIComponent(query)}` : "/embed/map",
    ...heights("map"),
    title: TITLES.map,
    page: `/attacks${query ? `?${query}` : ""}`,
  };
}

/** The claims ledger of one scope (episode:…, incident:…, month:YYYY-MM), named when known. */
export function casualtiesEmbed(scope: string, name?: string): EmbedTarget {
  return {
    kind: "casualties",
    path: `/embed/casualties/${encodeURIComponent(scope)}`,
    ...heights("casualties"),
    title: `Casualty claims${name ? `: ${name}` : ""}, each side's figures side by side`,
    page: `/casualties?scope=${encodeURIComponent(scope)}`,
  };
}

/** What an address on this site can be embedded as. `scope: null` is the casualties page's own
 *  default (its latest episode), which only the database can name. */
export type EmbedSpec =
  | { kind: "national" | "mediation" }
  | { kind: "attacks" | "map"; params: SearchParams }
  | { kind: "casualties"; scope: string | null };

const HOME_PATHS = new Set([
  "/",
  ...HOME_PERIODS.filter((period) => period.days !== DEFAULT_HOME_DAYS).map((period) => `/overview/${period.days}`),
]);
const VIEW_ROUTE = /^\/(attacks|casualties|embed\/attacks|embed\/map|embed\/casualties)\/([^/]+)$/;

/** Whether a path segment's percent-encoding is well formed (decodeURIComponent throws otherwise). */
function decodes(segment: string): boolean {
  try {
    decodedSegment(segment);
    return true;
  } catch {
    return false;
  }
}

/** A scope as a page or route names it, when it is one (whether it exists is the database's to say). */
export function scopeSpec(raw: string): { kind: "casualties"; scope: string } | null {
  if (!decodes(raw)) return null;
  const scope = decodedSegment(raw);
  return scope !== "" && readScope(scope, "").invalid === undefined ? { kind: "casualties", scope } : null;
}

/**
 * The embed a page or embed address stands for, or null when it has none. `pathname` is a parsed
 * URL's (already normalised: no "..", no backslashes). Only the public pages with a figure that
 * has an embed, the internal view routes that serve them (lib/view-paths.ts), and the embeds
 * themselves; an embed's own query string is ignored, as the embed route ignores it.
 */
export function embedSpecOf(pathname: string, params: URLSearchParams): EmbedSpec | null {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname;
  if (HOME_PATHS.has(path) || path === "/embed/national") return { kind: "national" };
  if (path === "/mediation" || path === "/embed/mediation") return { kind: "mediation" };
  if (path === "/attacks")
    return { kind: "attacks", params: Object.fromEntries(new URLSearchParams(canonicalAttackQuery(params))) };
  if (path === "/embed/attacks") return { kind: "attacks", params: {} };
  if (path === "/embed/map") return { kind: "map", params: {} };
  if (path === "/casualties") {
    const scope = params.get("scope");
    return scope ? scopeSpec(scope) : { kind: "casualties", scope: null };
  }
  const [, route, segment] = VIEW_ROUTE.exec(path) ?? [];
  if (!route || !segment || !decodes(segment)) return null;
  if (route === "attacks") return { kind: "attacks", params: attackParamsFromSegment(segment) };
  if (route === "casualties" || route === "embed/casualties") return scopeSpec(segment);
  const kind = route === "embed/map" ? "map" : "attacks";
  const viewParams = embedViewParams(kind, segment);
  return viewParams ? { kind, params: viewParams } : null;
}

/** The embed of a spec, with the casualties page's default scope filled in by the caller. */
export function embedTargetOf(spec: EmbedSpec, latestScope: string | null, scopeName?: string): EmbedTarget | null {
  switch (spec.kind) {
    case "national":
      return nationalEmbed();
    case "mediation":
      return mediationEmbed();
    case "attacks":
      return attacksEmbed(spec.params);
    case "map":
      return mapEmbed(spec.params);
    case "casualties": {
      const scope = spec.scope ?? latestScope;
      return scope ? casualtiesEmbed(scope, scopeName) : null;
    }
  }
}
