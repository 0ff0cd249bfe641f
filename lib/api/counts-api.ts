// GET /api/v1/counts: period counts published by independent counters (PICSS, PIPS, CRSS), UN
// bodies and officials, one row per figure. A figure is its counter's claim: it keeps the counter,
// the counter's own word for what it counts, its qualifier, document and quote. Rows are never
// summed, across counters or within one; a restated figure is a new row pointing at the one it
// restates (revisesId), in one chain (chainId). These are not counts of the record's incidents.
import { countFiltersSchema } from "../counts/filters";
import { isoDay } from "../dates";
import { COUNT_CSV_COLUMNS, countRowFromFigure } from "./count-rows";
import { formatShape, metaOptionProblem, paginationShape, parseQuery, resolvePaging } from "./query";
import type { ApiReader } from "./reader";
import { citationLink, csvDownload, invalidParameter, jsonDownload, metaFor, type ApiContext } from "./responses";

// The filters are the data layer's own schema (one whitelist for both); the API adds paging and format.
export const countsQuerySchema = countFiltersSchema.safeExtend({ ...paginationShape, ...formatShape });

/** What the rows are, said in every JSON answer (meta.counts) and in the CSV's # lines. */
export const COUNTS_ABOUT =
  "Figures published by independent counters and others (research institutes, UN bodies, officials), each as its counter published it, with its document and verbatim quote; never summed across counters. " +
  "Each counter's term says what it counts and definitions differ: one counter's militant attacks are not another's terrorist attacks. " +
  "These are not counts of the incidents in this record (for those see /api/v1/incidents).";

export const VERSIONS_NOTE = {
  latest:
    "Each figure's current version only: a figure its counter later restated is replaced by the restatement (versions=all shows both).",
  all: "Every version: a figure its counter later restated has revised=true, and the restatement points at it with revisesId (same chainId).",
} as const;

export async function countsResponse(reader: ApiReader, url: string | URL, ctx: ApiContext): Promise<Response> {
  const u = new URL(url);
  const q = parseQuery(u.searchParams, countsQuerySchema);
  if (!q.ok) return invalidParameter(q.problem);
  const metaProblem = metaOptionProblem(q.value);
  if (metaProblem) return invalidParameter(metaProblem);
  const { format, meta: metaOption, page: _p, pageSize: _s, ...filters } = q.value;
  // The whole table is a few hundred figures: one read, paged here (as the claims are).
  const all = (await reader.periodCounts(filters)).map(countRowFromFigure);
  const paging = resolvePaging(q.value);
  const rows =
    paging.pageSize === "all" ? all : all.slice((paging.page - 1) * paging.pageSize, paging.page * paging.pageSize);
  const meta = metaFor(u, ctx, { filters, total: all.length, ...paging });
  if (format === "csv") {
    return csvDownload(u, ctx, meta, {
      endpoint: "counts",
      columns: COUNT_CSV_COLUMNS,
      rows,
      comments: metaOption === "comments",
      notes: [
        `Each row is one counter's published figure, in its own terms (column term), with its qualifier, document and quote. ${COUNTS_ABOUT}`,
        `Versions: ${filters.versions}. ${VERSIONS_NOTE[filters.versions]}`,
      ],
    });
  }
  return jsonDownload(
    {
      meta: {
        ...meta,
        counts: COUNTS_ABOUT,
        versions: { shown: filters.versions, note: VERSIONS_NOTE[filters.versions] },
      },
      data: rows,
    },
    `frontier-monitor-counts-${isoDay(ctx.now)}`,
    citationLink(u, ctx),
  );
}
