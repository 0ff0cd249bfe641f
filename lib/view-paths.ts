// Pages whose view is chosen in the query string (/?days=, /attacks?…, /casualties?scope=) are
// cached per view: the proxy rewrites such a request to a path that holds the view in a route
// parameter (/overview/90, /attacks/<query>, /casualties/<scope>), because a page that reads
// searchParams renders for every request while a page keyed by its params is prerendered or
// rendered once and kept until a write expires it (docs/caching.md). The reader keeps the URL
// they asked for. Both directions live here, so the proxy and the pages agree on the encoding.
import { ATTACK_VIEW_KEYS, type SearchParams } from "./incidents/search-params";

/** The home page's periods (?days=…); the default is the page at "/" itself. */
export const HOME_PERIODS = [
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "12 months" },
] as const;
export const DEFAULT_HOME_DAYS = 365;

/**
 * The attacks view's parameters in one canonical order, first value of each, empty and unknown
 * ones left out: `?to=…&from=…` and `?from=…&to=…&utm_source=x` are one view and one cache entry.
 * Values are kept as written (an invalid one is shown as ignored by the page, as before).
 */
export function canonicalAttackQuery(params: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const key of ATTACK_VIEW_KEYS) {
    const value = params.get(key);
    if (value) canonical.set(key, value);
  }
  return canonical.toString();
}

/** The attacks page's query back from its route parameter (Next hands it over decoded or not). */
export function attackParamsFromSegment(segment: string): SearchParams {
  return Object.fromEntries(new URLSearchParams(canonicalAttackQuery(new URLSearchParams(decodedSegment(segment)))));
}

/** The internal path that serves a public URL's view, or null when the page at the URL serves it. */
export function cachedViewPath(pathname: string, params: URLSearchParams): string | null {
  if (pathname === "/") {
    const days = Number(params.get("days"));
    const period = HOME_PERIODS.find((candidate) => candidate.days === days);
    return period && period.days !== DEFAULT_HOME_DAYS ? `/overview/${period.days}` : null;
  }
  if (pathname === "/attacks") {
    const query = canonicalAttackQuery(params);
    return query ? `/attacks/${encodeURIComponent(query)}` : null;
  }
  if (pathname === "/casualties") {
    const scope = params.get("scope");
    return scope ? `/casualties/${encodeURIComponent(scope)}` : null;
  }
  return null;
}

/** A route parameter as the page should read it (Next may hand it over still percent-encoded). */
export const decodedSegment = (segment: string): string =>
  segment.includes("%") ? decodeURIComponent(segment) : segment;
