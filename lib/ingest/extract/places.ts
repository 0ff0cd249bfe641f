// Places named in a text, resolved through the gazetteer; ambiguous or unknown names are skipped
// (a reviewer sees the text anyway), and a longer name wins over its parts ("North Waziristan").
import { resolvePlaceName } from "../../geo/resolve-place-name";

type PlaceHit = { id: string; name: string; level: "province" | "district"; text: string };

const NAME_RUN = /\b[A-Z][\p{L}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*|i|e|ul|al))*/gu;
/** Capitalised words that are never places here even where a gazetteer name matches. */
const NOT_PLACES = new Set(["tank", "pakistan", "afghanistan", "taliban", "afghan", "pakistani"]);

export function findPlaces(text: string): PlaceHit[] {
  const hits = new Map<string, PlaceHit>();
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    // Try every sub-run, longest first, so "Bajaur in Khyber Pakhtunkhwa" yields both places.
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + 4); j > i; j--) {
        const phrase = words
          .slice(i, j)
          .join(" ")
          .replace(/[.’']+$/, "");
        if (NOT_PLACES.has(phrase.toLowerCase())) continue;
        const r = resolvePlaceName(phrase);
        if (r.status === "resolved") {
          if (!hits.has(r.id)) hits.set(r.id, { id: r.id, name: r.name, level: r.level, text: phrase });
          i = j - 1;
          break;
        }
      }
    }
  }
  // Districts first: they say more about where it happened than their province.
  return [...hits.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === "district" ? -1 : 1));
}
