// Every response the API sends goes through here, so the headers are the same everywhere:
// successful reads may be cached by a CDN for 5 minutes and served stale for an hour while it
// revalidates; problems are never cached (a 400 must not outlive the fix, a 404 must not outlive
// the publication of the record).
import { isoDay } from "../dates";
import { citationFor, citedUrl, LICENCE, LICENCE_URL } from "./citation";
import { toCsv, type CsvColumn } from "./csv";
import type { QueryProblem } from "./query";

export const CACHE_OK = "public, s-maxage=300, stale-while-revalidate=3600";
export const CACHE_NONE = "no-store";

/** What a handler needs besides the data: the public origin for citations and "now". */
export type ApiContext = { siteUrl: string; now: Date };

export function problem(
  status: 400 | 404 | 500,
  body: { error: string; parameter?: string; message: string },
): Response {
  return Response.json(body, {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE_NONE },
  });
}

/** 400 naming the parameter: `{ error: "invalid_parameter", parameter: "from", message: "…" }`. */
export const invalidParameter = (p: QueryProblem): Response =>
  problem(400, { error: "invalid_parameter", parameter: p.parameter, message: p.message });

export const notFound = (parameter: string, id: string, what: string): Response =>
  problem(404, { error: "not_found", parameter, message: `no published ${what} with id "${id}"` });

/** A failure of ours, not the caller's: said plainly, never with a stack trace. */
export const internalError = (): Response =>
  problem(500, { error: "internal_error", message: "the server could not read the record; try again later" });

export type Meta = {
  citation: string;
  licence: string;
  generatedAt: string;
  filters: Record<string, unknown>;
  total: number;
  page: number;
  pageSize: number | "all";
};

export function metaFor(url: URL, ctx: ApiContext, rest: Omit<Meta, "citation" | "licence" | "generatedAt">): Meta {
  return {
    citation: citationFor(ctx.siteUrl, url.pathname, url.search, ctx.now),
    licence: LICENCE,
    generatedAt: ctx.now.toISOString(),
    ...rest,
  };
}

/**
 * Where tools look for a citation and a licence (RFC 8574 cite-as, RFC 8288 license): the exact
 * view at the public origin, and CC BY 4.0. Sent with every JSON and CSV response.
 */
export function citationLink(url: URL, ctx: ApiContext): string {
  return `<${citedUrl(ctx.siteUrl, url.pathname, url.search)}>; rel="cite-as", <${LICENCE_URL}>; rel="license"`;
}

/** JSON is shown in the browser (inline) but saved under a meaningful name. */
export function jsonDownload(body: unknown, filename: string, link: string): Response {
  return Response.json(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}.json"`,
      "Cache-Control": CACHE_OK,
      Link: link,
    },
  });
}

export type CsvFile<T> = {
  /** The endpoint's last path segment; names the saved file. */
  endpoint: "incidents" | "claims" | "mediation" | "counts";
  columns: CsvColumn<T>[];
  rows: T[];
  /** `?meta=comments`: the citation, licence, filters and counts as `#` lines above the header. */
  comments: boolean;
  /** Further `#` lines, only written with `comments`. */
  notes?: string[];
};

/**
 * The header row is the file's first line unless `#` lines are asked for: pandas.read_csv(url),
 * R's read.csv and spreadsheets then read it with their defaults. What used to sit above the
 * header travels in the headers instead: Link (citation, licence), X-Total-Count (matching rows;
 * more than the file holds when paged or cut off) and a dated file name.
 */
export function csvDownload<T>(url: URL, ctx: ApiContext, meta: Meta, file: CsvFile<T>): Response {
  const body = toCsv(
    file.comments ? metaComments(meta, file.rows.length, file.notes ?? []) : [],
    file.columns,
    file.rows,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="frontier-monitor-${file.endpoint}-${isoDay(ctx.now)}.csv"`,
      "Cache-Control": CACHE_OK,
      Link: citationLink(url, ctx),
      "X-Total-Count": String(meta.total),
    },
  });
}

function metaComments(meta: Meta, rowCount: number, notes: string[]): string[] {
  const comments = [
    meta.citation,
    meta.licence,
    `Filters: ${describeFilters(meta.filters)}`,
    `Rows: ${rowCount} of ${meta.total} matching${meta.pageSize === "all" ? "" : ` (page ${meta.page}, pageSize ${meta.pageSize})`}. Generated ${meta.generatedAt}.`,
    ...notes,
  ];
  // Said inside the file, so whoever opens it later knows how many lines to skip to the header.
  const skip = comments.length + 1;
  comments.push(`${skip} comment lines precede the header row (pandas: skiprows=${skip}; R: read.csv(skip=${skip})).`);
  return comments;
}

export function describeFilters(filters: Record<string, unknown>): string {
  const parts = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `${k}=${String(v)}`);
  return parts.length ? parts.join("; ") : "none";
}

/** File names keep only safe characters: ids and dates are slugs already, this is a belt and braces. */
export const fileSlug = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, "-");
