// The citation and licence every download carries, in one place. A figure copied out of a CSV
// loses the page around it; these lines travel with the file so the compilation, the licence and
// the rule that each figure stays its claimant's claim go wherever the data goes.
import { isoDay } from "../dates";

export const CITATION_AUTHOR = "Frontier Monitor (2026). Pakistan–Afghanistan conflict record.";

export const LICENCE =
  "Data: CC BY 4.0 (Frontier Monitor compilation); each figure remains the claim of the party named, with its source. " +
  "Boundaries: geoBoundaries, CC BY 4.0.";

/**
 * "Frontier Monitor (2026). Pakistan–Afghanistan conflict record. <SITE_URL><path>?<query>. Retrieved <date>."
 * The URL is the public origin (SITE_URL), not the host the request came through, so a citation
 * made behind a proxy or on a preview deployment still points at the canonical record.
 */
export function citationFor(siteUrl: string, path: string, search: string, retrieved: Date): string {
  const origin = siteUrl.replace(/\/+$/, "");
  const query = search.startsWith("?") ? search.slice(1) : search;
  const url = `${origin}${path}${query ? `?${query}` : ""}`;
  return `${CITATION_AUTHOR} ${url}. Retrieved ${isoDay(retrieved)}.`;
}

