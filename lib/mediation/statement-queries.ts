// Positions on the conflict, conditions for talks and leaders' declarations: each one actor's
// dated statement, described in the project's voice and cited with the speaker's words.
import type { Db } from "../db/create-client";

export type StatementRow = {
  id: string;
  kind: string;
  actorId: string;
  actorName: string;
  actorSide: string;
  statedBy: string | null;
  madeOn: string;
  madeOnPrecision: string;
  summary: string;
  trackId: string | null;
  documentTitle: string;
  documentUrl: string | null;
  quote: string;
  quoteKind: string;
};

export async function listStatements(db: Db): Promise<StatementRow[]> {
  return db.$queryRaw<StatementRow[]>`
    SELECT s."id", s."kind"::text AS kind, s."actorId" AS "actorId", a."name" AS "actorName", a."side"::text AS "actorSide",
           s."statedBy" AS "statedBy", to_char(s."madeOn", 'YYYY-MM-DD') AS "madeOn",
           s."madeOnPrecision"::text AS "madeOnPrecision", s."summary", s."trackId" AS "trackId",
           d."title" AS "documentTitle", d."url" AS "documentUrl", s."quote", s."quoteKind"::text AS "quoteKind"
    FROM "Statement" s JOIN "Actor" a ON a."id" = s."actorId" JOIN "Document" d ON d."id" = s."documentId"
    WHERE s."published" = true
    ORDER BY s."madeOn", a."name", s."id"`;
}
