// Publishing and withdrawing an incident, a claim or a period count: their own action, not a field
// of the edit form. Versioned like an update (a stale page gets a conflict), refused while the
// record lacks what publishing needs, and a withdrawal from public view needs a note, kept as a
// correction.
import type { z } from "zod";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import type { CacheTag } from "../cache-tags";
import type { Db, DbTx } from "../db/create-client";
import { recordCorrection, rejectIfStale, settle } from "./versioned";
import type { VersionedInput } from "./versioned-update";
import { fail, notFound, parseInput, type WriteFailure, type WriteResult } from "./write-result";

type Snapshot = Record<string, unknown> & { version: number; published: boolean };

export type PublishSwitch<Snap extends Snapshot> = {
  entityType: "Incident" | "Claim" | "PeriodCount";
  /** The form's version and note. */
  input: z.ZodType<VersionedInput>;
  /** The record as messages name it: "incident", "claim". */
  noun: string;
  snapshot: (tx: DbTx, id: string) => Promise<Snap | null>;
  /** Why the record cannot be published as it is (nothing is written), or null. */
  publishProblem: (before: Snap) => WriteFailure | null;
  /** Sets `published` where {id, version} with the version incremented; returns the rows updated (0: stale). */
  update: (tx: DbTx, id: string, version: number, published: boolean) => Promise<number>;
  /** The incident whose page shows the note when the record is withdrawn. */
  incidentOf: (after: Snap) => string | null;
  tags: CacheTag[];
};

export async function setPublishedVersioned<Snap extends Snapshot>(
  db: Db,
  viewer: Viewer | null,
  id: string,
  raw: unknown,
  published: boolean,
  spec: PublishSwitch<Snap>,
): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(spec.input, raw);
  if (!input.ok) return input;
  const { version, correctionNote } = input.data;
  return settle(() =>
    db.$transaction(async (tx) => {
      const before = await spec.snapshot(tx, id);
      if (!before) return notFound(`This ${spec.noun} no longer exists.`);
      await rejectIfStale(tx, spec.entityType, id, version, before, before);
      if (before.published === published)
        return fail(
          {},
          published ? `This ${spec.noun} is already published.` : `This ${spec.noun} is already a draft.`,
        );
      const problem = published ? spec.publishProblem(before) : null;
      if (problem) return problem;
      if ((await spec.update(tx, id, version, published)) === 0)
        await rejectIfStale(tx, spec.entityType, id, version, (await spec.snapshot(tx, id))!, before);
      const after = (await spec.snapshot(tx, id))!;
      if (!published)
        await recordCorrection(tx, {
          entityType: spec.entityType,
          entityId: id,
          incidentId: spec.incidentOf(after),
          note: correctionNote,
          userId: user.userId,
        });
      await writeAudit(tx, {
        userId: user.userId,
        action: published ? "publish" : "unpublish",
        entityType: spec.entityType,
        entityId: id,
        before,
        after,
      });
      return { ok: true as const, id, version: after.version, tags: spec.tags };
    }),
  );
}
