// New and revised figures as changes: claims (each claimant's figures) and period counts (each
// counter's), a revision carrying the figure it replaces, each with the document it was made in.
// Part of lib/changes/change-queries.ts.
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import { claimDescription, claimHref, countDescription, countHref, periodWords } from "./change-text";
import { claimInScope, countInScope } from "./change-scope";
import { documentSource, sourceColumns, type SourceColumns } from "./change-sources";
import type { ChangeKind, ChangeScope, FigureValue, LatestChange } from "./change-types";
import type { CountFigure } from "../counts/count-queries";

export type Stamp = { on: string; recordedAt: Date | null };
type Previous = { previousLow: number | null; previousHigh: number | null; previousQualifier: string | null };

export const iso = (recordedAt: Date | null) => recordedAt?.toISOString() ?? null;
const previousOf = (row: Previous): FigureValue | null =>
  row.previousLow === null
    ? null
    : { valueLow: row.previousLow, valueHigh: row.previousHigh!, qualifier: row.previousQualifier! };

/** Rows that are revisions (or not), when only one of the two kinds is asked for. */
function revisionFilter(kinds: Set<ChangeKind>, added: ChangeKind, revised: ChangeKind, previousId: Prisma.Sql) {
  if (kinds.has(added) && kinds.has(revised)) return Prisma.empty;
  return kinds.has(revised) ? Prisma.sql`AND ${previousId} IS NOT NULL` : Prisma.sql`AND ${previousId} IS NULL`;
}

type ClaimRow = Stamp &
  Previous &
  SourceColumns &
  FigureValue & {
    id: string;
    revisesId: string | null;
    claimantName: string;
    statedBy: string | null;
    subject: string;
    metric: string;
    stance: string;
    incidentId: string | null;
    episodeId: string | null;
    periodStart: string | null;
  };

export async function claimChanges(
  db: Db,
  limit: number,
  kinds: Set<ChangeKind>,
  scope: ChangeScope,
): Promise<LatestChange[]> {
  // A revision is one only when the figure it revises is public too; else it reads as a new figure.
  const rows = await db.$queryRaw<ClaimRow[]>`
    SELECT c."id", p."id" AS "revisesId", a."name" AS "claimantName", c."statedBy" AS "statedBy",
           c."subject"::text AS subject, c."metric"::text AS metric, c."stance"::text AS stance,
           c."valueLow" AS "valueLow", c."valueHigh" AS "valueHigh", c."qualifier"::text AS qualifier,
           p."valueLow" AS "previousLow", p."valueHigh" AS "previousHigh", p."qualifier"::text AS "previousQualifier",
           c."incidentId" AS "incidentId", c."episodeId" AS "episodeId",
           to_char(c."periodStart", 'YYYY-MM-DD') AS "periodStart",
           to_char(c."madeOn", 'YYYY-MM-DD') AS "on", c."createdAt" AS "recordedAt",
           ${sourceColumns("sd", "ss", Prisma.sql`c."quote"`, Prisma.sql`c."quoteKind"`)}
    FROM "Claim" c
    JOIN "Actor" a ON a."id" = c."claimantId"
    JOIN "Document" sd ON sd."id" = c."documentId"
    JOIN "Source" ss ON ss."id" = sd."sourceId"
    LEFT JOIN "Claim" p ON p."id" = c."revisesId" AND p."published" = true
    WHERE c."published" = true
      -- a published claim about a draft incident stays out of public view until the incident is published
      AND (c."incidentId" IS NULL
           OR EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = c."incidentId" AND i."published"))
      ${revisionFilter(kinds, "claim", "claim-revision", Prisma.sql`p."id"`)}
      ${claimInScope(scope, "c")}
    ORDER BY c."madeOn" DESC, c."createdAt" DESC, c."id" LIMIT ${limit}`;
  return rows.map((row) => {
    const previous = previousOf(row);
    const figure = { valueLow: row.valueLow, valueHigh: row.valueHigh, qualifier: row.qualifier };
    const common = {
      on: row.on,
      dateBasis: "claimed" as const,
      recordedAt: iso(row.recordedAt),
      description: claimDescription({ ...row, figure, previous }),
      href: claimHref({ ...row, claimId: row.id }),
      source: documentSource(row),
      claimId: row.id,
      claimantName: row.claimantName,
      subject: row.subject,
      metric: row.metric,
      figure,
    };
    return previous && row.revisesId
      ? { ...common, kind: "claim-revision", id: `claim-revision:${row.id}`, revisesId: row.revisesId, previous }
      : { ...common, kind: "claim", id: `claim:${row.id}` };
  });
}

// The period count's own fields as lib/counts reads them, plus what a change needs.
type CountRow = Stamp &
  Previous &
  SourceColumns &
  FigureValue &
  Pick<
    CountFigure,
    | "id"
    | "revisesId"
    | "counterId"
    | "counterName"
    | "counterKind"
    | "periodKind"
    | "periodStart"
    | "periodEnd"
    | "metric"
    | "violence"
    | "group"
    | "region"
    | "area"
    | "term"
  > & { undated: boolean; superseded: boolean };

export async function countChanges(
  db: Db,
  limit: number,
  kinds: Set<ChangeKind>,
  scope: ChangeScope,
): Promise<LatestChange[]> {
  // Dated by the report's publication; a report without a date by its period's end, the earliest
  // it can have appeared (and said so through dateBasis).
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT p."id", q."id" AS "revisesId", p."counterId" AS "counterId",
           COALESCE(a."shortName", a."name") AS "counterName", a."kind"::text AS "counterKind",
           p."periodKind"::text AS "periodKind", to_char(p."periodStart", 'YYYY-MM-DD') AS "periodStart",
           to_char(p."periodEnd", 'YYYY-MM-DD') AS "periodEnd", p."metric"::text AS metric,
           p."violence"::text AS violence, p."group"::text AS "group", p."region"::text AS region, p."area", p."term",
           p."valueLow" AS "valueLow", p."valueHigh" AS "valueHigh", p."qualifier"::text AS qualifier,
           q."valueLow" AS "previousLow", q."valueHigh" AS "previousHigh", q."qualifier"::text AS "previousQualifier",
           to_char(COALESCE(d."publishedOn", p."periodEnd"), 'YYYY-MM-DD') AS "on",
           (d."publishedOn" IS NULL) AS undated,
           p."createdAt" AS "recordedAt",
           EXISTS (SELECT 1 FROM "PeriodCount" r WHERE r."revisesId" = p."id" AND r."published" = true) AS superseded,
           ${sourceColumns("d", "ss", Prisma.sql`p."quote"`, Prisma.sql`p."quoteKind"`)}
    FROM "PeriodCount" p
    JOIN "Actor" a ON a."id" = p."counterId"
    JOIN "Document" d ON d."id" = p."documentId"
    JOIN "Source" ss ON ss."id" = d."sourceId"
    LEFT JOIN "PeriodCount" q ON q."id" = p."revisesId" AND q."published" = true
    WHERE p."published" = true ${revisionFilter(kinds, "count", "count-revision", Prisma.sql`q."id"`)}
      ${countInScope(scope, "p")}
    ORDER BY COALESCE(d."publishedOn", p."periodEnd") DESC, p."createdAt" DESC, p."id" LIMIT ${limit}`;
  return rows.map((row) => {
    const previous = previousOf(row);
    const figure = { valueLow: row.valueLow, valueHigh: row.valueHigh, qualifier: row.qualifier };
    const common = {
      on: row.on,
      dateBasis: row.undated ? ("period-end" as const) : ("published" as const),
      recordedAt: iso(row.recordedAt),
      description: countDescription({ ...row, figure, previous }),
      href: countHref({ ...row, countId: row.id }),
      source: documentSource(row),
      countId: row.id,
      counterName: row.counterName,
      term: row.term,
      period: periodWords(row),
      figure,
    };
    return previous && row.revisesId
      ? { ...common, kind: "count-revision", id: `count-revision:${row.id}`, revisesId: row.revisesId, previous }
      : { ...common, kind: "count", id: `count:${row.id}` };
  });
}
