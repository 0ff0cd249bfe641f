// GET /api/v1/incidents and /api/v1/incidents/{id}: the record's incidents in Pakistan, as JSON or
// CSV. `total` counts incidents in this record, not attacks in Pakistan: meta says so and states
// the record's coverage, so a count for a period the record has not caught up with is not read as
// a count of that period.
// Perpetrators are listed per basis: a group's own claim of responsibility and someone else's
// attribution are different statements and stay separate, each with the party that made it.
import { z } from "zod";
import { coverageOf, coverageSentence, type RecordCoverage } from "../incidents/coverage-queries";
import { attackFiltersSchema, type AttackFilters } from "../incidents/filters";
import { INCIDENT_SORTS, type IncidentSort } from "../incidents/incident-queries";
import type { IncidentPageItem, PerpetratorEntry } from "./api-queries";
import { isoDay } from "../dates";
import type { CsvColumn } from "./csv";
import { formatShape, metaOptionProblem, paginationShape, parseQuery, resolvePaging, PAGE_SIZE_MAX } from "./query";
import type { ApiReader } from "./reader";
import {
  citationLink,
  csvDownload,
  fileSlug,
  invalidParameter,
  jsonDownload,
  metaFor,
  type ApiContext,
} from "./responses";

export const incidentsQuerySchema = attackFiltersSchema.safeExtend({
  sort: z.enum(INCIDENT_SORTS, { error: `must be one of ${INCIDENT_SORTS.join(", ")}` }).default("date-desc"),
  ...paginationShape,
  ...formatShape,
});

export type IncidentRow = {
  id: string;
  date: string;
  datePrecision: string;
  provinceId: string | null;
  province: string | null;
  districtId: string | null;
  district: string | null;
  exFata: boolean;
  type: string;
  target: string;
  status: string;
  title: string;
  perpetrators: PerpetratorEntry[];
  sourceCount: number;
  url: string;
};

export const incidentPageUrl = (siteUrl: string, id: string): string =>
  `${siteUrl.replace(/\/+$/, "")}/incidents/${encodeURIComponent(id)}`;

function toRow(i: IncidentPageItem, siteUrl: string): IncidentRow {
  return {
    id: i.id,
    date: i.occurredOn,
    datePrecision: i.datePrecision,
    provinceId: i.provinceId,
    province: i.provinceName,
    districtId: i.districtId,
    district: i.districtName,
    exFata: i.exFata,
    type: i.type,
    target: i.targetType,
    status: i.status,
    title: i.title,
    perpetrators: i.perpetrators,
    sourceCount: i.sourceCount,
    url: incidentPageUrl(siteUrl, i.id),
  };
}

/** "TTP (claimed responsibility); Pakistan Armed Forces (attributed by UNAMA)": one cell, basis and party kept. */
export const perpetratorsCell = (ps: PerpetratorEntry[]): string =>
  ps
    .map((p) => {
      if (p.basis === "ATTRIBUTED") return `${p.actor} (attributed by ${p.by})`;
      return p.byId === p.actorId
        ? `${p.actor} (claimed responsibility)`
        : `${p.actor} (claimed, as reported by ${p.by})`;
    })
    .join("; ");

// CSV column names are snake_case (what R, pandas and SQL users type); JSON keeps camelCase.
export const INCIDENT_CSV_COLUMNS: CsvColumn<IncidentRow>[] = [
  { header: "id", type: "text", value: (r) => r.id },
  { header: "date", type: "date", value: (r) => r.date },
  { header: "date_precision", type: "code", value: (r) => r.datePrecision },
  { header: "province_id", type: "code", value: (r) => r.provinceId },
  { header: "province", type: "text", value: (r) => r.province },
  { header: "district_id", type: "text", value: (r) => r.districtId },
  { header: "district", type: "text", value: (r) => r.district },
  { header: "ex_fata", type: "boolean", value: (r) => r.exFata },
  { header: "type", type: "code", value: (r) => r.type },
  { header: "target", type: "code", value: (r) => r.target },
  { header: "status", type: "code", value: (r) => r.status },
  { header: "title", type: "text", value: (r) => r.title },
  { header: "perpetrators", type: "text", value: (r) => perpetratorsCell(r.perpetrators) },
  { header: "source_count", type: "integer", value: (r) => r.sourceCount },
  { header: "url", type: "url", value: (r) => r.url },
];

// A whole-selection CSV is read in pages of the largest API page size, up to this many rows; a
// cut-off shows as X-Total-Count above the row count (and in the # lines with meta=comments).
export const CSV_MAX_ROWS = 10_000;

/** What `total` counts, in every answer of the endpoint (meta.counts). */
export const INCIDENTS_COUNT =
  "Incidents in this record: published incidents in Pakistan, each cited to its sources. Not a national count of attacks; independent counters' national figures are at /api/v1/counts.";

/**
 * meta.coverage: the record's reach, and whether the period asked for (`to`, or the request's day
 * when none is given) runs past its latest incident, where a count of 0 means "not recorded yet".
 */
export function coverageMeta(coverage: RecordCoverage, to: string) {
  const { notCaughtUp, latestIncidentOn } = coverageOf(coverage, undefined, to);
  const caveat = notCaughtUp
    ? ` The record's latest incident is dated ${latestIncidentOn}; it has not caught up with the period to ${to}.`
    : "";
  return { ...coverage, periodTo: to, notCaughtUp, note: `${coverageSentence(coverage)}${caveat}` };
}

async function readAll(reader: ApiReader, f: AttackFilters, sort: IncidentSort) {
  const items: IncidentPageItem[] = [];
  let total = 0;
  for (let page = 1; items.length < CSV_MAX_ROWS; page++) {
    const got = await reader.incidentPage(f, sort, page, PAGE_SIZE_MAX);
    total = got.total;
    items.push(...got.items);
    if (got.items.length < PAGE_SIZE_MAX || items.length >= total) break;
  }
  return { items: items.slice(0, CSV_MAX_ROWS), total };
}

export async function incidentsResponse(reader: ApiReader, url: string | URL, ctx: ApiContext): Promise<Response> {
  const u = new URL(url);
  const q = parseQuery(u.searchParams, incidentsQuerySchema);
  if (!q.ok) return invalidParameter(q.problem);
  const metaProblem = metaOptionProblem(q.value);
  if (metaProblem) return invalidParameter(metaProblem);
  const { sort, format, meta: metaOption, page: _p, pageSize: _s, ...filters } = q.value;
  const paging = resolvePaging(q.value);
  const [{ items, total }, coverage] = await Promise.all([
    paging.pageSize === "all"
      ? readAll(reader, filters, sort)
      : reader.incidentPage(filters, sort, paging.page, paging.pageSize),
    reader.coverage(),
  ]);
  const rows = items.map((i) => toRow(i, ctx.siteUrl));
  const meta = metaFor(u, ctx, { filters: { ...filters, sort }, total, ...paging });
  const reach = coverageMeta(coverage, filters.to ?? isoDay(ctx.now));
  if (format === "csv") {
    const notes = [
      `Rows are ${INCIDENTS_COUNT.charAt(0).toLowerCase()}${INCIDENTS_COUNT.slice(1)}`,
      reach.note,
      ...(rows.length < total && paging.pageSize === "all"
        ? [`Cut off at ${CSV_MAX_ROWS} rows: narrow the filters or page with page/pageSize.`]
        : []),
    ];
    return csvDownload(u, ctx, meta, {
      endpoint: "incidents",
      columns: INCIDENT_CSV_COLUMNS,
      rows,
      comments: metaOption === "comments",
      notes,
    });
  }
  const filename = `frontier-monitor-incidents-${fileSlug(filters.from ?? "start")}-${fileSlug(filters.to ?? isoDay(ctx.now))}`;
  return jsonDownload(
    { meta: { ...meta, counts: INCIDENTS_COUNT, coverage: reach }, data: rows },
    filename,
    citationLink(u, ctx),
  );
}
