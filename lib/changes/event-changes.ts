// Events as changes: new incidents (cited by their first document), mediation steps (by their own
// document) and the starts and ends of ceasefires (by a citation of the ceasefire). Part of
// lib/changes/change-queries.ts.
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import { ceasefireDescription, incidentHref, mediationStepDescription } from "./change-text";
import { incidentInScope, trackRowInScope } from "./change-scope";
import { documentSource, sourceColumns, type SourceColumns } from "./change-sources";
import type { ChangeKind, ChangeScope, LatestChange } from "./change-types";
import { iso, type Stamp } from "./figure-changes";

type IncidentRow = Stamp & SourceColumns & { id: string; title: string; country: string };

export async function incidentChanges(db: Db, limit: number, scope: ChangeScope): Promise<LatestChange[]> {
  // An incident's first citation: its earliest dated document (the report that put it on record),
  // undated ones last, then by document id so that the choice never changes between reads.
  const rows = await db.$queryRaw<IncidentRow[]>`
    SELECT i."id", i."title", i."country", to_char(i."occurredOn", 'YYYY-MM-DD') AS "on",
           i."createdAt" AS "recordedAt", src.*
    FROM "Incident" i
    LEFT JOIN LATERAL (
      SELECT ${sourceColumns("sd", "ss", Prisma.sql`ic."quote"`, Prisma.sql`ic."quoteKind"`)}
      FROM "IncidentCitation" ic
      JOIN "Document" sd ON sd."id" = ic."documentId"
      JOIN "Source" ss ON ss."id" = sd."sourceId"
      WHERE ic."incidentId" = i."id"
      ORDER BY sd."publishedOn" ASC NULLS LAST, sd."id" LIMIT 1
    ) src ON true
    WHERE i."published" = true ${incidentInScope(scope, "i")}
    ORDER BY i."occurredOn" DESC, i."createdAt" DESC, i."id" LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "incident",
    id: `incident:${row.id}`,
    on: row.on,
    dateBasis: "occurred",
    recordedAt: iso(row.recordedAt),
    description: `New incident in the record: ${row.title}`,
    href: incidentHref(row.id),
    source: documentSource(row),
    incidentId: row.id,
    title: row.title,
    country: row.country,
  }));
}

type StepRow = SourceColumns & {
  on: string;
  id: string;
  trackId: string;
  trackName: string;
  kind: string;
  title: string;
  statusAfter: string | null;
};

export async function mediationStepChanges(db: Db, limit: number, scope: ChangeScope): Promise<LatestChange[]> {
  const rows = await db.$queryRaw<StepRow[]>`
    SELECT e."id", e."trackId" AS "trackId", t."name" AS "trackName", e."kind"::text AS kind, e."title",
           e."statusAfter"::text AS "statusAfter", to_char(e."occurredOn", 'YYYY-MM-DD') AS "on",
           ${sourceColumns("sd", "ss", Prisma.sql`e."quote"`, Prisma.sql`e."quoteKind"`)}
    FROM "MediationEvent" e
    JOIN "MediationTrack" t ON t."id" = e."trackId" AND t."published" = true
    JOIN "Document" sd ON sd."id" = e."documentId"
    JOIN "Source" ss ON ss."id" = sd."sourceId"
    WHERE true ${trackRowInScope(scope, "e")}
    ORDER BY e."occurredOn" DESC, e."id" DESC LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: "mediation-step",
    id: `mediation-step:${row.id}`,
    on: row.on,
    dateBasis: "occurred",
    recordedAt: null,
    description: mediationStepDescription(row),
    href: `/mediation#track-${encodeURIComponent(row.trackId)}`,
    source: documentSource(row),
    eventId: row.id,
    trackId: row.trackId,
    trackName: row.trackName,
    title: row.title,
    stepKind: row.kind,
    statusAfter: row.statusAfter,
  }));
}

type EdgeRow = SourceColumns & { id: string; name: string; ended: boolean; endedHow: string | null; on: string };

export async function ceasefireChanges(
  db: Db,
  limit: number,
  kinds: Set<ChangeKind>,
  scope: ChangeScope,
): Promise<LatestChange[]> {
  // Which citation a ceasefire's start or end rests on: for the start, its earliest dated
  // document; for the end, the first one dated on or after the end (the report of it), else the
  // latest one before it. Ties go by document id, so the choice never changes between reads.
  const rows = await db.$queryRaw<EdgeRow[]>`
    SELECT edges."id", edges."name", edges.ended, edges."endedHow", to_char(edges."edgeOn", 'YYYY-MM-DD') AS "on", src.*
    FROM (
      SELECT c."id", c."name", false AS ended, NULL::text AS "endedHow", c."startsOn" AS "edgeOn"
      FROM "Ceasefire" c WHERE c."published" = true ${trackRowInScope(scope, "c")}
      UNION ALL
      SELECT c."id", c."name", true AS ended, c."endedHow"::text AS "endedHow", c."endedOn" AS "edgeOn"
      FROM "Ceasefire" c WHERE c."published" = true AND c."endedOn" IS NOT NULL ${trackRowInScope(scope, "c")}
    ) edges
    LEFT JOIN LATERAL (
      SELECT ${sourceColumns("sd", "ss", Prisma.sql`cc."quote"`, Prisma.sql`cc."quoteKind"`)}
      FROM "CeasefireCitation" cc
      JOIN "Document" sd ON sd."id" = cc."documentId"
      JOIN "Source" ss ON ss."id" = sd."sourceId"
      WHERE cc."ceasefireId" = edges."id"
      ORDER BY CASE WHEN NOT edges.ended OR sd."publishedOn" >= edges."edgeOn" THEN 0 ELSE 1 END,
               CASE WHEN NOT edges.ended OR sd."publishedOn" >= edges."edgeOn" THEN sd."publishedOn" END ASC NULLS LAST,
               sd."publishedOn" DESC NULLS LAST, sd."id"
      LIMIT 1
    ) src ON true
    WHERE (edges.ended AND ${kinds.has("ceasefire-end")}) OR (NOT edges.ended AND ${kinds.has("ceasefire-start")})
    ORDER BY edges."edgeOn" DESC, edges.ended DESC, edges."id" LIMIT ${limit}`;
  return rows.map((row) => ({
    kind: row.ended ? "ceasefire-end" : "ceasefire-start",
    id: `${row.ended ? "ceasefire-end" : "ceasefire-start"}:${row.id}`,
    on: row.on,
    dateBasis: "occurred",
    recordedAt: null,
    description: ceasefireDescription(row.name, row.endedHow, row.ended),
    href: "/mediation",
    source: documentSource(row),
    ceasefireId: row.id,
    name: row.name,
    endedHow: row.endedHow,
  }));
}
