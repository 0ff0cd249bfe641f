// Page metadata in one shape: title, a description that states the view's figures, the canonical
// address, the feeds of changes that follow it, and Open Graph / Twitter tags pointing at the
// share card of exactly that view.
import type { Metadata } from "next";
import { getEnv } from "../env";
import { oembedAlternates } from "../embed/oembed";
import { gazetteer } from "../geo/gazetteer";
import { SITE_NAME } from "../site";

export const siteUrl = () => getEnv().SITE_URL.replace(/\/+$/, "");

/** Absolute address of a card, with the data version so no cache pairs old numbers with new text. */
export function cardUrl(path: string, params: Record<string, string | undefined>, version: string | null): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
  if (version) qs.set("v", version);
  const s = qs.toString();
  return `${siteUrl()}${path}${s ? `?${s}` : ""}`;
}

/** The feeds of changes (lib/syndication), by the query that filters them. */
const feedUrls = (query: string) => ({
  atom: `${siteUrl()}/feeds/changes.atom${query}`,
  json: `${siteUrl()}/feeds/changes.json${query}`,
});

/**
 * The feeds a page announces (`<link rel="alternate">`): the whole record's on every page and, on
 * an /attacks view filtered to a Pakistani province, that province's too (read from the page's
 * own canonical path), and on a page about one place in a province (an incident) that province's,
 * when the page names it. Only a province the gazetteer knows gets a link (a feed of an unknown one
 * would be a 404).
 */
export function feedAlternates(
  path: string,
  provinceOfPage?: string | null,
): NonNullable<Metadata["alternates"]>["types"] {
  const site = feedUrls("");
  const atom = [{ url: site.atom, title: `${SITE_NAME}: latest changes to the record (Atom)` }];
  const json = [{ url: site.json, title: `${SITE_NAME}: latest changes to the record (JSON Feed)` }];
  const [pathname, query = ""] = path.split("?");
  const provinceId = provinceOfPage ?? (pathname === "/attacks" ? new URLSearchParams(query).get("province") : null);
  const province = gazetteer.provinces.find((p) => p.country === "PAK" && p.code === provinceId);
  if (province) {
    const filtered = feedUrls(`?province=${encodeURIComponent(province.code)}`);
    atom.push({ url: filtered.atom, title: `${SITE_NAME}: latest changes — ${province.name} (Atom)` });
    json.push({ url: filtered.json, title: `${SITE_NAME}: latest changes — ${province.name} (JSON Feed)` });
  }
  return { "application/atom+xml": atom, "application/feed+json": json };
}

export function shareMetadata(m: {
  title: string;
  description: string;
  path: string;
  card: string;
  alt: string;
  /** The Pakistani province the page is about, for its feed of changes (lib/syndication). */
  province?: string | null;
}): Metadata {
  const url = `${siteUrl()}${m.path}`;
  const full = `${m.title} · ${SITE_NAME}`;
  return {
    title: { absolute: full },
    description: m.description,
    alternates: {
      canonical: url,
      types: { ...feedAlternates(m.path, m.province), ...oembedAlternates(m.path, siteUrl()) },
    },
    openGraph: {
      type: "website",
      title: full,
      description: m.description,
      url,
      siteName: SITE_NAME,
      locale: "en_GB",
      images: [{ url: m.card, width: 1200, height: 630, alt: m.alt, type: "image/png" }],
    },
    twitter: {
      card: "summary_large_image",
      title: full,
      description: m.description,
      images: [{ url: m.card, alt: m.alt }],
    },
  };
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
