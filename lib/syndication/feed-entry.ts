// One change as a feed entry, in words both feed formats share: what changed (the home list's own
// line, old → new for a revision), what its date is, and the source it rests on, with the
// document's words in quotation marks only when they are verbatim. Pure: the Atom and JSON
// renderers and the unit tests read the same text.
import { correctionDescription } from "../changes/change-text";
import type { ChangeKind, ChangeSource, DateBasis, LatestChange } from "../changes/change-types";

/** Each kind in words, as a category label. */
export const KIND_LABELS: Record<ChangeKind, string> = {
  incident: "New incident",
  claim: "New claimed figure",
  "claim-revision": "Revised claimed figure",
  count: "New count",
  "count-revision": "Revised count",
  correction: "Correction note",
  "mediation-step": "Mediation step",
  "ceasefire-start": "Ceasefire began",
  "ceasefire-end": "Ceasefire ended",
};

const DATE_SENTENCES: Record<DateBasis, (on: string) => string> = {
  occurred: (on) => `Happened on ${on}.`,
  claimed: (on) => `Claim made on ${on}.`,
  published: (on) => `Report published on ${on}.`,
  "period-end": (on) => `Report undated: dated by the end of the counted period, ${on}.`,
  corrected: (on) => `Correction note written on ${on}.`,
};

/** The source as a reader cites it: "Title — Publisher, published 2025-06-02". */
export type EntrySource =
  | {
      type: "document";
      citation: string;
      title: string;
      /** "Publisher, published 2025-06-02" (or "undated"): the citation after the title. */
      byline: string;
      url: string | null;
      quote: string;
      verbatim: boolean;
    }
  | { type: "editor-note"; citation: string; note: string };

export type FeedEntry = {
  /** A tag: URI made from the change's id alone: the same entry keeps it for ever. */
  id: string;
  /** The record's public page, absolute. */
  url: string;
  title: string;
  kind: ChangeKind;
  kindLabel: string;
  /** RFC 3339: the change's date at midnight UTC. */
  published: string;
  /** When the change entered this record, where known and later; else `published`. */
  updated: string;
  what: string;
  when: string;
  source: EntrySource | null;
  change: LatestChange;
};

function entrySource(source: ChangeSource | null): EntrySource | null {
  if (!source) return null;
  if (source.type === "editor-note") {
    return {
      type: "editor-note",
      citation: `the editor's correction note, written ${source.writtenAt.slice(0, 10)}`,
      note: source.note,
    };
  }
  const byline = `${source.publisher}, ${source.publishedOn ? `published ${source.publishedOn}` : "undated"}`;
  return {
    type: "document",
    citation: `${source.title} — ${byline}`,
    title: source.title,
    byline,
    url: source.url,
    quote: source.quote,
    verbatim: source.quoteKind === "VERBATIM",
  };
}

/** `tag:<host>,2026:change/<change id>` (RFC 4151): the site's host and the change's id only. */
export function changeTagUri(host: string, changeId: string): string {
  return `${tagPrefix(host)}change/${changeId.split(":").map(encodeURIComponent).join(":")}`;
}
export const tagPrefix = (host: string) => `tag:${host},2026:`;

export function feedEntry(change: LatestChange, siteUrl: string): FeedEntry {
  const published = `${change.on}T00:00:00Z`;
  const recorded = change.recordedAt ? new Date(change.recordedAt).toISOString().replace(/\.\d{3}Z$/, "Z") : null;
  return {
    id: changeTagUri(new URL(siteUrl).hostname, change.id),
    url: `${siteUrl}${change.href}`,
    title: change.description,
    kind: change.kind,
    kindLabel: KIND_LABELS[change.kind],
    published,
    updated: recorded && recorded > published ? recorded : published,
    what:
      change.kind === "correction" ? correctionDescription(change.entityType, change.note, true) : change.description,
    when: DATE_SENTENCES[change.dateBasis](change.on),
    source: entrySource(change.source),
    change,
  };
}

/** The entry as plain text lines (JSON Feed's content_text, Atom's summary). */
export function entryLines(entry: FeedEntry): string[] {
  const lines = [entry.what, entry.when];
  const source = entry.source;
  if (source?.type === "editor-note") lines.push(`Source: ${source.citation}.`);
  if (source?.type === "document") {
    lines.push(`Source: ${source.citation}.${source.url ? ` ${source.url}` : ""}`);
    if (source.quote) lines.push(quoteLine(source));
  }
  if (!source) lines.push("Source: none recorded.");
  lines.push(`In the record: ${entry.url}`);
  return lines;
}

/** The document's words in quotation marks when verbatim; a digest's summary said to be one. */
export const quoteLine = (source: { quote: string; verbatim: boolean }) =>
  source.verbatim
    ? `In the source's words: “${source.quote}”`
    : `The source's account, summarised (not its words): ${source.quote}`;
