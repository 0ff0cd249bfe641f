// Resolves a place name as sources write it ("Ningarhar", "Bajaur Agency", "KPK", "D.I. Khan")
// to a gazetteer id. It never guesses: a name that fits several places is reported as ambiguous
// (with its candidates) unless a province narrows it, and an unknown name is reported as unknown.
import { gazetteer } from "./gazetteer";

export type PlaceMatch =
  | { status: "resolved"; id: string; level: "province" | "district"; name: string }
  | { status: "ambiguous"; candidates: { id: string; name: string; provinceId: string }[] }
  | { status: "unknown"; query: string };

/** Case-, diacritic- and punctuation-insensitive key: "Qala-I- Naw" and "qala i naw" meet. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’'`.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

type Entry = { id: string; name: string; level: "province" | "district"; provinceId: string; country: string };

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const add = (key: string, e: Entry) => {
    const k = normaliseName(key);
    if (!k) return;
    const list = index.get(k) ?? [];
    if (!list.some((x) => x.id === e.id)) list.push(e);
    index.set(k, list);
  };
  for (const p of gazetteer.provinces) {
    const e: Entry = { id: p.code, name: p.name, level: "province", provinceId: p.code, country: p.country };
    [p.name, ...p.alt.map((a) => a.name)].forEach((n) => add(n, e));
  }
  for (const d of gazetteer.districts) {
    const e: Entry = { id: d.id, name: d.name, level: "district", provinceId: d.adm1, country: d.country };
    // "Khost(Matun)" is also known by each of its parts.
    const parts = d.name
      .split(/[()]/)
      .map((s) => s.trim())
      .filter(Boolean);
    [d.name, ...parts, ...d.alt.map((a) => a.name)].forEach((n) => add(n, e));
    // Sources write "Bajaur District" / "Bajaur Agency" as often as "Bajaur".
    add(`${d.name} district`, e);
  }
  return index;
}

let index: Map<string, Entry[]> | undefined;

/**
 * `province` (an ISO 3166-2 code or a province name) narrows ambiguous names; `country` (PAK/AFG)
 * likewise. A province-level and a district-level match of the same name (Kabul, Kandahar) prefer
 * the province unless `level` says otherwise.
 */
export function resolvePlaceName(
  name: string,
  opts: { province?: string; country?: "PAK" | "AFG"; level?: "province" | "district" } = {},
): PlaceMatch {
  index ??= buildIndex();
  const key = normaliseName(name).replace(/ (agency|district|province|tehsil)$/, "");
  let found = index.get(key) ?? index.get(normaliseName(name)) ?? [];
  if (opts.country) found = found.filter((e) => e.country === opts.country);
  if (opts.level) found = found.filter((e) => e.level === opts.level);
  if (opts.province && found.length > 1) {
    const p = resolvePlaceName(opts.province, { level: "province" });
    const pid = p.status === "resolved" ? p.id : opts.province;
    const narrowed = found.filter((e) => e.provinceId === pid);
    if (narrowed.length) found = narrowed;
  }
  if (found.length > 1 && !opts.level) {
    const provinces = found.filter((e) => e.level === "province");
    if (provinces.length === 1 && found.every((e) => e.level === "province" || e.provinceId === provinces[0]!.id))
      found = provinces;
  }
  if (found.length === 1) return { status: "resolved", id: found[0]!.id, level: found[0]!.level, name: found[0]!.name };
  if (found.length === 0) return { status: "unknown", query: name };
  return { status: "ambiguous", candidates: found.map((e) => ({ id: e.id, name: e.name, provinceId: e.provinceId })) };
}
