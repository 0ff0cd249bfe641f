// "Accept → new incident": the incident form opened from a review item starts from the item's
// suggestions. Only ids that exist are suggested, the date only when the form would accept it;
// everything else is left for the editor. Nothing is written here.
import { EARLIEST_DATE } from "../writes/fields";
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { PerpetratorBasis, ReviewStatus } from "../db/generated/client";
import { today } from "../dates";
import { suggestionsSchema, type Suggestions } from "./suggestions";

/** Field names match the incident form input (lib/incidents/incident-input.ts). */
export type IncidentPrefill = {
  fromItem: string;
  itemStatus: ReviewStatus;
  title?: string;
  summary?: string;
  occurredOn?: string;
  datePrecision?: "DAY" | "APPROXIMATE";
  country?: "PAK" | "AFG";
  provinceId?: string;
  districtId?: string;
  locationText?: string;
  /** The suggested perpetrator; `basis` only when the text says claimed or attributed. */
  perpetrator?: { actorId: string; name: string; basis: PerpetratorBasis | null; text: string };
  /** Where the incident's citation should come from: the item's URL, an existing Document with
   *  that URL if there is one, and a verbatim sentence from the item to quote. */
  citation: { url: string | null; documentId: string | null; quote: string | null };
};

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);
const firstSentences = (body: string, max: number) => {
  const sentences = body
    .replace(/\s+/g, " ")
    .trim()
    .match(/[^.!?]+[.!?]+/g) ?? [body];
  let out = "";
  for (const s of sentences) {
    if ((out + s).length > max) break;
    out += s;
  }
  return (out || clip(body, max)).trim();
};

export async function prefillIncidentFromItem(
  db: Db,
  viewer: Viewer | null,
  itemId: string,
): Promise<IncidentPrefill | null> {
  assertRole(viewer, "EDITOR");
  const item = await db.ingestedItem.findUnique({ where: { id: itemId } });
  if (!item) return null;
  const parsed = suggestionsSchema.safeParse(item.suggestions);
  const s: Suggestions = parsed.success
    ? parsed.data
    : { date: null, places: [], perpetrators: [], figures: [], periodCounts: [] };

  const prefill: IncidentPrefill = {
    fromItem: item.id,
    itemStatus: item.status,
    title: clip(item.title.trim(), 200),
    citation: { url: item.url, documentId: null, quote: null },
  };
  if (item.body) prefill.summary = firstSentences(item.body, 600);
  if (s.date && s.date.value >= EARLIEST_DATE && s.date.value <= today()) {
    prefill.occurredOn = s.date.value;
    prefill.datePrecision = s.date.precision;
  }

  const placeIds = s.places.map((p) => p.id);
  const places = new Map(
    (
      await db.place.findMany({
        where: { id: { in: placeIds } },
        select: { id: true, level: true, parentId: true, country: true },
      })
    ).map((p) => [p.id, p]),
  );
  const district = s.places.map((p) => places.get(p.id)).find((p) => p?.level === "DISTRICT");
  const province = district?.parentId
    ? { id: district.parentId, country: district.country }
    : s.places.map((p) => places.get(p.id)).find((p) => p?.level === "PROVINCE");
  if (district) prefill.districtId = district.id;
  if (province) prefill.provinceId = province.id;
  const country = district?.country ?? province?.country;
  if (country === "PAK" || country === "AFG") prefill.country = country;
  const placeText = s.places.find((p) => p.id === (district?.id ?? province?.id))?.text;
  if (placeText) prefill.locationText = clip(placeText, 300);

  // Claimed beats attributed beats merely mentioned; only actors on record are suggested.
  const rank = { CLAIMED: 0, ATTRIBUTED: 1, MENTIONED: 2 } as const;
  const actors = new Set(
    (
      await db.actor.findMany({ where: { id: { in: s.perpetrators.map((p) => p.actorId) } }, select: { id: true } })
    ).map((a) => a.id),
  );
  const perp = [...s.perpetrators]
    .filter((p) => actors.has(p.actorId))
    .sort((a, b) => rank[a.basis] - rank[b.basis])[0];
  if (perp)
    prefill.perpetrator = {
      actorId: perp.actorId,
      name: perp.name,
      basis: perp.basis === "MENTIONED" ? null : perp.basis,
      text: perp.text,
    };

  if (item.url)
    prefill.citation.documentId =
      (await db.document.findFirst({ where: { url: item.url }, select: { id: true } }))?.id ?? null;
  const quote = s.figures[0]?.quote ?? (item.body ? firstSentences(item.body, 300) : null);
  prefill.citation.quote = quote ? clip(quote, 1000) : null;
  return prefill;
}
