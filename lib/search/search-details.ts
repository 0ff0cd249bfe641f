// What a page of hits shows about each record: its title and facts, the links it needs, and
// ts_headline excerpts of the fields the search reads. One query per table, for the ids of the
// page only (20 at most), so the headlines are computed for shown records alone.
import type { LedgerClaim } from "../claims/claim-queries";
import type { DbTx } from "../db/create-client";
import { Prisma } from "../db/generated/client";
import { PUBLIC_CLAIM } from "./public-records";
import { VECTOR, headline, idIn, tsquery } from "./search-sql";

const day = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);

export type Headlines = Record<string, string | null>;

export type IncidentDetail = { id: string; title: string; on: string; locationText: string | null; via: string[] };
export function incidentDetails(db: DbTx, ids: string[], all: string, any: string) {
  const q = tsquery(all);
  return db.$queryRaw<(IncidentDetail & Headlines)[]>`
    SELECT i."id", i."title", ${day(`i."occurredOn"`)} AS "on", i."locationText" AS "locationText",
           ${headline(`i."summary"`, q)} AS summary, ${headline(`i."title"`, q)} AS "titleHeadline",
           ${headline(`i."locationText"`, q)} AS location,
           ARRAY(SELECT lower(p."level"::text) || ': ' || p."name" FROM "Place" p
                 WHERE (p."id" = ANY (ARRAY[i."provinceId", i."districtId", i."placeId"])
                        OR EXISTS (SELECT 1 FROM "IncidentPlace" r
                                   WHERE r."incidentId" = i."id" AND r."placeId" = p."id"))
                   AND ${VECTOR.place} @@ ${tsquery(any)}
                 UNION
                 SELECT 'perpetrator: ' || a."name" FROM "IncidentPerpetrator" r JOIN "Actor" a ON a."id" = r."actorId"
                 WHERE r."incidentId" = i."id" AND ${VECTOR.actor} @@ ${tsquery(any)}) AS via
    FROM "Incident" i WHERE ${idIn(`i."id"`, ids)} AND i."published"`;
}

/** A claim's figure as the ledger reads it (lib/claims/claim-queries.ts), with where it stands. */
export type ClaimFigureFields = Pick<
  LedgerClaim,
  "statedBy" | "subject" | "metric" | "valueLow" | "valueHigh" | "qualifier" | "stance" | "quoteKind"
>;

export type ClaimDetail = ClaimFigureFields & {
  id: string;
  on: string;
  claimantName: string;
  citationQuoteKind: string | null;
  incidentId: string | null;
  episodeId: string | null;
  periodStart: string | null;
};
export function claimDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(ClaimDetail & Headlines)[]>`
    SELECT c."id", ${day(`c."madeOn"`)} AS "on", a."name" AS "claimantName", c."statedBy" AS "statedBy",
           c."subject"::text AS subject, c."metric"::text AS metric, c."valueLow" AS "valueLow",
           c."valueHigh" AS "valueHigh", c."qualifier"::text AS qualifier, c."stance"::text AS stance,
           c."quoteKind"::text AS "quoteKind", c."incidentId" AS "incidentId", c."episodeId" AS "episodeId",
           ${day(`c."periodStart"`)} AS "periodStart",
           ${headline(`c."quote"`, q)} AS quote, ${headline(`c."note"`, q)} AS note,
           ${headline(`c."statedBy"`, q)} AS "statedByHeadline",
           cx."quoteKind" AS "citationQuoteKind", cx.citation
    FROM "Claim" c JOIN "Actor" a ON a."id" = c."claimantId"
    LEFT JOIN LATERAL (
      SELECT x."quoteKind"::text AS "quoteKind", ${headline(`x."quote"`, q)} AS citation
      FROM "ClaimCitation" x WHERE x."claimId" = c."id" AND ${VECTOR.claimCitation} @@ ${q}
      ORDER BY x."documentId" LIMIT 1) cx ON true
    WHERE ${idIn(`c."id"`, ids)} AND ${PUBLIC_CLAIM}`;
}

/** Where a document is shown: the first published record citing it, in this order of preference. */
export type DocumentDetail = {
  id: string;
  title: string;
  on: string | null;
  url: string | null;
  publisher: string;
  incidentId: string | null;
  claim: { claimId: string; incidentId: string | null; episodeId: string | null; periodStart: string | null } | null;
  statementId: string | null;
  trackId: string | null;
  ceasefire: boolean;
};
export function documentDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(DocumentDetail & Headlines)[]>`
    SELECT d."id", d."title", ${day(`d."publishedOn"`)} AS "on", d."url", s."name" AS publisher,
           ${headline(`d."title"`, q)} AS "titleHeadline", ${headline(`d."note"`, q)} AS note,
           (SELECT r."incidentId" FROM (
              SELECT "incidentId" FROM "IncidentCitation" WHERE "documentId" = d."id"
              UNION SELECT "incidentId" FROM "IncidentPerpetrator" WHERE "documentId" = d."id"
              UNION SELECT "incidentId" FROM "IncidentPlace" WHERE "documentId" = d."id") r
            JOIN "Incident" i ON i."id" = r."incidentId" AND i."published"
            ORDER BY i."occurredOn" DESC, i."id" LIMIT 1) AS "incidentId",
           (SELECT json_build_object('claimId', c."id", 'incidentId', c."incidentId", 'episodeId', c."episodeId",
                                     'periodStart', to_char(c."periodStart", 'YYYY-MM-DD'))
            FROM "Claim" c WHERE ${PUBLIC_CLAIM} AND (c."documentId" = d."id" OR EXISTS (
              SELECT 1 FROM "ClaimCitation" x WHERE x."claimId" = c."id" AND x."documentId" = d."id"))
            ORDER BY c."madeOn" DESC, c."id" LIMIT 1) AS claim,
           (SELECT st."id" FROM "Statement" st WHERE st."documentId" = d."id" AND st."published"
            ORDER BY st."madeOn" DESC, st."id" LIMIT 1) AS "statementId",
           (SELECT e."trackId" FROM "MediationEvent" e JOIN "MediationTrack" t ON t."id" = e."trackId" AND t."published"
            WHERE e."documentId" = d."id" ORDER BY e."occurredOn" DESC LIMIT 1) AS "trackId",
           EXISTS (SELECT 1 FROM "CeasefireCitation" r JOIN "Ceasefire" f ON f."id" = r."ceasefireId" AND f."published"
                   WHERE r."documentId" = d."id") AS ceasefire
    FROM "Document" d JOIN "Source" s ON s."id" = d."sourceId" WHERE ${idIn(`d."id"`, ids)}`;
}

/** Which public records name an actor, so its link goes where it stands in the record. */
export type ActorDetail = {
  id: string;
  name: string;
  shortName: string | null;
  perpetratorInPakistan: boolean;
  claimant: boolean;
  statementId: string | null;
  mediation: boolean;
  counter: boolean;
};
export function actorDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(ActorDetail & Headlines)[]>`
    SELECT a."id", a."name", a."shortName" AS "shortName",
           ${headline(`array_to_string(a."aliases", '; ')`, q)} AS aliases,
           EXISTS (SELECT 1 FROM "IncidentPerpetrator" r JOIN "Incident" i ON i."id" = r."incidentId"
                   WHERE r."actorId" = a."id" AND i."published" AND i."country" = 'PAK') AS "perpetratorInPakistan",
           EXISTS (SELECT 1 FROM "Claim" c WHERE c."claimantId" = a."id" AND ${PUBLIC_CLAIM}) AS claimant,
           (SELECT st."id" FROM "Statement" st WHERE st."actorId" = a."id" AND st."published"
            ORDER BY st."madeOn" DESC, st."id" LIMIT 1) AS "statementId",
           (EXISTS (SELECT 1 FROM "MediationMediator" r JOIN "MediationTrack" t ON t."id" = r."trackId"
                    WHERE r."actorId" = a."id" AND t."published")
            OR EXISTS (SELECT 1 FROM "MediationParty" r JOIN "MediationTrack" t ON t."id" = r."trackId"
                       WHERE r."actorId" = a."id" AND t."published")
            OR EXISTS (SELECT 1 FROM "CeasefireBroker" r JOIN "Ceasefire" f ON f."id" = r."ceasefireId"
                       WHERE r."actorId" = a."id" AND f."published")) AS mediation,
           EXISTS (SELECT 1 FROM "PeriodCount" r WHERE r."counterId" = a."id" AND r."published") AS counter
    FROM "Actor" a WHERE ${idIn(`a."id"`, ids)}`;
}

export type PlaceDetail = {
  id: string;
  name: string;
  level: string;
  country: string;
  parentName: string | null;
  latestIncidentId: string | null;
};
export function placeDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(PlaceDetail & Headlines)[]>`
    SELECT p."id", p."name", p."level"::text AS level, p."country", pp."name" AS "parentName",
           ${headline(`array_to_string(p."aliases", '; ')`, q)} AS aliases,
           (SELECT i."id" FROM "Incident" i WHERE i."published"
              AND (p."id" IN (i."placeId", i."districtId", i."provinceId")
                   OR EXISTS (SELECT 1 FROM "IncidentPlace" r WHERE r."incidentId" = i."id" AND r."placeId" = p."id"))
            ORDER BY i."occurredOn" DESC, i."id" LIMIT 1) AS "latestIncidentId"
    FROM "Place" p LEFT JOIN "Place" pp ON pp."id" = p."parentId" WHERE ${idIn(`p."id"`, ids)}`;
}
