// Full-text search over the public record: one list of hits of every kind, best match first.
// Takes the client (or a transaction), so the page (through lib/search/data.ts), the API and the
// tests against each database run the same code. Only what the public pages show is ever found
// (public-records.ts says what is public for each kind); a draft's words are never matched,
// counted or excerpted.
import type { DbTx } from "../db/create-client";
import { ceasefireDetails, eventDetails, statementDetails, trackDetails } from "./mediation-details";
import { actorDetails, claimDetails, documentDetails, incidentDetails, placeDetails } from "./search-details";
import {
  actorHit,
  ceasefireHit,
  claimHit,
  documentHit,
  eventHit,
  incidentHit,
  placeHit,
  statementHit,
  trackHit,
  type SearchHit,
} from "./search-hits";
import { SEARCH_KINDS, SEARCH_PAGE_SIZE, type SearchKind, type SearchQuery } from "./search-query";
import { hitPageSql, type HitRow } from "./search-sql";

export type SearchResult = {
  /** The text searched for, as typed (trimmed). */
  text: string;
  /** The tsquery it became (words, spellings and operators): says what was searched. */
  tsquery: string;
  kinds: SearchKind[];
  /** Hits of the kinds asked for (every kind when none was). */
  total: number;
  /** Hits of every kind, whatever was asked for, so a filter can say what each kind holds. */
  counts: Record<SearchKind, number>;
  page: number;
  pageSize: number;
  pageCount: number;
  hits: SearchHit[];
};

type Builder = (db: DbTx, ids: string[], query: SearchQuery) => Promise<{ id: string }[]>;
type Shaper = (row: never, shared: Pick<SearchHit, "rank" | "date">) => SearchHit;

// Per table: read the page's rows, and shape each into a hit.
const TABLES: Record<string, { read: Builder; shape: Shaper }> = {
  Incident: { read: (db, ids, q) => incidentDetails(db, ids, q.q.tsquery, q.q.anyTsquery), shape: incidentHit },
  Claim: { read: (db, ids, q) => claimDetails(db, ids, q.q.tsquery), shape: claimHit },
  Document: { read: (db, ids, q) => documentDetails(db, ids, q.q.tsquery), shape: documentHit },
  Actor: { read: (db, ids, q) => actorDetails(db, ids, q.q.tsquery), shape: actorHit },
  Place: { read: (db, ids, q) => placeDetails(db, ids, q.q.tsquery), shape: placeHit },
  MediationTrack: { read: (db, ids, q) => trackDetails(db, ids, q.q.tsquery), shape: trackHit },
  MediationEvent: { read: (db, ids, q) => eventDetails(db, ids, q.q.tsquery), shape: eventHit },
  Statement: { read: (db, ids, q) => statementDetails(db, ids, q.q.tsquery), shape: statementHit },
  Ceasefire: { read: (db, ids, q) => ceasefireDetails(db, ids, q.q.tsquery), shape: ceasefireHit },
};

export async function searchRecord(db: DbTx, query: SearchQuery): Promise<SearchResult> {
  const { q, kind: kinds, page } = query;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const [row] = await db.$queryRaw<{ counts: Partial<Record<SearchKind, number>>; page: HitRow[] }[]>(
    hitPageSql(q, kinds, SEARCH_PAGE_SIZE, offset),
  );
  const counts = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, row?.counts[kind] ?? 0])) as Record<
    SearchKind,
    number
  >;
  const selected: readonly SearchKind[] = kinds.length ? kinds : SEARCH_KINDS;
  const total = selected.reduce((sum, kind) => sum + counts[kind], 0);
  const pageRows = row?.page ?? [];

  // The page's details, one query per table present on it, in parallel.
  const tables = [...new Set(pageRows.map((hit) => hit.table))];
  const details = await Promise.all(
    tables.map(async (table) => {
      const ids = pageRows.filter((hit) => hit.table === table).map((hit) => hit.id);
      const rows = await TABLES[table]!.read(db, ids, query);
      return rows.map((r) => [`${table}:${r.id}`, { table, row: r }] as const);
    }),
  );
  const byKey = new Map(details.flat());
  const hits = pageRows.flatMap((hit) => {
    const found = byKey.get(`${hit.table}:${hit.id}`);
    // A record unpublished between the two queries is left out rather than shown half-known.
    if (!found) return [];
    return [TABLES[hit.table]!.shape(found.row as never, { rank: hit.rank, date: hit.on })];
  });

  return {
    text: q.text,
    tsquery: q.tsquery,
    kinds,
    total,
    counts,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    hits,
  };
}
