// Correction notes as changes, each resting on the editor's dated note itself. Part of
// lib/changes/change-queries.ts.
import type { Db } from "../db/create-client";
import { correctionDescription, correctionHref } from "./change-text";
import { correctionInScope } from "./change-scope";
import { editorNote } from "./change-sources";
import type { ChangeScope, LatestChange } from "./change-types";
import { iso, type Stamp } from "./figure-changes";

type CorrectionRow = Stamp & {
  id: string;
  entityType: string;
  entityId: string;
  incidentId: string | null;
  claimEpisodeId: string | null;
  note: string;
};

export async function correctionChanges(db: Db, limit: number, scope: ChangeScope): Promise<LatestChange[]> {
  // A note is public only when what it corrects is public (lib/corrections/correction-queries.ts).
  const rows = await db.$queryRaw<CorrectionRow[]>`
    SELECT k."id", k."entityType" AS "entityType", k."entityId" AS "entityId", k."incidentId" AS "incidentId",
           k."note",
           (SELECT c."episodeId" FROM "Claim" c WHERE c."id" = k."entityId" AND k."entityType" = 'Claim')
             AS "claimEpisodeId",
           to_char(k."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "on", k."createdAt" AS "recordedAt"
    FROM "Correction" k
    WHERE (k."incidentId" IS NULL
           OR EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = k."incidentId" AND i."published"))
      AND CASE k."entityType"
        WHEN 'Incident' THEN EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = k."entityId" AND i."published")
        WHEN 'Claim' THEN EXISTS (SELECT 1 FROM "Claim" c WHERE c."id" = k."entityId" AND c."published")
        WHEN 'PeriodCount' THEN EXISTS (SELECT 1 FROM "PeriodCount" p WHERE p."id" = k."entityId" AND p."published")
        WHEN 'MediationTrack'
          THEN EXISTS (SELECT 1 FROM "MediationTrack" t WHERE t."id" = k."entityId" AND t."published")
        WHEN 'Ceasefire' THEN EXISTS (SELECT 1 FROM "Ceasefire" f WHERE f."id" = k."entityId" AND f."published")
        ELSE false END
      ${correctionInScope(scope)}
    ORDER BY k."createdAt" DESC, k."id" DESC LIMIT ${limit}`;
  return rows.map((row) => {
    const writtenAt = iso(row.recordedAt)!;
    return {
      kind: "correction",
      id: `correction:${row.id}`,
      on: row.on,
      dateBasis: "corrected",
      recordedAt: writtenAt,
      description: correctionDescription(row.entityType, row.note),
      href: correctionHref(row),
      source: editorNote(row.note, writtenAt),
      correctionId: row.id,
      entityType: row.entityType,
      entityId: row.entityId,
      note: row.note,
    };
  });
}
