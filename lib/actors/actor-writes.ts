// Writes to actors: create and versioned update, audited. A parent must exist and not be the
// actor itself or one of its descendants.
import { checkRefs } from "../writes/versioned";
import { createRecord, updateRecord, type RecordSpec } from "../writes/record-writes";
import type { Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { actorInput, actorUpdateInput, type ActorInput } from "./actor-input";

export async function snapshotActor(tx: DbTx, id: string) {
  return tx.actor.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      side: true,
      country: true,
      aliases: true,
      parentId: true,
      version: true,
    },
  });
}

const columns = (a: ActorInput) => ({
  name: a.name,
  shortName: a.shortName ?? null,
  kind: a.kind,
  side: a.side,
  country: a.country ?? null,
  aliases: a.aliases,
  parentId: a.parentId ?? null,
});

async function isDescendant(tx: DbTx, candidate: string, of: string): Promise<boolean> {
  let cursor: string | null = candidate;
  for (let hops = 0; cursor && hops < 50; hops++) {
    if (cursor === of) return true;
    cursor = (await tx.actor.findUnique({ where: { id: cursor }, select: { parentId: true } }))?.parentId ?? null;
  }
  return false;
}

const spec: RecordSpec<ActorInput, ActorInput & { version: number }> = {
  entityType: "Actor",
  snapshot: snapshotActor,
  check: async (tx, a, id) => {
    const errors = await checkRefs(tx, { actor: { parentId: a.parentId } });
    if (id && a.parentId && !errors.parentId && (await isDescendant(tx, a.parentId, id)))
      errors.parentId = ["An actor cannot sit under itself or one of its own branches."];
    return errors;
  },
  insert: async (tx, a) => (await tx.actor.create({ data: columns(a), select: { id: true } })).id,
  update: async (tx, id, a) =>
    (
      await tx.actor.updateMany({
        where: { id, version: a.version },
        data: { ...columns(a), version: { increment: 1 } },
      })
    ).count,
};

export const createActor = (db: Db, viewer: Viewer | null, raw: unknown) =>
  createRecord(db, viewer, actorInput, raw, spec);
export const updateActor = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  updateRecord(db, viewer, actorUpdateInput, id, raw, spec);
