// GET /api/v1/search: full-text search over the public record, one list of hits of every kind,
// best match first, 20 a page. The query string is read by the search's own schema
// (lib/search/search-query.ts), the same one the /search page reads; an invalid parameter is a
// 400 naming it, with every problem zod found in `issues`.
import {
  SEARCH_KINDS,
  SEARCH_MAX_PAGE,
  SEARCH_MAX_WORDS,
  SEARCH_PAGE_SIZE,
  SEARCH_TEXT_MAX,
  SEARCH_TEXT_MIN,
  searchQuerySchema,
  type SearchQuery,
} from "../search/search-query";
import type { SearchResult } from "../search/search-queries";
import type { SearchHit } from "../search/search-hits";
import { plainText, snippetHtml } from "../search/snippet";
import type { EndpointDoc } from "./endpoint-doc";
import { parseQuery, type QueryProblem } from "./query";
import { CACHE_NONE, citationLink, jsonDownload, metaFor, type ApiContext } from "./responses";

/** What `total` counts, in every answer (meta.counts says it per kind). */
export const SEARCH_TOTAL =
  "Published records in this record matching every word or phrase searched for (a word matches any of its " +
  "spelling variants), of the kinds asked for.";

export type SearchRow = Omit<SearchHit, "href" | "snippet"> & {
  /** The record's public page and anchor, on the site. */
  path: string;
  url: string;
  snippet: { source: string; quoteKind: string | null; text: string; html: string } | null;
};

export function searchRow(hit: SearchHit, siteUrl: string): SearchRow {
  const { href, snippet, ...rest } = hit;
  return {
    ...rest,
    path: href,
    url: `${siteUrl.replace(/\/+$/, "")}${href}`,
    snippet: snippet && {
      source: snippet.source,
      quoteKind: snippet.quoteKind,
      text: plainText(snippet.parts),
      html: snippetHtml(snippet.parts),
    },
  };
}

type Issue = { parameter: string; message: string };

/** Every problem zod finds in the query string, beside the first one named in `parameter`. */
function issuesOf(params: URLSearchParams): Issue[] {
  const input: Record<string, string | string[]> = {};
  for (const key of ["q", "page"]) {
    const value = params.get(key);
    if (value) input[key] = value;
  }
  const kinds = params.getAll("kind").filter(Boolean);
  if (kinds.length) input.kind = kinds;
  const result = searchQuerySchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ parameter: String(issue.path[0] ?? "query"), message: issue.message }));
}

function invalidSearch(problem: QueryProblem, issues: Issue[]): Response {
  const all = issues.some((i) => i.parameter === problem.parameter && i.message === problem.message)
    ? issues
    : [problem, ...issues];
  return Response.json(
    { error: "invalid_parameter", parameter: problem.parameter, message: problem.message, issues: all },
    {
      status: 400,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE_NONE },
    },
  );
}

export async function searchResponse(
  search: (query: SearchQuery) => Promise<SearchResult>,
  url: string | URL,
  ctx: ApiContext,
): Promise<Response> {
  const u = new URL(url);
  const q = parseQuery(u.searchParams, searchQuerySchema, { lists: ["kind"] });
  if (!q.ok) return invalidSearch(q.problem, issuesOf(u.searchParams));
  const result = await search(q.value);
  const meta = metaFor(u, ctx, {
    filters: { q: result.text, kind: result.kinds.length ? result.kinds : [...SEARCH_KINDS] },
    total: result.total,
    page: result.page,
    pageSize: SEARCH_PAGE_SIZE,
  });
  return jsonDownload(
    {
      meta: {
        ...meta,
        searched: result.tsquery,
        counts: result.counts,
        pageCount: result.pageCount,
        totalMeans: SEARCH_TOTAL,
      },
      data: result.hits.map((hit) => searchRow(hit, ctx.siteUrl)),
    },
    "frontier-monitor-search",
    citationLink(u, ctx),
  );
}

/** The endpoint as GET /api/v1 and docs/api.md describe it (lib/api/api-index.ts). */
export const SEARCH_ENDPOINT: EndpointDoc = {
  method: "GET",
  path: "/api/v1/search",
  formats: ["json"],
  description:
    "Full-text search over the published record: incidents, claims, documents, actors, places, mediation tracks " +
    `and steps, statements and ceasefires, in one list, best match first, ${SEARCH_PAGE_SIZE} a page. A word also ` +
    "matches its listed spelling variants; an incident is also found by the names of its province, district, " +
    "places and perpetrators.",
  parameters: [
    {
      name: "q",
      description:
        `the words to search for, ${SEARCH_TEXT_MIN} to ${SEARCH_TEXT_MAX} characters, at most ${SEARCH_MAX_WORDS} ` +
        'words: every word must match; "a quoted phrase" matches those words in that order; case, accents, hyphens ' +
        "and apostrophes are ignored",
    },
    {
      name: "kind",
      description:
        `only hits of these kinds: ${SEARCH_KINDS.join(", ")}; ` +
        "repeat it or separate kinds with commas; default every kind",
    },
    { name: "page", description: `page number, 1 to ${SEARCH_MAX_PAGE}; default 1` },
  ],
  fields: [
    { name: "kind", description: `what the record is: ${SEARCH_KINDS.join(", ")}` },
    {
      name: "record",
      description:
        "the table it comes from: Incident, Claim, Document, Actor, Place, MediationTrack, " +
        "MediationEvent (a step of a track), Statement, Ceasefire",
    },
    { name: "id", description: "the record's id" },
    { name: "title", description: "its title, name, or for a claim the claimant, what is counted and the figure" },
    {
      name: "date",
      description: "YYYY-MM-DD: when it happened, was said or was published; null for actors and places",
    },
    { name: "rank", description: "how well it matches (PostgreSQL ts_rank), higher first; for ordering only" },
    { name: "context", description: "one line on where the record stands, or null" },
    { name: "path", description: "its public page and anchor on the site" },
    { name: "url", description: "the same as an absolute address" },
    {
      name: "snippet",
      description:
        "an excerpt with the matched words, or null: { source (the field: summary, title, location, quote, " +
        "citation, note, stated-by, aliases, description, venue, terms), quoteKind (VERBATIM or SUMMARY for a " +
        "quote or citation, else null), text, html (text HTML-escaped, matches in <mark>) }",
    },
    {
      name: "claim",
      description:
        "for a claim: { claimant, statedBy, subject, metric, valueLow, valueHigh, qualifier, stance, figure, " +
        "quoteKind }; the figure is the claimant's, with its qualifier; null for other kinds",
    },
  ],
};
