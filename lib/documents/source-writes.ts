// Writes to publishers (Source): create and versioned update, audited.
import { createRecord, updateRecord, type RecordSpec } from "../writes/record-writes";
import type { Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { sourceInput, sourceUpdateInput, type SourceInput } from "./source-input";

export async function snapshotSource(tx: DbTx, id: string) {
  return tx.source.findUnique({
    where: { id },
    select: { id: true, name: true, kind: true, country: true, url: true, version: true },
  });
}

const columns = (s: SourceInput) => ({ name: s.name, kind: s.kind, country: s.country ?? null, url: s.url ?? null });

const spec: RecordSpec<SourceInput, SourceInput & { version: number }> = {
  entityType: "Source",
  snapshot: snapshotSource,
  check: async () => ({}),
  insert: async (tx, s) => (await tx.source.create({ data: columns(s), select: { id: true } })).id,
  update: async (tx, id, s) =>
    (
      await tx.source.updateMany({
        where: { id, version: s.version },
        data: { ...columns(s), version: { increment: 1 } },
      })
    ).count,
};

export const createSource = (db: Db, viewer: Viewer | null, raw: unknown) =>
  createRecord(db, viewer, sourceInput, raw, spec);
export const updateSource = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  updateRecord(db, viewer, sourceUpdateInput, id, raw, spec);
