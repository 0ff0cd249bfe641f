import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import type { AttackFilters } from "../incidents/filters";
import { INCIDENT_TYPE_LABELS, TARGET_TYPE_LABELS, labelOf } from "../vocabulary";

/** The filters of an /attacks view in words, for its title, description and share card:
 *  ["Bajaur, Khyber Pakhtunkhwa", "2026-02-01 to 2026-03-31", "Suicide bombing", …]. Names come
 *  from the database (any place or actor id the schema accepts; an unknown one is shown as is). */
export async function describeAttackFilters(f: AttackFilters): Promise<string[]> {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("record");
  const db = getDb();
  const placeIds = [f.district, f.province].filter((x): x is string => !!x);
  const [places, actor] = await Promise.all([
    placeIds.length ? db.place.findMany({ where: { id: { in: placeIds } }, select: { id: true, name: true } }) : [],
    f.perpetrator ? db.actor.findUnique({ where: { id: f.perpetrator }, select: { name: true } }) : null,
  ]);
  const name = (id: string) => places.find((p) => p.id === id)?.name ?? id;
  const parts: string[] = [];
  if (placeIds.length) parts.push(placeIds.map(name).join(", "));
  if (f.from || f.to) parts.push(f.from && f.to ? `${f.from} to ${f.to}` : f.from ? `from ${f.from}` : `until ${f.to}`);
  if (f.type) parts.push(labelOf(INCIDENT_TYPE_LABELS, f.type));
  if (f.target) parts.push(`target: ${labelOf(TARGET_TYPE_LABELS, f.target).toLowerCase()}`);
  if (f.perpetrator) parts.push(`named as responsible: ${actor?.name ?? f.perpetrator}`);
  return parts;
}
