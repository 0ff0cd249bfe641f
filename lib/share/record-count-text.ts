// How a count of the record's own incidents is put into words on cards and in page descriptions.
// The record holds the incidents its editors have sourced so far, not every attack in Pakistan:
// every sentence says "incidents in this record", names the record's latest incident, and where
// the period runs past that incident says the record has not caught up instead of printing 0.
// Pure: unit-tested without a database.
import { coverageOf, type RecordCoverage } from "../incidents/coverage-queries";

export const incidentsWord = (n: number) => `${n.toLocaleString("en-GB")} incident${n === 1 ? "" : "s"}`;

/** "The record's latest incident is dated 2026-04-26; it has not caught up with the 30 days to 2026-12-02." */
export const notCaughtUpSentence = (latestIncidentOn: string, periodWords: string) =>
  `The record's latest incident is dated ${latestIncidentOn}; it has not caught up with ${periodWords}.`;

/**
 * The record's count for a period, e.g. "12 incidents in this record in the 30 days to 2026-03-15;
 * its latest incident is dated 2026-03-14." `periodWords` names the period as the reader sees it
 * ("the 30 days to 2026-12-02"); `to` is its last day, compared with the record's latest incident.
 */
export function recordCountSentence(
  count: number,
  period: { from?: string; to?: string },
  coverage: RecordCoverage,
  periodWords: string,
): string {
  const { notCaughtUp, beforeRecord, latestIncidentOn } = coverageOf(coverage, period.from, period.to);
  if (!latestIncidentOn) return "The record holds no incidents yet.";
  if (beforeRecord)
    return `No incident in this record falls in ${periodWords}: its incidents run from ${coverage.firstIncidentOn} to ${latestIncidentOn}.`;
  if (notCaughtUp && count === 0) return notCaughtUpSentence(latestIncidentOn, periodWords);
  if (notCaughtUp)
    return `${incidentsWord(count)} in this record in ${periodWords}. ${notCaughtUpSentence(latestIncidentOn, "the whole period")}`;
  if (count === 0)
    return `No incident in this record falls in ${periodWords}; its latest incident is dated ${latestIncidentOn}.`;
  return `${incidentsWord(count)} in this record in ${periodWords}; its latest incident is dated ${latestIncidentOn}.`;
}

/**
 * A filtered view of the record (/attacks): how many of its incidents match, and how far the
 * record reaches. The view's `to` (if any) decides whether the record has caught up with it.
 */
export function recordViewSentences(
  count: number,
  filters: { from?: string; to?: string },
  coverage: RecordCoverage,
): { matches: string; reach: string } {
  const { notCaughtUp, beforeRecord, latestIncidentOn } = coverageOf(coverage, filters.from, filters.to);
  const matches =
    count === 0
      ? "No incident in this record matches this view"
      : `${incidentsWord(count)} in this record ${count === 1 ? "matches" : "match"} this view`;
  if (!latestIncidentOn) return { matches, reach: "The record holds no incidents yet." };
  if (beforeRecord)
    return { matches, reach: `The record's incidents run from ${coverage.firstIncidentOn} to ${latestIncidentOn}.` };
  if (notCaughtUp) return { matches, reach: notCaughtUpSentence(latestIncidentOn, `the period to ${filters.to}`) };
  return { matches, reach: `The record's latest incident is dated ${latestIncidentOn}.` };
}
