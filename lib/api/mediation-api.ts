// GET /api/v1/mediation: every published mediation track (status now, mediators, parties, rounds,
// dated events each with its source and quote) and every ceasefire with how long it held and the
// sources for it. CSV gives the events, one per row: the history from which each status follows.
import { z } from "zod";
import type { TrackEvent, TrackSummary } from "../mediation/mediation-queries";
import { labelOf, MEDIATION_STATUS_LABELS } from "../vocabulary";
import { isoDay } from "../dates";
import type { CsvColumn } from "./csv";
import { formatShape, metaOptionProblem, parseQuery } from "./query";
import type { ApiReader } from "./reader";
import { citationLink, csvDownload, invalidParameter, jsonDownload, metaFor, type ApiContext } from "./responses";

// Two short lists: no pagination, so page/pageSize are refused like any unknown parameter.
export const mediationQuerySchema = z.object({ ...formatShape });

export type MediationEventRow = TrackEvent & { trackId: string; track: string };

// CSV column names are snake_case (what R, pandas and SQL users type); JSON keeps camelCase.
// event_id is the event's id in the JSON, so a row can be joined back to its track's record.
export const MEDIATION_EVENT_CSV_COLUMNS: CsvColumn<MediationEventRow>[] = [
  { header: "event_id", type: "text", value: (r) => r.id },
  { header: "track_id", type: "text", value: (r) => r.trackId },
  { header: "track", type: "text", value: (r) => r.track },
  { header: "date", type: "date", value: (r) => r.occurredOn },
  { header: "date_precision", type: "code", value: (r) => r.datePrecision },
  { header: "kind", type: "code", value: (r) => r.kind },
  { header: "round", type: "integer", value: (r) => r.round },
  { header: "title", type: "text", value: (r) => r.title },
  { header: "venue", type: "text", value: (r) => r.venue },
  { header: "status_after", type: "code", value: (r) => r.statusAfter },
  { header: "document_id", type: "text", value: (r) => r.documentId },
  { header: "document_title", type: "text", value: (r) => r.documentTitle },
  { header: "document_url", type: "url", value: (r) => r.documentUrl },
  { header: "quote", type: "text", value: (r) => r.quote },
];

const trackJson = (t: TrackSummary) => ({
  ...t,
  statusLabel: t.status ? labelOf(MEDIATION_STATUS_LABELS, t.status) : null,
});

export async function mediationResponse(reader: ApiReader, url: string | URL, ctx: ApiContext): Promise<Response> {
  const u = new URL(url);
  const q = parseQuery(u.searchParams, mediationQuerySchema);
  if (!q.ok) return invalidParameter(q.problem);
  const metaProblem = metaOptionProblem(q.value);
  if (metaProblem) return invalidParameter(metaProblem);
  // "Today" for ceasefires still in force is the UTC day of the request, stated in meta.asOf.
  const asOf = isoDay(ctx.now);
  const [tracks, ceasefires, citations] = await Promise.all([
    reader.tracks(),
    reader.ceasefires(asOf),
    reader.ceasefireCitations(),
  ]);
  const events: MediationEventRow[] = tracks
    .flatMap((t) => t.events.map((e) => ({ trackId: t.id, track: t.name, ...e })))
    .sort(
      (a, b) =>
        a.occurredOn.localeCompare(b.occurredOn) || a.trackId.localeCompare(b.trackId) || a.id.localeCompare(b.id),
    );
  if (q.value.format === "csv") {
    const meta = metaFor(u, ctx, { filters: {}, total: events.length, page: 1, pageSize: "all" });
    return csvDownload(u, ctx, meta, {
      endpoint: "mediation",
      columns: MEDIATION_EVENT_CSV_COLUMNS,
      rows: events,
      comments: q.value.meta === "comments",
      notes: [
        "One row per mediation event; a track's status now is the status_after of its latest event that set one. Ceasefires: JSON format.",
      ],
    });
  }
  const meta = {
    ...metaFor(u, ctx, { filters: {}, total: tracks.length, page: 1, pageSize: "all" }),
    asOf,
    totals: { tracks: tracks.length, events: events.length, ceasefires: ceasefires.length },
  };
  const data = {
    tracks: tracks.map(trackJson),
    ceasefires: ceasefires.map((c) => ({
      ...c,
      citations: citations.filter((x) => x.ceasefireId === c.id).map(({ ceasefireId: _c, ...x }) => x),
    })),
  };
  return jsonDownload({ meta, data }, `frontier-monitor-mediation-${asOf}`, citationLink(u, ctx));
}
