// Public correction notes. A note is public only when what it corrects is public: a note about a
// draft revision appears once that revision is published (and never for withdrawn records).
import type { Db } from "../db/create-client";

export type PublicCorrection = { id: string; note: string; on: string; entityType: string; entityId: string };

/** Dated corrections shown on an incident page: the incident's own and its claims', oldest first. */
export async function listIncidentCorrections(db: Db, incidentId: string): Promise<PublicCorrection[]> {
  return db.$queryRaw<PublicCorrection[]>`
    SELECT k."id", k."note", to_char(k."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "on",
           k."entityType" AS "entityType", k."entityId" AS "entityId"
    FROM "Correction" k
    JOIN "Incident" i ON i."id" = ${incidentId} AND i."published"
    WHERE k."incidentId" = ${incidentId}
      AND (k."entityType" <> 'Claim' OR EXISTS (SELECT 1 FROM "Claim" c WHERE c."id" = k."entityId" AND c."published"))
      AND (k."entityType" <> 'Incident' OR k."entityId" = ${incidentId})
    ORDER BY k."createdAt", k."id"`;
}
