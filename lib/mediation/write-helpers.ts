// The public correction a change to a published track or ceasefire requires. (lib/admin/versioned.ts
// has the same rule for incidents and claims, which also carry the incident the note shows on.)
import { WriteRejected, fail } from "../admin/write-result";
import type { DbTx } from "../ingest/types";

export async function recordMediationCorrection(
  tx: DbTx, entry: { entityType: "MediationTrack" | "Ceasefire"; entityId: string; note: string | undefined; userId: string },
): Promise<void> {
  if (!entry.note) throw new WriteRejected(fail(
    { correctionNote: ["This record is public: say briefly what was corrected and why."] },
    "A correction note is required for changes to a published record.",
  ));
  await tx.correction.create({ data: { entityType: entry.entityType, entityId: entry.entityId, note: entry.note, createdById: entry.userId } });
}

/** A save without changes rolls back (no version bump, no audit row) and succeeds. */
export class NothingChanged extends Error {}
