// What counts as a change to the public record, as one typed union: the home page's "Latest
// changes" list and the Atom and JSON feeds (lib/syndication) read the same entries. Each entry
// says what changed in data (kind and ids), in words (description, href), and where it comes from
// (source), so a reader of any kind can render it without knowing the database.

export const CHANGE_KINDS = [
  "incident",
  "claim",
  "claim-revision",
  "count",
  "count-revision",
  "correction",
  "mediation-step",
  "ceasefire-start",
  "ceasefire-end",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds that revise a published figure: a claimant's or a counter's own restatement. */
export const REVISION_KINDS: ChangeKind[] = ["claim-revision", "count-revision"];

/**
 * What a change's date is: when the event happened (incident, mediation step, ceasefire), when
 * the claimant made the claim, when the counter's report was published, the end of the counted
 * period when the report shows no date (the earliest it can have appeared), or when an editor
 * wrote a correction note.
 */
export type DateBasis = "occurred" | "claimed" | "published" | "period-end" | "corrected";

export type FigureValue = { valueLow: number; valueHigh: number; qualifier: string };

/**
 * The document a change rests on: a claim's, a count's or a mediation step's own document, an
 * incident's first citation, a ceasefire's citation. `quote` is the document's words when
 * `quoteKind` is VERBATIM, else a digest's summary of them (never shown in quotation marks).
 */
export type DocumentSource = {
  type: "document";
  documentId: string;
  title: string;
  /** The publisher (Source.name): "Dawn", "PICSS", "Al Jazeera". */
  publisher: string;
  url: string | null;
  /** YYYY-MM-DD, or null when the document shows no date. */
  publishedOn: string | null;
  quote: string;
  quoteKind: "VERBATIM" | "SUMMARY";
};
/** A correction rests on the editor's dated note, written in the project's voice. */
export type EditorNoteSource = { type: "editor-note"; note: string; writtenAt: string };
export type ChangeSource = DocumentSource | EditorNoteSource;

/**
 * Which part of the record to list (both optional, every change by default):
 * - `provinceId` (a Pakistani province, as /attacks filters it): incidents whose province it is,
 *   claims about those incidents, period counts whose region lies in it (PROVINCE_COUNT_REGIONS),
 *   and correction notes on any of these. Mediation, ceasefires and claims scoped to an episode or
 *   a period have no province and are left out.
 * - `trackId` (a mediation track): its steps, the starts and ends of its ceasefires, and
 *   correction notes on the track (its steps' corrections are the track's) or on its ceasefires.
 * Both together select what is in both: nothing, as no change has a province and a track.
 */
export type ChangeScope = { provinceId?: string; trackId?: string };

type Common = {
  /** Unique across kinds ("count-revision:picss-2025-04-attacks-restated--attacks"): a feed entry's id. */
  id: string;
  /** The change's date (YYYY-MM-DD): what the list is ordered by, newest first. */
  on: string;
  dateBasis: DateBasis;
  /** When the row entered this record (ISO timestamp), where the table keeps it. */
  recordedAt: string | null;
  /** One line in the project's voice; a claimant's or counter's own words stay in quotation marks. */
  description: string;
  /** The public page (and anchor) where the record stands. */
  href: string;
  /** What the change rests on; null only for a record without a citation (a ceasefire may have none). */
  source: ChangeSource | null;
};

export type IncidentChange = Common & { kind: "incident"; incidentId: string; title: string; country: string };
export type ClaimChange = Common & {
  kind: "claim";
  claimId: string;
  claimantName: string;
  subject: string;
  metric: string;
  figure: FigureValue;
};
export type ClaimRevisionChange = Omit<ClaimChange, "kind"> & {
  kind: "claim-revision";
  revisesId: string;
  previous: FigureValue;
};
export type CountChange = Common & {
  kind: "count";
  countId: string;
  counterName: string;
  term: string;
  /** The counted period in words ("April 2025", "Q1 2025", "2025"). */
  period: string;
  figure: FigureValue;
};
export type CountRevisionChange = Omit<CountChange, "kind"> & {
  kind: "count-revision";
  revisesId: string;
  previous: FigureValue;
};
export type CorrectionChange = Common & {
  kind: "correction";
  correctionId: string;
  entityType: string;
  entityId: string;
  note: string;
};
export type MediationStepChange = Common & {
  kind: "mediation-step";
  eventId: string;
  trackId: string;
  trackName: string;
  title: string;
  stepKind: string;
  statusAfter: string | null;
};
export type CeasefireChange = Common & {
  kind: "ceasefire-start" | "ceasefire-end";
  ceasefireId: string;
  name: string;
  endedHow: string | null;
};

export type LatestChange =
  | IncidentChange
  | ClaimChange
  | ClaimRevisionChange
  | CountChange
  | CountRevisionChange
  | CorrectionChange
  | MediationStepChange
  | CeasefireChange;
