// Turns the gazetteer plus the dataset's localities into Place rows, and resolves any place id to
// its country / province / district so incidents can be grouped on indexed columns.
import { gazetteer } from "../geo/gazetteer";
import type { Dataset } from "./schema";

export type PlaceRow = {
  id: string;
  name: string;
  level: "COUNTRY" | "PROVINCE" | "DISTRICT" | "LOCALITY";
  country: string;
  parentId: string | null;
  exFata: boolean;
  lon: number | null;
  lat: number | null;
  aliases: string[];
};

export function buildPlaceRows(localities: Dataset["localities"]): PlaceRow[] {
  const rows: PlaceRow[] = gazetteer.countries.map((c) => ({
    id: c.iso3,
    name: c.name,
    level: "COUNTRY",
    country: c.iso3,
    parentId: null,
    exFata: false,
    lon: null,
    lat: null,
    aliases: [c.iso2],
  }));
  for (const p of gazetteer.provinces) {
    rows.push({
      id: p.code,
      name: p.name,
      level: "PROVINCE",
      country: p.country,
      parentId: p.country,
      exFata: false,
      lon: p.label_point[0],
      lat: p.label_point[1],
      aliases: p.alt.map((a) => a.name),
    });
  }
  for (const d of gazetteer.districts) {
    rows.push({
      id: d.id,
      name: d.name,
      level: "DISTRICT",
      country: d.country,
      parentId: d.adm1,
      exFata: d.ex_fata === true,
      lon: d.label_point[0],
      lat: d.label_point[1],
      aliases: d.alt.map((a) => a.name),
    });
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const l of localities) {
    const parent = byId.get(l.parentId);
    if (!parent) throw new Error(`locality ${l.id}: unknown parent ${l.parentId}`);
    const row: PlaceRow = {
      id: l.id,
      name: l.name,
      level: "LOCALITY",
      country: parent.country,
      parentId: l.parentId,
      exFata: parent.exFata,
      lon: l.lon ?? null,
      lat: l.lat ?? null,
      aliases: l.aliases,
    };
    rows.push(row);
    byId.set(row.id, row);
  }
  return rows;
}

export type ResolvedPlace = { country: string; provinceId: string | null; districtId: string | null };

export function createPlaceResolver(rows: PlaceRow[]): (placeId: string) => ResolvedPlace {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (placeId) => resolveIn(byId, placeId);
}

function resolveIn(byId: Map<string, PlaceRow>, placeId: string): ResolvedPlace {
  let node = byId.get(placeId);
  if (!node) throw new Error(`unknown place ${placeId}`);
  const resolved: ResolvedPlace = { country: node.country, provinceId: null, districtId: null };
  while (node) {
    if (node.level === "PROVINCE") resolved.provinceId = node.id;
    if (node.level === "DISTRICT") resolved.districtId = node.id;
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
  return resolved;
}
