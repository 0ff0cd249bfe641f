// What a page of hits shows about mediation tracks, their steps, statements and ceasefires (the
// rest: lib/search/search-details.ts). Only records the mediation page shows: published tracks
// and their steps, published statements and ceasefires.
import type { DbTx } from "../db/create-client";
import type { Headlines } from "./search-details";
import { headline, idIn, tsquery } from "./search-sql";

export type TrackDetail = { id: string; name: string };
export function trackDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(TrackDetail & Headlines)[]>`
    SELECT t."id", t."name", ${headline(`t."summary"`, q)} AS summary, ${headline(`t."name"`, q)} AS "titleHeadline"
    FROM "MediationTrack" t WHERE ${idIn(`t."id"`, ids)} AND t."published"`;
}

export type EventDetail = { id: string; trackId: string; trackName: string; title: string; quoteKind: string };
export function eventDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(EventDetail & Headlines)[]>`
    SELECT e."id", e."trackId" AS "trackId", t."name" AS "trackName", e."title", e."quoteKind"::text AS "quoteKind",
           ${headline(`e."description"`, q)} AS description, ${headline(`e."quote"`, q)} AS quote,
           ${headline(`e."title"`, q)} AS "titleHeadline", ${headline(`e."venue"`, q)} AS venue
    FROM "MediationEvent" e JOIN "MediationTrack" t ON t."id" = e."trackId" AND t."published"
    WHERE ${idIn(`e."id"`, ids)}`;
}

export type StatementDetail = { id: string; actorName: string; statedBy: string | null; quoteKind: string };
export function statementDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(StatementDetail & Headlines)[]>`
    SELECT s."id", a."name" AS "actorName", s."statedBy" AS "statedBy", s."quoteKind"::text AS "quoteKind",
           ${headline(`s."summary"`, q)} AS summary, ${headline(`s."quote"`, q)} AS quote,
           ${headline(`s."statedBy"`, q)} AS "statedByHeadline"
    FROM "Statement" s JOIN "Actor" a ON a."id" = s."actorId" WHERE ${idIn(`s."id"`, ids)} AND s."published"`;
}

export type CeasefireDetail = { id: string; name: string };
export function ceasefireDetails(db: DbTx, ids: string[], all: string) {
  const q = tsquery(all);
  return db.$queryRaw<(CeasefireDetail & Headlines)[]>`
    SELECT f."id", f."name", ${headline(`f."terms"`, q)} AS terms, ${headline(`f."name"`, q)} AS "titleHeadline"
    FROM "Ceasefire" f WHERE ${idIn(`f."id"`, ids)} AND f."published"`;
}
