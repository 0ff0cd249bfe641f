// A feed of changes as one format-neutral document: what it holds in its title and subtitle, its
// addresses, and its entries. Pure (the route reads the data, lib/syndication/atom.ts and
// json-feed.ts write it out), so a test can build one from hand-made changes.
import { LICENCE } from "../api/citation";
import { CHANGE_KINDS, type ChangeKind, type LatestChange } from "../changes/change-types";
import { SITE_NAME } from "../site";
import { feedEntry, tagPrefix, type FeedEntry } from "./feed-entry";
import { feedQuery, type FeedFilters } from "./feed-filters";

/** Every feed holds at most this many entries, the newest. */
export const FEED_LIMIT = 100;
export const FEED_PATHS = { atom: "/feeds/changes.atom", json: "/feeds/changes.json" } as const;

export type FeedDocument = {
  /** tag: URI of this feed (its canonical filters), stable across formats and hosts' schemes. */
  id: string;
  title: string;
  subtitle: string;
  /** RFC 3339: the newest entry's `updated`, or when the (empty) feed was read. */
  updated: string;
  siteUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** The public page showing the same part of the record. */
  pageUrl: string;
  rights: string;
  filters: FeedFilters;
  entries: FeedEntry[];
};

const KIND_PLURALS: Record<ChangeKind, string> = {
  incident: "new incidents",
  claim: "new claimed figures",
  "claim-revision": "revised claimed figures",
  count: "new counts",
  "count-revision": "revised counts",
  correction: "correction notes",
  "mediation-step": "mediation steps",
  "ceasefire-start": "ceasefire starts",
  "ceasefire-end": "ceasefire ends",
};

/** The scope a feed follows, by name ("Khyber Pakhtunkhwa"), as the route looked it up. */
export type FeedScope = { kind: "record" } | { kind: "province" | "track"; id: string; name: string };

function titleOf(kinds: readonly ChangeKind[], scope: FeedScope): string {
  const every = kinds.length === CHANGE_KINDS.length;
  const base =
    kinds.length === 1 && kinds[0] === "correction"
      ? `Corrections to the ${SITE_NAME} record`
      : `Changes to the ${SITE_NAME} record${every ? "" : `: ${kinds.map((kind) => KIND_PLURALS[kind]).join(", ")}`}`;
  return scope.kind === "record" ? base : `${base} — ${scope.name}`;
}

/** What the part of the record a feed follows holds, in full, and what its corrections are about. */
function partOf(scope: FeedScope): { holds: string; about: string } {
  if (scope.kind === "province") {
    return {
      holds:
        `new incidents in ${scope.name}, the figures claimed about them, the counters' figures for ${scope.name} ` +
        "or a region of it, and correction notes on these",
      about:
        `incidents in ${scope.name}, the figures claimed about them and the counters' figures for ${scope.name} ` +
        "or a region of it",
    };
  }
  if (scope.kind === "track") {
    return {
      holds:
        `the steps of the mediation track “${scope.name}”, the starts and ends of its ceasefires, ` +
        "and correction notes on them",
      about: `the mediation track “${scope.name}” and its ceasefires`,
    };
  }
  return {
    holds:
      "new incidents, claimed figures and counts, revised figures, correction notes, mediation steps and ceasefires",
    about: "any published record",
  };
}

function subtitleOf(kinds: readonly ChangeKind[], scope: FeedScope): string {
  const { holds, about } = partOf(scope);
  const what =
    kinds.length === CHANGE_KINDS.length
      ? `${holds[0]!.toUpperCase()}${holds.slice(1)}`
      : kinds.length === 1 && kinds[0] === "correction"
        ? `Correction notes on ${about}`
        : `Only ${kinds.map((kind) => KIND_PLURALS[kind]).join(", ")}, out of ${holds}`;
  return (
    `${what}; newest first, at most ${FEED_LIMIT}. Each figure is its claimant's or counter's own, ` +
    "cited to its source; figures are never added together."
  );
}

function pageOf(scope: FeedScope): string {
  if (scope.kind === "province") return `/attacks?province=${encodeURIComponent(scope.id)}`;
  if (scope.kind === "track") return `/mediation#track-${encodeURIComponent(scope.id)}`;
  return "/";
}

export function buildFeedDocument(input: {
  siteUrl: string;
  filters: FeedFilters;
  scope: FeedScope;
  changes: LatestChange[];
  /** When the data was read (ISO): the feed's `updated` when it has no entry. */
  readAt: string;
}): FeedDocument {
  const site = input.siteUrl.replace(/\/+$/, "");
  const kinds = input.filters.kind ?? CHANGE_KINDS;
  const query = feedQuery(input.filters);
  const entries = input.changes.slice(0, FEED_LIMIT).map((change) => feedEntry(change, site));
  const newest = entries.reduce<string | null>(
    (latest, e) => (latest && latest > e.updated ? latest : e.updated),
    null,
  );
  return {
    id: `${tagPrefix(new URL(site).hostname)}feeds/changes${query}`,
    title: titleOf(kinds, input.scope),
    subtitle: subtitleOf(kinds, input.scope),
    updated: newest ?? new Date(input.readAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
    siteUrl: site,
    atomUrl: `${site}${FEED_PATHS.atom}${query}`,
    jsonUrl: `${site}${FEED_PATHS.json}${query}`,
    pageUrl: `${site}${pageOf(input.scope)}`,
    rights: LICENCE,
    filters: input.filters,
    entries,
  };
}
