// Admin lists and edit loads of the reference records (sources, documents, actors, places).
import { assertRole, type Viewer } from "../access/authorize";
import { snapshotActor } from "../actors/actor-writes";
import type { Db } from "../db/create-client";
import { snapshotDocument } from "../documents/document-writes";
import { snapshotSource } from "../documents/source-writes";
import { snapshotPlace } from "../places/place-writes";

export async function listSourcesForAdmin(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "VIEWER");
  return db.source.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, country: true, _count: { select: { documents: true } } },
  });
}

export async function listDocumentsForAdmin(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "VIEWER");
  return db.document.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    select: { id: true, title: true, publishedOn: true, source: { select: { name: true } } },
  });
}

export async function listActorsForAdmin(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "VIEWER");
  return db.actor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, side: true } });
}

/** Localities (editor-made and dataset), then provinces; districts are many, so only on search. */
export async function listPlacesForAdmin(db: Db, viewer: Viewer | null, q?: string) {
  assertRole(viewer, "VIEWER");
  return db.place.findMany({
    where: q ? { name: { contains: q, mode: "insensitive" } } : { level: { in: ["LOCALITY", "PROVINCE"] } },
    orderBy: [{ level: "desc" }, { name: "asc" }],
    take: 300,
    select: { id: true, name: true, level: true, country: true, parent: { select: { name: true } } },
  });
}

export async function getRecordForEdit(
  db: Db,
  viewer: Viewer | null,
  kind: "Source" | "Document" | "Actor" | "Place",
  id: string,
) {
  assertRole(viewer, "VIEWER");
  const snap = { Source: snapshotSource, Document: snapshotDocument, Actor: snapshotActor, Place: snapshotPlace }[kind];
  return (await snap(db, id)) as (Record<string, unknown> & { version: number }) | null;
}
