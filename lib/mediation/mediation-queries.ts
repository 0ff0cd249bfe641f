// Mediation tracks with their status now (the statusAfter of the latest event that set one) and
// their dated history; ceasefires with how long each held.
import type { Db } from "../db/create-client";
import { groupBy } from "../group-by";

export type TrackEvent = {
  id: string;
  occurredOn: string;
  datePrecision: string;
  kind: string;
  title: string;
  description: string | null;
  venue: string | null;
  round: number | null;
  statusAfter: string | null;
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  quote: string;
  quoteKind: string;
};
export type TrackSummary = {
  id: string;
  name: string;
  summary: string;
  venues: string[];
  mediators: string[];
  parties: string[];
  status: string | null;
  statusSince: string | null;
  rounds: number;
  lastEventOn: string | null;
  events: TrackEvent[];
};

export type TrackStatus = Omit<TrackSummary, "events">;

/** Published tracks with their status now, without their timelines (the overview needs only this,
 *  and it stays flat however many events the tracks accumulate). */
export function listTrackStatuses(db: Db): Promise<TrackStatus[]> {
  return db.$queryRaw<TrackStatus[]>`
      SELECT t."id", t."name", t."summary", t."venues",
        ARRAY(SELECT a."name" FROM "MediationMediator" m JOIN "Actor" a ON a."id" = m."actorId" WHERE m."trackId" = t."id" ORDER BY a."name") AS mediators,
        ARRAY(SELECT a."name" FROM "MediationParty" p JOIN "Actor" a ON a."id" = p."actorId" WHERE p."trackId" = t."id" ORDER BY a."name") AS parties,
        s."statusAfter"::text AS status, to_char(s."occurredOn", 'YYYY-MM-DD') AS "statusSince",
        (SELECT COUNT(*)::int FROM "MediationEvent" e WHERE e."trackId" = t."id" AND e."kind" = 'TALKS_ROUND') AS rounds,
        (SELECT to_char(MAX(e."occurredOn"), 'YYYY-MM-DD') FROM "MediationEvent" e WHERE e."trackId" = t."id") AS "lastEventOn"
      FROM "MediationTrack" t
      LEFT JOIN LATERAL (
        SELECT e."statusAfter", e."occurredOn" FROM "MediationEvent" e
        WHERE e."trackId" = t."id" AND e."statusAfter" IS NOT NULL
        ORDER BY e."occurredOn" DESC, e."id" DESC LIMIT 1
      ) s ON true
      WHERE t."published" = true
      ORDER BY "lastEventOn" DESC NULLS LAST, t."name"`;
}

export async function listMediationTracks(db: Db): Promise<TrackSummary[]> {
  const [tracks, events] = await Promise.all([
    listTrackStatuses(db),
    db.$queryRaw<(TrackEvent & { trackId: string })[]>`
      SELECT e."trackId" AS "trackId", e."id", to_char(e."occurredOn", 'YYYY-MM-DD') AS "occurredOn",
             e."datePrecision"::text AS "datePrecision", e."kind"::text AS kind, e."title", e."description",
             e."venue", e."round", e."statusAfter"::text AS "statusAfter", e."documentId" AS "documentId",
             d."title" AS "documentTitle", d."url" AS "documentUrl", e."quote", e."quoteKind"::text AS "quoteKind"
      FROM "MediationEvent" e JOIN "Document" d ON d."id" = e."documentId"
      JOIN "MediationTrack" t ON t."id" = e."trackId" AND t."published" = true
      ORDER BY e."occurredOn", e."id"`,
  ]);
  // One pass over the events (already in date order), not one scan of all events per track.
  const byTrack = groupBy(
    events,
    (e) => e.trackId,
    ({ trackId: _t, ...e }): TrackEvent => e,
  );
  return tracks.map((t) => ({ ...t, events: byTrack.get(t.id) ?? [] }));
}

export type CeasefireSummary = {
  id: string;
  name: string;
  trackId: string | null;
  agreedOn: string;
  startsOn: string;
  plannedEnd: string | null;
  endedOn: string | null;
  endedHow: string | null;
  endNote: string | null;
  terms: string;
  brokers: string[];
  heldDays: number;
  inForce: boolean;
  /** The latest date the record has anything on it: its sources, or a step of its track. A
   *  ceasefire with no end reported is "in force" as of this date, not as of today. */
  latestReportOn: string | null;
};

/** `asOf` fixes "today" so durations of ceasefires still in force are reproducible. */
export async function listCeasefires(db: Db, asOf: string): Promise<CeasefireSummary[]> {
  return db.$queryRaw<CeasefireSummary[]>`
    SELECT c."id", c."name", c."trackId" AS "trackId", to_char(c."agreedOn", 'YYYY-MM-DD') AS "agreedOn",
      to_char(c."startsOn", 'YYYY-MM-DD') AS "startsOn", to_char(c."plannedEnd", 'YYYY-MM-DD') AS "plannedEnd",
      to_char(c."endedOn", 'YYYY-MM-DD') AS "endedOn", c."endedHow"::text AS "endedHow", c."endNote" AS "endNote", c."terms",
      ARRAY(SELECT a."name" FROM "CeasefireBroker" b JOIN "Actor" a ON a."id" = b."actorId" WHERE b."ceasefireId" = c."id" ORDER BY a."name") AS brokers,
      (COALESCE(c."endedOn", ${asOf}::date) - c."startsOn")::int AS "heldDays",
      (c."endedOn" IS NULL) AS "inForce",
      to_char(GREATEST(
        (SELECT MAX(d."publishedOn") FROM "CeasefireCitation" cc JOIN "Document" d ON d."id" = cc."documentId"
          WHERE cc."ceasefireId" = c."id"),
        (SELECT MAX(e."occurredOn") FROM "MediationEvent" e WHERE e."trackId" = c."trackId")
      ), 'YYYY-MM-DD') AS "latestReportOn"
    FROM "Ceasefire" c WHERE c."published" = true ORDER BY c."startsOn" DESC`;
}
