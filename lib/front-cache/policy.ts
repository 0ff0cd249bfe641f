// What the front cache (server.ts) may keep, decided from the request and the response alone,
// the way a shared cache (a CDN) decides: only what Next marks for shared caches (s-maxage),
// never what is private, sets a cookie, varies on more than Next's own headers, or is asked for
// by Next's client router (RSC payloads vary on request headers; they go to Next every time).
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/** Request headers that change what Next answers: a request carrying one is never served from the cache. */
const VARYING_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "authorization",
];
/** Next's own Vary list; any other Vary (Cookie, *) makes a response unfit for one shared copy. */
const KNOWN_VARY = new Set([...VARYING_REQUEST_HEADERS, "accept-encoding"]);
/** The areas that are per user whatever their headers say. */
const PRIVATE_PATHS = /^\/(admin|api\/admin|api\/cron|api\/auth)(\/|$|\?)/;
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/** The cache key of a request, or null when it must go to Next (and its answer must not be kept). */
export function cacheKeyOf(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders) {
  if (method !== "GET" || !url || !url.startsWith("/") || PRIVATE_PATHS.test(url)) return null;
  if (VARYING_REQUEST_HEADERS.some((name) => headers[name] !== undefined)) return null;
  return `${headers.host ?? ""} ${url}`;
}

export type Freshness = { freshMs: number; staleMs: number };

/** How long a shared cache may keep the response, from its status and headers; null: not at all. */
export function freshnessOf(status: number, headers: IncomingHttpHeaders): Freshness | null {
  if (status !== 200 && status !== 404) return null;
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return null;
  const vary = String(headers.vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (vary.some((name) => !KNOWN_VARY.has(name))) return null;
  const directives = new Map<string, number | true>();
  for (const part of String(headers["cache-control"] ?? "").split(",")) {
    const [name, value] = part.trim().toLowerCase().split("=");
    if (name) directives.set(name, value === undefined ? true : Number(value));
  }
  if (["private", "no-store", "no-cache"].some((name) => directives.has(name))) return null;
  const shared = directives.get("s-maxage") ?? (directives.has("public") ? directives.get("max-age") : undefined);
  if (typeof shared !== "number" || !(shared > 0)) return null;
  const stale = directives.get("stale-while-revalidate");
  return { freshMs: shared * 1000, staleMs: typeof stale === "number" && stale > 0 ? stale * 1000 : 0 };
}

/** Response headers to pass on (hop-by-hop ones dropped; a stored body also gets its own length). */
export function forwardedHeaders(headers: IncomingHttpHeaders, stored: boolean): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    if (stored && (name === "content-length" || name === "date")) continue;
    out[name] = value;
  }
  return out;
}

/** Worth gzipping for a client that accepts it (text, JSON, SVG, XML; not images or fonts). */
export const isCompressible = (contentType: string | undefined): boolean =>
  /^(text\/|application\/(json|javascript|xml|atom\+xml|feed\+json|rss\+xml|manifest\+json)|image\/svg\+xml)/.test(
    contentType ?? "",
  );

export const acceptsGzip = (headers: IncomingHttpHeaders): boolean =>
  /\bgzip\b/.test(String(headers["accept-encoding"] ?? ""));
