// Writes to documents: create (with the content hash the seed and ingest deduplicate on) and
// versioned update, audited. A second document with the same address and title is refused.
import { createHash } from "node:crypto";
import { checkRefs } from "../writes/versioned";
import { createRecord, updateRecord, type RecordSpec } from "../writes/record-writes";
import type { Viewer } from "../access/authorize";
import { optionalIsoDay } from "../dates";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { documentInput, documentUpdateInput, type DocumentInput } from "./document-input";

export async function snapshotDocument(tx: DbTx, id: string) {
  const d = await tx.document.findUnique({ where: { id } });
  if (!d) return null;
  return {
    id: d.id,
    sourceId: d.sourceId,
    title: d.title,
    url: d.url,
    publishedOn: optionalIsoDay(d.publishedOn),
    datePrecision: d.datePrecision,
    language: d.language,
    note: d.note,
    version: d.version,
  };
}

/** Same formula as the seed (url, file, title), so an admin copy of a dataset document is caught. */
const contentHash = (d: DocumentInput) =>
  createHash("sha256")
    .update(`${d.url ?? ""}\n\n${d.title}`)
    .digest("hex");

const columns = (d: DocumentInput) => ({
  sourceId: d.sourceId,
  title: d.title,
  url: d.url ?? null,
  publishedOn: d.publishedOn ? new Date(`${d.publishedOn}T00:00:00Z`) : null,
  datePrecision: d.datePrecision,
  language: d.language,
  note: d.note ?? null,
});

const spec: RecordSpec<DocumentInput, DocumentInput & { version: number }> = {
  entityType: "Document",
  snapshot: snapshotDocument,
  check: async (tx, d, id) => {
    const errors = await checkRefs(tx, { source: { sourceId: d.sourceId } });
    if (!id) {
      const duplicate = await tx.document.findUnique({ where: { contentHash: contentHash(d) }, select: { id: true } });
      if (duplicate) errors.title = ["A document with this address and title is already recorded."];
    }
    return errors;
  },
  insert: async (tx, d) =>
    (
      await tx.document.create({
        data: { ...columns(d), contentHash: contentHash(d), retrievedAt: new Date() },
        select: { id: true },
      })
    ).id,
  update: async (tx, id, d) =>
    (
      await tx.document.updateMany({
        where: { id, version: d.version },
        data: { ...columns(d), version: { increment: 1 } },
      })
    ).count,
};

export const createDocument = (db: Db, viewer: Viewer | null, raw: unknown) =>
  createRecord(db, viewer, documentInput, raw, spec);
export const updateDocument = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  updateRecord(db, viewer, documentUpdateInput, id, raw, spec);
