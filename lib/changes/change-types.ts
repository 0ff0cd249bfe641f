// What counts as a change to the public record, as one typed union: the home page's "Latest
// changes" list reads it today, and an Atom feed can read the same entries later. Each entry says
// what changed in data (kind and ids) and in words (description, href), so a reader of any kind
// can render it without knowing the database.

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
