// The dataset files read as plain JSON, without the loader under test: the oracle that the
// database's contents and aggregates are checked against.
import { readFileSync } from "node:fs";
import path from "node:path";

const dir = path.join(process.cwd(), "prisma", "dataset");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;
export const readRaw = (file: string): Row[] => JSON.parse(readFileSync(path.join(dir, `${file}.json`), "utf8"));

export const raw = {
  sources: readRaw("sources"),
  documents: readRaw("documents"),
  actors: readRaw("actors"),
  localities: readRaw("localities"),
  episodes: readRaw("episodes"),
  incidents: readRaw("incidents"),
  claims: readRaw("claims"),
  tracks: readRaw("mediation-tracks"),
  ceasefires: readRaw("ceasefires"),
};

/** Province code of a place id, by the id conventions alone (PK-KP-bajaur → PK-KP). */
export function provinceOf(placeId: string): string | null {
  const loc = raw.localities.find((l) => l.id === placeId);
  if (loc) return provinceOf(loc.parentId);
  const m = /^([A-Z]{2}-[A-Z]{2,3})/.exec(placeId);
  return m ? m[1]! : null;
}

export function districtOf(placeId: string): string | null {
  const loc = raw.localities.find((l) => l.id === placeId);
  if (loc) return districtOf(loc.parentId);
  return /^[A-Z]{2}-[A-Z]{2,3}-[a-z0-9-]+$/.test(placeId) ? placeId : null;
}

export const inPakistan = (i: Row) => i.placeId === "PAK" || provinceOf(i.placeId)?.startsWith("PK-") === true;
/** What every attack count counts: incidents in Pakistan, security operations apart. */
export const attackInPakistan = (i: Row) => inPakistan(i) && i.type !== "SECURITY_OPERATION";

export function tally<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}
