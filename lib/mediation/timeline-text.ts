// The words of the mediation timeline (components/mediation/mediation-timeline.tsx): each mark's
// title, each ceasefire's caption, the text summary and the data table. Pure, so the unit test can
// read them without React or a database. The project's voice describes; titles of steps and
// documents are quoted as the record holds them.
import { daysBetween } from "../dates";
import { MEDIATION_STATUS_LABELS, MEDIATION_STEP_LABELS, PRECISION_NOTE, labelOf } from "../vocabulary";
import type { CeasefireSummary, TrackEvent, TrackSummary } from "./mediation-queries";

const ENDED_WORDS: Record<string, string> = { BROKEN: "broken", EXPIRED: "expired", SUPERSEDED: "superseded" };

const days = (count: number) => `${count} day${count === 1 ? "" : "s"}`;
export const kindLabel = (kind: string) => MEDIATION_STEP_LABELS[kind] ?? kind;
export const statusLabel = (status: string | null) =>
  status ? labelOf(MEDIATION_STATUS_LABELS, status) : "No change of status reported";
/** The date as recorded, with its precision ("2025-11-07 (approximate)"). */
export const stepDate = (step: TrackEvent) => `${step.occurredOn}${PRECISION_NOTE[step.datePrecision] ?? ""}`;
/** The source as the record cites it: the document's title, and whether the quote is a summary. */
export const stepSource = (step: TrackEvent) =>
  `${step.documentTitle}${step.quoteKind === "SUMMARY" ? " (summary of the report, not its words)" : ""}`;

/** The day a ceasefire with no end reported is known to hold: its latest report (its start when
 *  nothing later is in the record), never after `asOf`. */
export function ceasefireReportedOn(ceasefire: CeasefireSummary, asOf: string): string {
  const reported = ceasefire.latestReportOn ?? ceasefire.startsOn;
  const known = reported < ceasefire.startsOn ? ceasefire.startsOn : reported;
  return known < asOf ? known : asOf;
}

/** The hover/focus text of a step: date, track, kind, title, the status it set, and its source. */
export function stepTitle(step: TrackEvent, trackName: string): string {
  const status = step.statusAfter ? ` Status after: ${statusLabel(step.statusAfter)}.` : "";
  return `${stepDate(step)} · ${trackName} · ${kindLabel(step.kind)}: ${step.title}.${status} Source: ${stepSource(step)}`;
}

/** How long a ceasefire held, or holds. One with no end reported holds as of the latest report
 *  about it, not as of today: "no end reported; in force at the latest report, 2026-04-28 (19 days)". */
export function ceasefireHeld(ceasefire: CeasefireSummary, asOf: string): string {
  if (ceasefire.inForce) {
    const reportedOn = ceasefireReportedOn(ceasefire, asOf);
    return `no end reported; in force at the latest report, ${reportedOn} (${days(daysBetween(ceasefire.startsOn, reportedOn))})`;
  }
  const how = ENDED_WORDS[ceasefire.endedHow ?? ""] ?? "ended";
  return `${how} ${ceasefire.endedOn}, held ${days(ceasefire.heldDays)}`;
}

/** The line written above a ceasefire's bar. */
export const ceasefireCaption = (ceasefire: CeasefireSummary, asOf: string) =>
  `${ceasefire.name} · ${ceasefireHeld(ceasefire, asOf)}`;

/** The hover/focus text of a ceasefire bar, with the violations marked on it. */
export function ceasefireTitle(ceasefire: CeasefireSummary, asOf: string, violations: TrackEvent[]): string {
  const brokers = ceasefire.brokers.length ? ` Brokered by ${ceasefire.brokers.join(", ")}.` : "";
  const marked = violations.length
    ? ` Reported violations: ${violations.map((step) => `${stepDate(step)} ${step.title}`).join("; ")}.`
    : "";
  return `${ceasefire.name}: from ${ceasefire.startsOn}, ${ceasefireHeld(ceasefire, asOf)}.${brokers}${marked}`;
}

/** The short text under the figure's title. */
export function timelineSummary(tracks: TrackSummary[], ceasefires: CeasefireSummary[], asOf: string): string {
  const steps = tracks.flatMap((track) => track.events);
  const ordered = [...steps].sort((first, second) => first.occurredOn.localeCompare(second.occurredOn));
  const span = ordered.length ? ` from ${stepDate(ordered[0]!)} to ${stepDate(ordered[ordered.length - 1]!)}` : "";
  const held = [...ceasefires]
    .sort((first, second) => first.startsOn.localeCompare(second.startsOn))
    .map((ceasefire) => `${ceasefire.name}, ${ceasefireHeld(ceasefire, asOf)}`);
  const ceasefireText = held.length
    ? ` ${held.length === 1 ? "One ceasefire" : `${held.length} ceasefires`}: ${held.join("; ")}.`
    : " No ceasefire is recorded.";
  return (
    `${tracks.length} mediation track${tracks.length === 1 ? "" : "s"} with ${steps.length} dated ` +
    `step${steps.length === 1 ? "" : "s"}${span}; each mark is shaped and coloured by the status the step set.` +
    ceasefireText
  );
}

export const TIMELINE_TABLE_COLUMNS = ["Date", "Track", "What", "Status", "Source"];

/** Every step and every ceasefire, in date order: the chart's table alternative. */
export function timelineTableRows(
  tracks: TrackSummary[],
  ceasefires: CeasefireSummary[],
  asOf: string,
): { sortKey: string; cells: string[] }[] {
  const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
  const stepRows = tracks.flatMap((track) =>
    track.events.map((step) => ({
      sortKey: `${step.occurredOn} 1 ${track.name}`,
      cells: [
        stepDate(step),
        track.name,
        `${kindLabel(step.kind)}: ${step.title}`,
        step.statusAfter ? statusLabel(step.statusAfter) : "—",
        stepSource(step),
      ],
    })),
  );
  const ceasefireRows = ceasefires.map((ceasefire) => ({
    sortKey: `${ceasefire.startsOn} 0 ${ceasefire.name}`,
    cells: [
      ceasefire.startsOn,
      (ceasefire.trackId && trackNames.get(ceasefire.trackId)) || "—",
      `Ceasefire: ${ceasefire.name}${ceasefire.brokers.length ? ` (brokered by ${ceasefire.brokers.join(", ")})` : ""}`,
      ceasefireHeld(ceasefire, asOf),
      "The ceasefire record (see “Ceasefires” and the track's steps)",
    ],
  }));
  return [...stepRows, ...ceasefireRows].sort((first, second) => first.sortKey.localeCompare(second.sortKey));
}
