// oEmbed 1.0 (https://oembed.com) for the embeds: GET /api/oembed?url=<an address on this site>
// answers the <iframe> of the embed that address stands for (lib/embed/embed-paths.ts), and pages
// announce the endpoint with <link rel="alternate" type="application/json+oembed"> (oembedAlternates).
// Pure: the site's origin is passed in, the database is the route's (app/api/oembed/route.ts).
import { z } from "zod";
import { intParam } from "../api/query";
import { SITE_NAME } from "../site";
import { WIDE_FRAME, embedSpecOf, type EmbedSpec, type EmbedTarget } from "./embed-paths";

/** How long a consumer may keep an answer (seconds): the pages' own s-maxage. */
export const OEMBED_CACHE_AGE = 300;
/** The width an embed is laid out for when the consumer names no maximum; the frame is fluid anyway. */
export const OEMBED_DEFAULT_WIDTH = WIDE_FRAME;
const URL_MAX = 2048;

const OEMBED_TYPE = "application/json+oembed";

/** The endpoint's address for one page or embed address (absolute, on this site). */
export const oembedEndpoint = (site: string, pageUrl: string): string =>
  `${site}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;

/**
 * oEmbed discovery for a page's metadata: `alternates: { types: oembedAlternates(path, siteUrl()) }`
 * gives `<link rel="alternate" type="application/json+oembed" href="…">`. `path` is the page's path
 * with its query ("/", "/attacks?province=PK-KP", "/casualties?scope=…"); undefined when the page
 * has no embed, so spreading it into `types` adds nothing.
 */
export function oembedAlternates(path: string, site: string): { [OEMBED_TYPE]: string } | undefined {
  const url = new URL(path, `${site}/`);
  if (!embedSpecOf(url.pathname, url.searchParams)) return undefined;
  return { [OEMBED_TYPE]: oembedEndpoint(site, `${site}${url.pathname}${url.search}`) };
}

const escapeAttribute = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

/** The snippet a page pastes: fluid width, the embed's height, no border, lazily loaded. */
export function iframeCode(embed: { src: string; height: number; title: string }): string {
  return (
    `<iframe src="${escapeAttribute(embed.src)}" width="100%" height="${embed.height}" style="border:0" ` +
    `title="${escapeAttribute(embed.title)}" loading="lazy"></iframe>`
  );
}

/** The iframe's accessible name: the embed's title and who made it. */
export const frameTitle = (target: EmbedTarget) => `${target.title} (${SITE_NAME})`;

const firstValue = (params: URLSearchParams, key: string) => params.get(key) || undefined;

// Unknown parameters are ignored, not refused: consumers add their own (WordPress sends `dnt`,
// others `lang` or `theme`), and the answer does not depend on them.
const oembedQuerySchema = z.object({
  url: z.string({ error: "is required: the address of a page or embed on this site" }).max(URL_MAX, {
    error: `must be at most ${URL_MAX} characters`,
  }),
  format: z.string().max(16).default("json"),
  maxwidth: intParam(1, 10_000).optional(),
  maxheight: intParam(1, 10_000).optional(),
});

export type OembedQuery = { url: string; maxwidth?: number; maxheight?: number };
export type OembedQueryResult =
  { ok: true; value: OembedQuery } | { ok: false; status: 400 | 501; parameter: string; message: string };

/** The query string, read with zod; a format other than json is 501 Not Implemented (oEmbed §2.3.4). */
export function readOembedQuery(params: URLSearchParams): OembedQueryResult {
  const keys = ["url", "format", "maxwidth", "maxheight"] as const;
  const parsed = oembedQuerySchema.safeParse(Object.fromEntries(keys.map((key) => [key, firstValue(params, key)])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, status: 400, parameter: String(issue.path[0] ?? "query"), message: issue.message };
  }
  const { format, ...value } = parsed.data;
  if (format !== "json") return { ok: false, status: 501, parameter: "format", message: "only json is served" };
  return { ok: true, value };
}

/**
 * An address on this site, or null: http or https, the site's own host and port, no user name or
 * password. Parsed by the WHATWG URL parser, so "..", backslashes and percent-encoded dots are
 * resolved before the path is looked at, and "https://site@evil.example" names evil.example.
 */
export function siteAddress(raw: string, site: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const own = new URL(site);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || url.host !== own.host) return null;
  return url;
}

/** The embed an oEmbed `url` names, or null when it is on another host or has none. */
export function oembedSpecOf(raw: string, site: string): EmbedSpec | null {
  const url = siteAddress(raw, site);
  return url ? embedSpecOf(url.pathname, url.searchParams) : null;
}

export type OembedResponse = {
  version: "1.0";
  type: "rich";
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
};

/** The answer for one embed, within the consumer's maxwidth / maxheight when given: a frame as
 *  wide as WIDE_FRAME needs less height than a phone's (text wraps less). */
export function oembedResponse(target: EmbedTarget, site: string, query: OembedQuery): OembedResponse {
  const width = Math.min(query.maxwidth ?? OEMBED_DEFAULT_WIDTH, OEMBED_DEFAULT_WIDTH);
  const needed = width >= WIDE_FRAME ? target.wideHeight : target.height;
  const height = Math.min(query.maxheight ?? needed, needed);
  return {
    version: "1.0",
    type: "rich",
    provider_name: SITE_NAME,
    provider_url: `${site}/`,
    title: target.title,
    html: iframeCode({ src: `${site}${target.path}`, height, title: frameTitle(target) }),
    width,
    height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
