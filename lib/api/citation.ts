// The citation and licence every download carries, in one place. A figure copied out of a CSV
// loses the page around it; the citation, the licence and the rule that each figure stays its
// claimant's claim travel with the response: in JSON `meta`, in a CSV's HTTP headers (Link
// rel="cite-as" / rel="license") and, on request, in `#` lines at the top of the file.
import { isoDay } from "../dates";

export const CITATION_AUTHOR = "Frontier Monitor (2026). Pakistan–Afghanistan conflict record.";

export const LICENCE =
  "Data: CC BY 4.0 (Frontier Monitor compilation); each figure remains the claim of the party named, with its source. " +
  "Boundaries: geoBoundaries, CC BY 4.0.";

/** The licence as a link target (RFC 8288 rel="license"), for tools that read headers, not prose. */
export const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/**
 * The address a view is cited by: the public origin (SITE_URL), not the host the request came
 * through, so a citation made behind a proxy or on a preview deployment still points at the
 * canonical record. `search` comes from a parsed URL, so the result is ASCII and fits a header.
 */
export function citedUrl(siteUrl: string, path: string, search: string): string {
  const origin = siteUrl.replace(/\/+$/, "");
  const query = search.startsWith("?") ? search.slice(1) : search;
  return `${origin}${path}${query ? `?${query}` : ""}`;
}

/** "Frontier Monitor (2026). Pakistan–Afghanistan conflict record. <SITE_URL><path>?<query>. Retrieved <date>." */
export function citationFor(siteUrl: string, path: string, search: string, retrieved: Date): string {
  return `${CITATION_AUTHOR} ${citedUrl(siteUrl, path, search)}. Retrieved ${isoDay(retrieved)}.`;
}
