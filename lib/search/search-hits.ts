// A search hit as every reader shows it: title, date, the public page (and anchor) where the
// record stands, a highlighted excerpt saying which field it comes from, and for a claim the
// claimant, the figure with its qualifier, and whether its quote is the document's words or a
// digest's summary. Pure: built from the rows of search-details.ts and mediation-details.ts.
import { claimHref, incidentHref } from "../changes/change-text";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "../vocabulary";
import type { CeasefireDetail, EventDetail, StatementDetail, TrackDetail } from "./mediation-details";
import type {
  ActorDetail,
  ClaimDetail,
  ClaimFigureFields,
  DocumentDetail,
  Headlines,
  IncidentDetail,
  PlaceDetail,
} from "./search-details";
import type { SearchKind } from "./search-query";
import { hasMatch, snippetParts, type SnippetPart } from "./snippet";

/** The field an excerpt comes from. A quote and a citation carry the quote's kind. */
export type SnippetSource =
  | "summary"
  | "title"
  | "location"
  | "quote"
  | "citation"
  | "note"
  | "stated-by"
  | "aliases"
  | "description"
  | "venue"
  | "terms";
export type SearchSnippet = { source: SnippetSource; quoteKind: string | null; parts: SnippetPart[] };

/** `quoteKind` VERBATIM: the document's words; SUMMARY: a digest's account of the report, not its words. */
export type ClaimFacts = ClaimFigureFields & {
  claimant: string;
  /** The figure as written with its qualifier: "at least 133", "4–7", "none". */
  figure: string;
};

export type SearchHit = {
  kind: SearchKind;
  /** The table the record lives in (mediation hits are tracks or their steps). */
  record: string;
  id: string;
  title: string;
  /** YYYY-MM-DD: when it happened, was said or was published; null for actors and places. */
  date: string | null;
  href: string;
  rank: number;
  /** One line of context in the project's voice ("District in Khyber Pakhtunkhwa"). */
  context: string | null;
  snippet: SearchSnippet | null;
  claim: ClaimFacts | null;
};

type Candidate = { source: SnippetSource; text: string | null | undefined; quoteKind?: string | null };

/** The first excerpt with a highlighted word; else the first non-empty one, when `fallback`. */
export function pickSnippet(candidates: Candidate[], fallback = true): SearchSnippet | null {
  const snippets = candidates
    .filter((c) => c.text)
    .map((c) => ({ source: c.source, quoteKind: c.quoteKind ?? null, parts: snippetParts(c.text!) }));
  return snippets.find((s) => hasMatch(s.parts)) ?? (fallback ? (snippets[0] ?? null) : null);
}

const enc = encodeURIComponent;
type Shared = Pick<SearchHit, "rank" | "date">;
const base = (kind: SearchKind, record: string, id: string, shared: Shared) => ({ kind, record, id, ...shared });

export function incidentHit(r: IncidentDetail & Headlines, shared: Shared): SearchHit {
  return {
    ...base("incident", "Incident", r.id, shared),
    title: r.title,
    href: incidentHref(r.id),
    context: r.via.length ? `Found by its ${r.via.join("; ")}` : r.locationText,
    snippet: pickSnippet([
      { source: "summary", text: r.summary },
      { source: "title", text: r.titleHeadline },
      { source: "location", text: r.location },
    ]),
    claim: null,
  };
}

export function claimHit(r: ClaimDetail & Headlines, shared: Shared): SearchHit {
  const figure = formatFigure(r);
  const claimant = r.statedBy ? `${r.claimantName} (${r.statedBy})` : r.claimantName;
  const stance = r.stance === "ASSERTED" ? "" : ` (${r.stance.toLowerCase()})`;
  const what = `${labelOf(SUBJECT_LABELS, r.subject)} ${labelOf(METRIC_LABELS, r.metric)}`;
  return {
    ...base("claim", "Claim", r.id, shared),
    title: `Claim by ${claimant}: ${what}, ${figure}${stance}`,
    href: claimHref({ claimId: r.id, incidentId: r.incidentId, episodeId: r.episodeId, periodStart: r.periodStart }),
    context: null,
    snippet: pickSnippet([
      { source: "quote", text: r.quote, quoteKind: r.quoteKind },
      { source: "citation", text: r.citation, quoteKind: r.citationQuoteKind },
      { source: "stated-by", text: r.statedByHeadline },
      { source: "note", text: r.note },
    ]),
    claim: {
      claimant: r.claimantName,
      statedBy: r.statedBy,
      subject: r.subject,
      metric: r.metric,
      valueLow: r.valueLow,
      valueHigh: r.valueHigh,
      qualifier: r.qualifier,
      stance: r.stance,
      figure,
      quoteKind: r.quoteKind,
    },
  };
}

function documentHref(r: DocumentDetail): string {
  if (r.incidentId) return incidentHref(r.incidentId);
  if (r.claim) return claimHref(r.claim);
  if (r.statementId) return `/mediation#statement-${enc(r.statementId)}`;
  if (r.trackId) return `/mediation#track-${enc(r.trackId)}`;
  return r.ceasefire ? "/mediation#ceasefires" : "/counts";
}

export function documentHit(r: DocumentDetail & Headlines, shared: Shared): SearchHit {
  return {
    ...base("document", "Document", r.id, shared),
    title: r.title,
    href: documentHref(r),
    context: `Source document, published by ${r.publisher}`,
    snippet: pickSnippet([
      { source: "title", text: r.titleHeadline },
      { source: "note", text: r.note },
    ]),
    claim: null,
  };
}

function actorHref(r: ActorDetail): string {
  if (r.perpetratorInPakistan) return `/attacks?perpetrator=${enc(r.id)}`;
  if (r.claimant) return "/casualties";
  if (r.statementId) return `/mediation#statement-${enc(r.statementId)}`;
  if (r.mediation) return "/mediation";
  return r.counter ? "/counts" : "/";
}

export function actorHit(r: ActorDetail & Headlines, shared: Shared): SearchHit {
  const roles = [
    r.perpetratorInPakistan && "named as a perpetrator",
    r.claimant && "makes claims",
    r.statementId && "makes statements",
    r.mediation && "in mediation",
    r.counter && "counts attacks or casualties",
  ].filter(Boolean);
  return {
    ...base("actor", "Actor", r.id, shared),
    title: r.shortName && r.shortName !== r.name ? `${r.name} (${r.shortName})` : r.name,
    href: actorHref(r),
    context: roles.length ? `In the record: ${roles.join(", ")}` : null,
    snippet: pickSnippet([{ source: "aliases", text: r.aliases }], false),
    claim: null,
  };
}

const PK_PROVINCE = /^PK-[A-Z]{2}$/;
const PK_DISTRICT = /^PK-[A-Z]{2}-[a-z0-9-]+$/;

function placeHref(r: PlaceDetail): string {
  if (r.country === "PAK" && r.level === "COUNTRY") return "/attacks";
  if (r.level === "PROVINCE" && PK_PROVINCE.test(r.id)) return `/attacks?province=${enc(r.id)}`;
  if (r.level === "DISTRICT" && PK_DISTRICT.test(r.id)) return `/attacks?district=${enc(r.id)}`;
  if (r.country === "AFG" && (r.level === "COUNTRY" || r.level === "PROVINCE")) return "/attacks?layer=strikes";
  return r.latestIncidentId ? incidentHref(r.latestIncidentId) : "/attacks";
}

export function placeHit(r: PlaceDetail & Headlines, shared: Shared): SearchHit {
  const level = r.level.charAt(0) + r.level.slice(1).toLowerCase();
  return {
    ...base("place", "Place", r.id, shared),
    title: r.name,
    href: placeHref(r),
    context: r.parentName ? `${level} in ${r.parentName}` : level,
    snippet: pickSnippet([{ source: "aliases", text: r.aliases }], false),
    claim: null,
  };
}

export function trackHit(r: TrackDetail & Headlines, shared: Shared): SearchHit {
  return {
    ...base("mediation", "MediationTrack", r.id, shared),
    title: r.name,
    href: `/mediation#track-${enc(r.id)}`,
    context: "Mediation track",
    snippet: pickSnippet([
      { source: "summary", text: r.summary },
      { source: "title", text: r.titleHeadline },
    ]),
    claim: null,
  };
}

export function eventHit(r: EventDetail & Headlines, shared: Shared): SearchHit {
  return {
    ...base("mediation", "MediationEvent", r.id, shared),
    title: r.title,
    href: `/mediation#track-${enc(r.trackId)}`,
    context: `Step of the track “${r.trackName}”`,
    snippet: pickSnippet([
      { source: "description", text: r.description },
      { source: "quote", text: r.quote, quoteKind: r.quoteKind },
      { source: "title", text: r.titleHeadline },
      { source: "venue", text: r.venue },
    ]),
    claim: null,
  };
}

export function statementHit(r: StatementDetail & Headlines, shared: Shared): SearchHit {
  return {
    ...base("statement", "Statement", r.id, shared),
    title: `Statement by ${r.actorName}${r.statedBy ? ` (${r.statedBy})` : ""}`,
    href: `/mediation#statement-${enc(r.id)}`,
    context: null,
    snippet: pickSnippet([
      { source: "summary", text: r.summary },
      { source: "quote", text: r.quote, quoteKind: r.quoteKind },
      { source: "stated-by", text: r.statedByHeadline },
    ]),
    claim: null,
  };
}

export function ceasefireHit(r: CeasefireDetail & Headlines, shared: Shared): SearchHit {
  return {
    ...base("ceasefire", "Ceasefire", r.id, shared),
    title: r.name,
    href: "/mediation#ceasefires",
    context: "Ceasefire",
    snippet: pickSnippet([
      { source: "terms", text: r.terms },
      { source: "title", text: r.titleHeadline },
    ]),
    claim: null,
  };
}
