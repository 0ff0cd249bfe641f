// The SQL pieces of a search: the indexed expression of each table, what makes each kind of
// record public, and the one query that finds every matching record's kind, id, date and rank.
// Each tsvector below is written exactly as its GIN index is (prisma/migrations/
// 20261202140000_full_text_search): PostgreSQL uses an expression index only for the same
// expression, so an edit here must be an edit there, in a new migration.
import { Prisma } from "../db/generated/client";
import type { SearchKind } from "./search-query";
import { PUBLIC_ACTOR, PUBLIC_CLAIM, PUBLIC_DOCUMENT, PUBLIC_PLACE } from "./public-records";
import { HEADLINE_OPTIONS } from "./snippet";

/** The indexed document of each table, on the alias the queries give it. */
export const VECTOR = {
  incident: Prisma.raw(`to_tsvector('simple', fm_search_text(i."title", i."summary", i."locationText"))`),
  claim: Prisma.raw(`to_tsvector('simple', fm_search_text(c."quote", c."statedBy", c."note"))`),
  claimCitation: Prisma.raw(`to_tsvector('simple', fm_search_text(x."quote"))`),
  document: Prisma.raw(`to_tsvector('simple', fm_search_text(d."title", d."url", d."note"))`),
  actor: Prisma.raw(`to_tsvector('simple', fm_search_text(VARIADIC ARRAY[a."name", a."shortName"] || a."aliases"))`),
  place: Prisma.raw(`to_tsvector('simple', fm_search_text(VARIADIC ARRAY[p."name"] || p."aliases"))`),
  event: Prisma.raw(`to_tsvector('simple', fm_search_text(e."title", e."description", e."venue", e."quote"))`),
  track: Prisma.raw(`to_tsvector('simple', fm_search_text(t."name", t."summary"))`),
  statement: Prisma.raw(`to_tsvector('simple', fm_search_text(s."summary", s."quote", s."statedBy"))`),
  ceasefire: Prisma.raw(`to_tsvector('simple', fm_search_text(f."name", f."terms"))`),
};

/** A tsquery built by lib/search/search-query.ts (words and operators only), bound as a parameter. */
export const tsquery = (query: string) => Prisma.sql`to_tsquery('simple', ${query})`;

/** ts_headline of a column (an SQL expression of ours), our delimiter characters removed from it first. */
export const headline = (column: string, q: Prisma.Sql) =>
  Prisma.sql`ts_headline('simple', translate(${Prisma.raw(column)}, U&'\\E000\\E001', ''), ${q}, ${HEADLINE_OPTIONS})`;
/** `column = ANY(ids)`, the ids bound as one text[] parameter. */
export const idIn = (column: string, ids: string[]) => Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::text[])`;

/**
 * Every kind's matching public records: kind, table, id, date, rank. `all` is the whole tsquery,
 * `terms` its terms one by one (their conjunction is `all`).
 *
 * An incident is also found by the names of its province, district and places and of its
 * perpetrators (with their aliases): "Bajaur" finds an incident coded to Bajaur district whose
 * text never names it. Each term may be met either way: "TTP Bannu" finds an incident in Bannu
 * whose perpetrator is the TTP. So each term gets its set of incidents from the indexes (its own
 * text, a matching place or actor), and an incident is a hit when it is in every term's set. A
 * match through a place or a perpetrator adds 0.1 to the rank, about what a second mention of the
 * word in the text adds.
 */
export function hitsSql(all: string, terms: string[]): Prisma.Sql {
  const q = tsquery(all);
  return Prisma.sql`
    WITH terms AS MATERIALIZED (
      SELECT u.k, to_tsquery('simple', u.t) AS q FROM unnest(${terms}::text[]) WITH ORDINALITY AS u(t, k)
    ),
    term_places AS MATERIALIZED (SELECT tm.k, p."id" FROM terms tm JOIN "Place" p ON ${VECTOR.place} @@ tm.q),
    term_actors AS MATERIALIZED (SELECT tm.k, a."id" FROM terms tm JOIN "Actor" a ON ${VECTOR.actor} @@ tm.q),
    term_incidents AS (
      SELECT tm.k, i."id", false AS context FROM terms tm JOIN "Incident" i ON ${VECTOR.incident} @@ tm.q
      UNION ALL SELECT m.k, i."id", true FROM term_places m JOIN "Incident" i ON i."districtId" = m."id"
      UNION ALL SELECT m.k, i."id", true FROM term_places m JOIN "Incident" i ON i."provinceId" = m."id"
      UNION ALL SELECT m.k, i."id", true FROM term_places m JOIN "Incident" i ON i."placeId" = m."id"
      UNION ALL SELECT m.k, r."incidentId", true FROM term_places m JOIN "IncidentPlace" r ON r."placeId" = m."id"
      UNION ALL SELECT m.k, r."incidentId", true FROM term_actors m JOIN "IncidentPerpetrator" r ON r."actorId" = m."id"
    ),
    incident_matches AS (
      SELECT t."id", bool_or(t.context) AS context FROM term_incidents t
      GROUP BY t."id" HAVING count(DISTINCT t.k) = (SELECT count(*) FROM terms)
    ),
    claim_matches AS (
      SELECT c."id", ts_rank(${VECTOR.claim}, ${q}) AS rank FROM "Claim" c WHERE ${VECTOR.claim} @@ ${q}
      UNION ALL
      SELECT x."claimId", ts_rank(${VECTOR.claimCitation}, ${q}) FROM "ClaimCitation" x
      WHERE ${VECTOR.claimCitation} @@ ${q}
    ),
    hits AS (
      SELECT 'incident' AS kind, 'Incident' AS "table", i."id", i."occurredOn" AS "on",
             ts_rank(${VECTOR.incident}, ${q}) + CASE WHEN m.context THEN 0.1 ELSE 0 END AS rank
      FROM incident_matches m JOIN "Incident" i ON i."id" = m."id" AND i."published"
      UNION ALL
      SELECT 'claim', 'Claim', c."id", c."madeOn", max(m.rank)
      FROM claim_matches m JOIN "Claim" c ON c."id" = m."id" WHERE ${PUBLIC_CLAIM} GROUP BY c."id"
      UNION ALL
      SELECT 'document', 'Document', d."id", d."publishedOn", ts_rank(${VECTOR.document}, ${q})
      FROM "Document" d WHERE ${VECTOR.document} @@ ${q} AND ${PUBLIC_DOCUMENT}
      UNION ALL
      SELECT 'actor', 'Actor', a."id", NULL::date, ts_rank(${VECTOR.actor}, ${q})
      FROM "Actor" a WHERE ${VECTOR.actor} @@ ${q} AND ${PUBLIC_ACTOR}
      UNION ALL
      SELECT 'place', 'Place', p."id", NULL::date, ts_rank(${VECTOR.place}, ${q})
      FROM "Place" p WHERE ${VECTOR.place} @@ ${q} AND ${PUBLIC_PLACE}
      UNION ALL
      SELECT 'mediation', 'MediationTrack', t."id",
             (SELECT max(te."occurredOn") FROM "MediationEvent" te WHERE te."trackId" = t."id"),
             ts_rank(${VECTOR.track}, ${q})
      FROM "MediationTrack" t WHERE ${VECTOR.track} @@ ${q} AND t."published"
      UNION ALL
      SELECT 'mediation', 'MediationEvent', e."id", e."occurredOn", ts_rank(${VECTOR.event}, ${q})
      FROM "MediationEvent" e JOIN "MediationTrack" t ON t."id" = e."trackId" AND t."published"
      WHERE ${VECTOR.event} @@ ${q}
      UNION ALL
      SELECT 'statement', 'Statement', s."id", s."madeOn", ts_rank(${VECTOR.statement}, ${q})
      FROM "Statement" s WHERE ${VECTOR.statement} @@ ${q} AND s."published"
      UNION ALL
      SELECT 'ceasefire', 'Ceasefire', f."id", f."startsOn", ts_rank(${VECTOR.ceasefire}, ${q})
      FROM "Ceasefire" f WHERE ${VECTOR.ceasefire} @@ ${q} AND f."published"
    )`;
}

export type HitRow = { kind: SearchKind; table: string; id: string; on: string | null; rank: number };

/** The counts per kind (every kind, so the filter can say what each holds) and one page of hits
 *  of the kinds asked for (all when none), best first, newest first among equals. */
export function hitPageSql(
  parsed: { tsquery: string; termQueries: string[] },
  kinds: readonly SearchKind[],
  limit: number,
  offset: number,
) {
  const wanted = kinds.length ? Prisma.sql`WHERE h.kind = ANY(${kinds as string[]}::text[])` : Prisma.empty;
  return Prisma.sql`${hitsSql(parsed.tsquery, parsed.termQueries)}
    SELECT (SELECT COALESCE(json_object_agg(k.kind, k.n), '{}'::json)
            FROM (SELECT kind, count(*)::int AS n FROM hits GROUP BY kind) k) AS counts,
           (SELECT COALESCE(json_agg(json_build_object('kind', p.kind, 'table', p."table", 'id', p."id",
                                     'on', to_char(p."on", 'YYYY-MM-DD'), 'rank', p.rank)
                             ORDER BY p.rank DESC, p."on" DESC NULLS LAST, p.kind, p."id"), '[]'::json)
            FROM (SELECT * FROM hits h ${wanted}
                  ORDER BY h.rank DESC, h."on" DESC NULLS LAST, h.kind, h."id"
                  LIMIT ${limit} OFFSET ${offset}) p) AS page`;
}
