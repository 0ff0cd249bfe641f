// The one versioned update every admin record goes through (incidents, claims, mediation tracks,
// events and ceasefires, documents, sources, actors, places). The steps and their order are the
// contract the editors see: a stale form gets a conflict before any rule is checked, an unchanged
// form writes nothing and succeeds, a change to a public record needs a correction note, and the
// change, its correction and its audit row commit together or not at all.
import type { z } from "zod";
import { writeAudit, type AuditAction } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import type { CacheTag } from "../cache-tags";
import type { Db, DbTx } from "../db/create-client";
import {
  hasChanges,
  NothingChanged,
  recordCorrection,
  rejectIfStale,
  settle,
  type CorrectionTarget,
} from "./versioned";
import { notFound, parseInput, type WriteResult } from "./write-result";

type Snapshot = Record<string, unknown> & { version: number };

/** What every update form sends besides its fields: the version it loaded and, for public records, a note. */
export type VersionedInput = { version: number; correctionNote?: string };

/**
 * The parts that differ between records. Hooks close over the record's id; `data` is the parsed
 * input, `before` and `after` the record's audited snapshots around the update.
 */
export type VersionedUpdate<Data, Snap extends Snapshot> = {
  /** The audit log's entity type (Prisma model name). */
  entityType: string;
  /** The form error when the record does not exist (any more). */
  missing: string;
  snapshot: (tx: DbTx, id: string) => Promise<Snap | null>;
  /** Rules that need the database or the record as it is; refuses by throwing WriteRejected. */
  check?: (tx: DbTx, data: Data, before: Snap) => Promise<void>;
  /** `updateMany where {id, version}` with the version incremented; returns the rows updated (0: stale). */
  update: (tx: DbTx, data: Data) => Promise<number>;
  /** Link rows (citations, actors) replaced once the record's own row is updated. */
  replaceLinks?: (tx: DbTx, data: Data) => Promise<void>;
  /**
   * The form carries the publish box (mediation): ticking it is a change, audited as publish or
   * unpublish. Incidents and claims publish through their own action, so it is not.
   */
  countPublished?: boolean;
  /** The public record this change corrects (its note is then required), or null while nothing public changed. */
  correction?: (tx: DbTx, before: Snap, after: Snap) => Promise<CorrectionTarget | null> | CorrectionTarget | null;
  /** Cache tags to invalidate after a change. */
  tags: CacheTag[];
};

/**
 * The usual rule: a change to a record the public has seen corrects it; a draft's corrects nothing
 * (publishing a draft from the form included). `target` names the record and its incident.
 */
export const whenPublished = (target: CorrectionTarget) => (_tx: DbTx, before: { published?: unknown }) =>
  before.published ? target : null;

function auditAction(before: Snapshot, after: Snapshot, countPublished: boolean): AuditAction {
  if (!countPublished || before.published === after.published) return "update";
  return after.published ? "publish" : "unpublish";
}

export async function updateVersioned<Schema extends z.ZodType<VersionedInput>, Snap extends Snapshot>(
  db: Db,
  viewer: Viewer | null,
  schema: Schema,
  id: string,
  raw: unknown,
  spec: VersionedUpdate<z.output<Schema>, Snap>,
): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(schema, raw);
  if (!input.ok) return input;
  const data = input.data;
  const countPublished = spec.countPublished ?? false;
  return settle(() =>
    db.$transaction(async (tx) => {
      const before = await spec.snapshot(tx, id);
      if (!before) return notFound(spec.missing);
      await rejectIfStale(tx, spec.entityType, id, data.version, before, { ...data });
      await spec.check?.(tx, data, before);
      // Zero rows: someone saved between the check above and the update.
      if ((await spec.update(tx, data)) === 0)
        await rejectIfStale(tx, spec.entityType, id, data.version, (await spec.snapshot(tx, id))!, { ...data });
      await spec.replaceLinks?.(tx, data);
      const after = (await spec.snapshot(tx, id))!;
      if (!hasChanges(before, after, { countPublished })) throw new NothingChanged();
      const corrected = await spec.correction?.(tx, before, after);
      if (corrected) await recordCorrection(tx, { ...corrected, note: data.correctionNote, userId: user.userId });
      const action = auditAction(before, after, countPublished);
      await writeAudit(tx, { userId: user.userId, action, entityType: spec.entityType, entityId: id, before, after });
      return { ok: true as const, id, version: after.version, tags: spec.tags };
    }),
  ).catch((err: unknown) => {
    // Nothing changed: the transaction rolled back (no version bump, no audit row) and the save succeeds.
    if (err instanceof NothingChanged) return { ok: true as const, id, version: data.version, tags: [] };
    throw err;
  });
}
