import type { Metadata } from "next";
import { cardUrl, shareMetadata } from "./metadata";

// Metadata of pages without data (no database at build time): their cards carry no version.
export const methodologyMetadata = (): Metadata =>
  shareMetadata({
    title: "Methodology",
    description:
      "What counts as an attack, how claims are recorded and never merged, source types, qualifiers, known gaps, how to cite, corrections policy and licence.",
    path: "/methodology",
    card: cardUrl("/cards/methodology", {}, null),
    alt: "Share card: how the Pakistan–Afghanistan conflict record is kept.",
  });

export const countsMetadata = (): Metadata =>
  shareMetadata({
    title: "Every counter's figures",
    description:
      "Militant violence in Pakistan as PICSS, PIPS and CRSS count it, official and party figures kept apart, and UN counts of civilians in Afghanistan: every figure with its counter, period, page, date and quote, never summed.",
    path: "/counts",
    card: cardUrl("/cards/counts", {}, null),
    alt: "Share card: militant attacks in Pakistan per month, as counted by PICSS.",
  });
