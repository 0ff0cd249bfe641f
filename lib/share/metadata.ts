// Page metadata in one shape: title, a description that states the view's figures, the canonical
// address, and Open Graph / Twitter tags pointing at the share card of exactly that view.
import type { Metadata } from "next";
import { getEnv } from "../env";
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

export function shareMetadata(m: {
  title: string;
  description: string;
  path: string;
  card: string;
  alt: string;
}): Metadata {
  const url = `${siteUrl()}${m.path}`;
  const full = `${m.title} · ${SITE_NAME}`;
  return {
    title: { absolute: full },
    description: m.description,
    alternates: { canonical: url },
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
