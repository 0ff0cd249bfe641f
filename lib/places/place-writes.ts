// Writes to places: editors add named localities (id "loc-<name>") under a district or province,
// and may rename any place, add aliases or a point; level, country and parent of gazetteer places
// stay as shipped. Audited; versioned updates.
import { createRecord, updateRecord, type RecordSpec } from "../writes/record-writes";
import type { FieldErrors } from "../writes/write-result";
import type { Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { placeCreateInput, placeUpdateInput, type PlaceCreateInput } from "./place-input";

type PlaceUpdate = Omit<PlaceCreateInput, "parentId"> & { version: number };

export async function snapshotPlace(tx: DbTx, id: string) {
  return tx.place.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      level: true,
      country: true,
      parentId: true,
      exFata: true,
      lon: true,
      lat: true,
      aliases: true,
      version: true,
    },
  });
}

const slug = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "place";

async function freeId(tx: DbTx, name: string): Promise<string> {
  const base = `loc-${slug(name)}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.place.findUnique({ where: { id }, select: { id: true } }))) return id;
  }
}

const spec: RecordSpec<PlaceCreateInput, PlaceUpdate> = {
  entityType: "Place",
  snapshot: snapshotPlace,
  check: async (tx, p, id?: string): Promise<FieldErrors> => {
    if (id || !("parentId" in p)) return {};
    const parent = await tx.place.findUnique({ where: { id: p.parentId } });
    if (!parent) return { parentId: ["No such place."] };
    if (parent.level !== "DISTRICT" && parent.level !== "PROVINCE")
      return { parentId: ["A locality lies within a district or a province."] };
    return {};
  },
  insert: async (tx, p) => {
    const parent = (await tx.place.findUnique({ where: { id: p.parentId } }))!;
    const id = await freeId(tx, p.name);
    await tx.place.create({
      data: {
        id,
        name: p.name,
        level: "LOCALITY",
        country: parent.country,
        parentId: parent.id,
        exFata: parent.exFata,
        lon: p.lon ?? null,
        lat: p.lat ?? null,
        aliases: p.aliases,
      },
    });
    return id;
  },
  update: async (tx, id, p) =>
    (
      await tx.place.updateMany({
        where: { id, version: p.version },
        data: { name: p.name, aliases: p.aliases, lon: p.lon ?? null, lat: p.lat ?? null, version: { increment: 1 } },
      })
    ).count,
};

export const createPlace = (db: Db, viewer: Viewer | null, raw: unknown) =>
  createRecord(db, viewer, placeCreateInput, raw, spec);
export const updatePlace = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  updateRecord(db, viewer, placeUpdateInput, id, raw, spec);
