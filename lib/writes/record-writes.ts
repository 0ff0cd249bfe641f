// Create and versioned update for the reference records (documents, sources, actors, places):
// the same steps as incidents and claims — zod input, role check, one transaction with its audit
// row, `updateMany where {id, version}` so a stale form gets a conflict — without publishing.
// Updates run through updateVersioned, like every other record's.
import type { z } from "zod";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS } from "../cache-tags";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { settle } from "./versioned";
import { updateVersioned } from "./versioned-update";
import { WriteRejected, fail, parseInput, type FieldErrors, type WriteResult } from "./write-result";

type Snapshot = Record<string, unknown> & { version: number };

export type RecordSpec<C, U> = {
  entityType: "Document" | "Source" | "Actor" | "Place";
  snapshot: (tx: DbTx, id: string) => Promise<Snapshot | null>;
  /** Field errors for ids that do not exist or rules that need the database. */
  check: (tx: DbTx, data: C | U, id?: string) => Promise<FieldErrors>;
  insert: (tx: DbTx, data: C) => Promise<string>;
  /** Returns the number of rows updated (0: the version moved on). */
  update: (tx: DbTx, id: string, data: U) => Promise<number>;
};

// Names of sources, documents, actors and places appear on every public view (a counter's name and
// a count's document too).
const TAGS = [CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.counts];

function rejectIfErrors(errors: FieldErrors) {
  if (Object.keys(errors).length) throw new WriteRejected(fail(errors));
}

export async function createRecord<S extends z.ZodType>(
  db: Db,
  viewer: Viewer | null,
  schema: S,
  raw: unknown,
  spec: RecordSpec<z.output<S>, never>,
): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(schema, raw);
  if (!input.ok) return input;
  return settle(() =>
    db.$transaction(async (tx) => {
      rejectIfErrors(await spec.check(tx, input.data));
      const id = await spec.insert(tx, input.data);
      await writeAudit(tx, {
        userId: user.userId,
        action: "create",
        entityType: spec.entityType,
        entityId: id,
        after: await spec.snapshot(tx, id),
      });
      return { ok: true as const, id, version: 1, tags: TAGS };
    }),
  );
}

export async function updateRecord<S extends z.ZodType<{ version: number }>>(
  db: Db,
  viewer: Viewer | null,
  schema: S,
  id: string,
  raw: unknown,
  spec: RecordSpec<never, z.output<S>>,
): Promise<WriteResult> {
  return updateVersioned(db, viewer, schema, id, raw, {
    entityType: spec.entityType,
    missing: "This record no longer exists.",
    snapshot: spec.snapshot,
    tags: TAGS,
    check: async (tx, data) => rejectIfErrors(await spec.check(tx, data, id)),
    update: (tx, data) => spec.update(tx, id, data),
  });
}
