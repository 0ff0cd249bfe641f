// The latest changes to the public record, newest first: new incidents, new and revised figures
// (claims and counters' period counts), correction notes, mediation steps and ceasefires. Only
// what is public is listed (the same rules as the pages that show each record). Takes the client,
// so the app (lib/changes/data.ts), a feed and tests against each database run the same code.
import type { Db } from "../db/create-client";
import {
  ceasefireDescription,
  correctionDescription,
  correctionHref,
  incidentHref,
  mediationStepDescription,
} from "./change-text";
import { CHANGE_KINDS, type ChangeKind, type LatestChange } from "./change-types";
import { claimChanges, countChanges, iso, type Stamp } from "./figure-changes";

async function incidents(db: Db, limit: number): Promise<LatestChange[]> {
  const rows = await db.$queryRaw<(Stamp & { id: string; title: string; country: string })[]>`
    SELECT i."id", i."title", i."country", to_char(i."occurredOn", 'YYYY-MM-DD') AS "on", i."createdAt" AS "recordedAt"
    FROM "Incident" i WHERE i."published" = true
    ORDER BY i."occurredOn" DESC, i."createdAt" DESC, i."id" LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "incident",
    id: `incident:${row.id}`,
    on: row.on,
    dateBasis: "occurred",
    recordedAt: iso(row.recordedAt),
    description: `New incident in the record: ${row.title}`,
    href: incidentHref(row.id),
    incidentId: row.id,
    title: row.title,
    country: row.country,
  }));
}

type CorrectionRow = Stamp & {
  id: string;
  entityType: string;
  entityId: string;
  incidentId: string | null;
  claimEpisodeId: string | null;
  note: string;
};

async function corrections(db: Db, limit: number): Promise<LatestChange[]> {
  // A note is public only when what it corrects is public (lib/corrections/correction-queries.ts).
  const rows = await db.$queryRaw<CorrectionRow[]>`
    SELECT k."id", k."entityType" AS "entityType", k."entityId" AS "entityId", k."incidentId" AS "incidentId", k."note",
           (SELECT c."episodeId" FROM "Claim" c WHERE c."id" = k."entityId" AND k."entityType" = 'Claim') AS "claimEpisodeId",
           to_char(k."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "on", k."createdAt" AS "recordedAt"
    FROM "Correction" k
    WHERE (k."incidentId" IS NULL OR EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = k."incidentId" AND i."published"))
      AND CASE k."entityType"
        WHEN 'Incident' THEN EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = k."entityId" AND i."published")
        WHEN 'Claim' THEN EXISTS (SELECT 1 FROM "Claim" c WHERE c."id" = k."entityId" AND c."published")
        WHEN 'PeriodCount' THEN EXISTS (SELECT 1 FROM "PeriodCount" p WHERE p."id" = k."entityId" AND p."published")
        WHEN 'MediationTrack' THEN EXISTS (SELECT 1 FROM "MediationTrack" t WHERE t."id" = k."entityId" AND t."published")
        WHEN 'Ceasefire' THEN EXISTS (SELECT 1 FROM "Ceasefire" f WHERE f."id" = k."entityId" AND f."published")
        ELSE false END
    ORDER BY k."createdAt" DESC, k."id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "correction",
    id: `correction:${row.id}`,
    on: row.on,
    dateBasis: "corrected",
    recordedAt: iso(row.recordedAt),
    description: correctionDescription(row.entityType, row.note),
    href: correctionHref(row),
    correctionId: row.id,
    entityType: row.entityType,
    entityId: row.entityId,
    note: row.note,
  }));
}

type StepRow = { on: string; id: string; trackId: string; trackName: string; kind: string; title: string };

async function mediationSteps(db: Db, limit: number): Promise<LatestChange[]> {
  const rows = await db.$queryRaw<(StepRow & { statusAfter: string | null })[]>`
    SELECT e."id", e."trackId" AS "trackId", t."name" AS "trackName", e."kind"::text AS kind, e."title",
           e."statusAfter"::text AS "statusAfter", to_char(e."occurredOn", 'YYYY-MM-DD') AS "on"
    FROM "MediationEvent" e JOIN "MediationTrack" t ON t."id" = e."trackId" AND t."published" = true
    ORDER BY e."occurredOn" DESC, e."id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "mediation-step",
    id: `mediation-step:${row.id}`,
    on: row.on,
    dateBasis: "occurred",
    recordedAt: null,
    description: mediationStepDescription(row),
    href: `/mediation#track-${encodeURIComponent(row.trackId)}`,
    eventId: row.id,
    trackId: row.trackId,
    trackName: row.trackName,
    title: row.title,
    stepKind: row.kind,
    statusAfter: row.statusAfter,
  }));
}

async function ceasefires(db: Db, limit: number, kinds: Set<ChangeKind>): Promise<LatestChange[]> {
  const rows = await db.$queryRaw<{ id: string; name: string; ended: boolean; endedHow: string | null; on: string }[]>`
    SELECT * FROM (
      SELECT c."id", c."name", false AS ended, NULL::text AS "endedHow", to_char(c."startsOn", 'YYYY-MM-DD') AS "on"
      FROM "Ceasefire" c WHERE c."published" = true
      UNION ALL
      SELECT c."id", c."name", true AS ended, c."endedHow"::text AS "endedHow", to_char(c."endedOn", 'YYYY-MM-DD') AS "on"
      FROM "Ceasefire" c WHERE c."published" = true AND c."endedOn" IS NOT NULL
    ) edges
    WHERE (ended AND ${kinds.has("ceasefire-end")}) OR (NOT ended AND ${kinds.has("ceasefire-start")})
    ORDER BY "on" DESC, ended DESC, "id" LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: row.ended ? "ceasefire-end" : "ceasefire-start",
    id: `${row.ended ? "ceasefire-end" : "ceasefire-start"}:${row.id}`,
    on: row.on,
    dateBasis: "occurred",
    recordedAt: null,
    description: ceasefireDescription(row.name, row.endedHow, row.ended),
    href: "/mediation",
    ceasefireId: row.id,
    name: row.name,
    endedHow: row.endedHow,
  }));
}

/** Newest first; on one day, the order of CHANGE_KINDS, then the id (a stable order for a feed). */
export const byNewest = (left: LatestChange, right: LatestChange) =>
  right.on.localeCompare(left.on) ||
  CHANGE_KINDS.indexOf(left.kind) - CHANGE_KINDS.indexOf(right.kind) ||
  left.id.localeCompare(right.id);

/**
 * The `limit` latest public changes of the given kinds (every kind by default), newest first.
 * Each source is asked for its own `limit` newest, so the merge never misses one that belongs.
 */
export async function listLatestChanges(
  db: Db,
  { limit, kinds = CHANGE_KINDS }: { limit: number; kinds?: readonly ChangeKind[] },
): Promise<LatestChange[]> {
  const wanted = new Set(kinds);
  const size = Math.max(0, Math.floor(limit));
  if (size === 0 || wanted.size === 0) return [];
  const asks = (...some: ChangeKind[]) => some.some((kind) => wanted.has(kind));
  const parts = await Promise.all([
    asks("incident") ? incidents(db, size) : [],
    asks("claim", "claim-revision") ? claimChanges(db, size, wanted) : [],
    asks("count", "count-revision") ? countChanges(db, size, wanted) : [],
    asks("correction") ? corrections(db, size) : [],
    asks("mediation-step") ? mediationSteps(db, size) : [],
    asks("ceasefire-start", "ceasefire-end") ? ceasefires(db, size, wanted) : [],
  ]);
  return parts.flat().sort(byNewest).slice(0, size);
}
