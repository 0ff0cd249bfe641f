// The words and the link of each change, pure so that the list, a feed and a test read the same
// text. The voice describes; a claimant's figure is always attributed to it, and a counter's own
// term for what it counts stays in quotation marks.
import { COUNT_GROUP_LABELS, COUNT_REGION_LABELS, periodLabel } from "../counts/count-labels";
import { INDEPENDENT_COUNTERS, MONTHLY_COUNTER } from "../counts/national-picture";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "../vocabulary";
import type { FigureValue } from "./change-types";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A counted period in words: "April 2025" for a month (the feed's prose), else the usual label. */
export function periodWords(period: { periodKind: string; periodStart: string; periodEnd: string }) {
  return period.periodKind === "MONTH"
    ? `${MONTH_NAMES[Number(period.periodStart.slice(5, 7)) - 1]} ${period.periodStart.slice(0, 4)}`
    : periodLabel(period);
}

/** "82 → 81"; a restatement that repeats the figure says so rather than show "580 → 580". */
const revision = (previous: FigureValue, figure: FigureValue) =>
  formatFigure(previous) === formatFigure(figure)
    ? `${formatFigure(figure)}, unchanged`
    : `${formatFigure(previous)} → ${formatFigure(figure)}`;

/** Whose losses and what ("Afghan forces killed"), in the ledger's words. */
const claimSubject = (claim: { subject: string; metric: string }) =>
  `${labelOf(SUBJECT_LABELS, claim.subject)} ${labelOf(METRIC_LABELS, claim.metric)}`;

const claimantOf = (claim: { claimantName: string; statedBy: string | null }) =>
  claim.statedBy ? `${claim.claimantName} (${claim.statedBy})` : claim.claimantName;

export type ClaimText = {
  claimantName: string;
  statedBy: string | null;
  subject: string;
  metric: string;
  stance: string;
  figure: FigureValue;
  previous: FigureValue | null;
};

export function claimDescription(claim: ClaimText): string {
  if (claim.previous) {
    return `Figure revised by ${claimantOf(claim)}: ${claimSubject(claim)}, ${revision(claim.previous, claim.figure)}`;
  }
  const stance = claim.stance === "ASSERTED" ? "" : ` (${claim.stance.toLowerCase()})`;
  return `New figure from ${claimantOf(claim)}: ${claimSubject(claim)}, ${formatFigure(claim.figure)}${stance}`;
}

export type CountText = {
  counterName: string;
  term: string;
  group: string;
  region: string;
  area: string | null;
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  figure: FigureValue;
  previous: FigureValue | null;
};

export function countDescription(count: CountText): string {
  // Who and where the figure is about, when it is not everyone in Pakistan.
  const scope = [
    count.group === "ALL" ? null : labelOf(COUNT_GROUP_LABELS, count.group),
    count.region === "PAKISTAN" ? null : labelOf(COUNT_REGION_LABELS, count.region),
    count.area,
  ].filter(Boolean);
  const what = `“${count.term}”${scope.length ? ` (${scope.join("; ")})` : ""} in ${periodWords(count)}`;
  return count.previous
    ? `${count.counterName}'s count of ${what} revised: ${revision(count.previous, count.figure)}`
    : `New count from ${count.counterName}: ${what}, ${formatFigure(count.figure)}`;
}

const CEASEFIRE_ENDS: Record<string, string> = { BROKEN: "broken", EXPIRED: "expired", SUPERSEDED: "superseded" };

export const ceasefireDescription = (name: string, endedHow: string | null, ended: boolean) =>
  ended ? `Ceasefire ended (${CEASEFIRE_ENDS[endedHow ?? ""] ?? "end reported"}): ${name}` : `Ceasefire began: ${name}`;

const STEP_KINDS: Record<string, string> = {
  OFFER: "offer",
  TALKS_ROUND: "talks",
  AGREEMENT: "agreement",
  CEASEFIRE: "ceasefire",
  BREAKDOWN: "breakdown",
  VIOLATION: "violation",
  STATEMENT: "statement",
};
const STATUS_WORDS: Record<string, string> = {
  OFFERED: "offered",
  TALKS_UNDER_WAY: "talks under way",
  AGREEMENT_REACHED: "agreement reached",
  CEASEFIRE_HOLDING: "ceasefire holding",
  STALLED: "stalled",
  COLLAPSED: "collapsed",
};

export const mediationStepDescription = (step: { kind: string; title: string; statusAfter: string | null }) =>
  `Mediation step (${STEP_KINDS[step.kind] ?? step.kind.toLowerCase()}): ${step.title}` +
  (step.statusAfter ? `; status after: ${STATUS_WORDS[step.statusAfter] ?? step.statusAfter.toLowerCase()}` : "");

const ENTITY_WORDS: Record<string, string> = {
  Incident: "an incident",
  Claim: "a claimed figure",
  PeriodCount: "a counter's figure",
  MediationTrack: "a mediation track",
  Ceasefire: "a ceasefire",
};
/** A note is the editor's plain text: kept whole in data, cut to one line here (`whole`: not cut,
 *  for a feed entry's body, whose title is the cut line). */
export const correctionDescription = (entityType: string, note: string, whole = false) => {
  const line = note.replace(/\s+/g, " ").trim();
  const text = whole || line.length <= 160 ? line : `${line.slice(0, 159)}…`;
  return `Correction note on ${ENTITY_WORDS[entityType] ?? "a record"}: ${text}`;
};

// ── Links: the public page where each record stands. ──

export const incidentHref = (incidentId: string) => `/incidents/${encodeURIComponent(incidentId)}`;

/** A claim on its incident's page, else in its episode's or month's ledger, each row anchored. */
export function claimHref(claim: {
  claimId: string;
  incidentId: string | null;
  episodeId: string | null;
  periodStart: string | null;
}) {
  const anchor = `#claim-${encodeURIComponent(claim.claimId)}`;
  if (claim.incidentId) return `${incidentHref(claim.incidentId)}${anchor}`;
  if (claim.episodeId) return `/casualties?scope=episode:${encodeURIComponent(claim.episodeId)}${anchor}`;
  if (claim.periodStart) return `/casualties?scope=month:${claim.periodStart.slice(0, 7)}${anchor}`;
  return "/casualties";
}

/** PICSS's national monthly attack counts are listed one by one on /attacks (the latest version
 *  of each, anchored); other monthly figures sit in its breakdowns; the rest on /counts. */
export function countHref(count: {
  countId: string;
  counterId: string;
  counterKind: string;
  periodKind: string;
  metric: string;
  violence: string;
  group: string;
  region: string;
  superseded: boolean;
}) {
  if (count.counterKind === "INTERNATIONAL_BODY") return "/counts#un";
  if (count.periodKind === "MONTH" && count.counterId === MONTHLY_COUNTER) {
    const nationalAttacks =
      count.metric === "ATTACKS" &&
      count.violence === "MILITANT_ATTACKS" &&
      count.group === "ALL" &&
      count.region === "PAKISTAN";
    return nationalAttacks && !count.superseded
      ? `/attacks#count-${encodeURIComponent(count.countId)}`
      : "/attacks#national-title";
  }
  return INDEPENDENT_COUNTERS.includes(count.counterId) ? "/counts#independent" : "/counts#official";
}

export function correctionHref(correction: {
  entityType: string;
  entityId: string;
  incidentId: string | null;
  claimEpisodeId: string | null;
}) {
  switch (correction.entityType) {
    case "Incident":
      return incidentHref(correction.entityId);
    case "Claim":
      return claimHref({
        claimId: correction.entityId,
        incidentId: correction.incidentId,
        episodeId: correction.claimEpisodeId,
        periodStart: null,
      });
    case "PeriodCount":
      return "/counts";
    case "MediationTrack":
      return `/mediation#track-${encodeURIComponent(correction.entityId)}`;
    default:
      return "/mediation";
  }
}
