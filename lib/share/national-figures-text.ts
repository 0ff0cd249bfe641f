// The national figures as cards and page descriptions state them: the monthly counter's latest
// count of militant attacks, with its month and report date, and the latest year's annual counts
// by the independent counters, side by side, each in its counter's own term and never summed.
// Pure: unit-tested on hand-made series, without a database.
import type { CountFigure } from "../counts/count-queries";
import type { NationalPicture } from "../counts/national-picture";
import { formatFigure } from "../vocabulary";

/** Counters whose annual attack counts are shown side by side (their terms differ: that is the point). */
export const ANNUAL_COUNTERS = ["picss", "pips"];

export type StatedFigure = {
  counter: string;
  /** The counter's own word for what it counts: "militant attacks", "terrorist attacks". */
  term: string;
  /** With its qualifier: "at least 1,066". */
  figure: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
  /** Publication date of the report, or null when the page shows none. */
  reportedOn: string | null;
};

const counterOf = (figure: CountFigure) => figure.counterShortName ?? figure.counterName;
const stated = (figure: CountFigure): StatedFigure => ({
  counter: counterOf(figure),
  term: figure.term,
  figure: formatFigure(figure),
  valueLow: figure.valueLow,
  valueHigh: figure.valueHigh,
  qualifier: figure.qualifier,
  reportedOn: figure.publishedOn,
});
/** An `asOf` for views about the record as it stands, not about a day: every figure counts as known. */
export const EVERY_FIGURE = "9999-12-31";

/** Known by `asOf`: published by then (or, with no date shown, its period over by then). */
const knownBy = (figure: CountFigure, asOf: string) => (figure.publishedOn ?? figure.periodEnd) <= asOf;

/** "2026-01" → "January 2026". */
export const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** The monthly counter's latest count of militant attacks known by `asOf`, or null. */
export function latestMonthlyAttacks(
  picture: NationalPicture,
  asOf: string,
): (StatedFigure & { month: string }) | null {
  const month = [...picture.months].reverse().find((m) => {
    const cell = picture.attacks[m];
    return cell && knownBy(cell.latest, asOf);
  });
  return month ? { ...stated(picture.attacks[month]!.latest), month } : null;
}

/** The latest year with annual attack counts by the independent counters known by `asOf`, each its own. */
export function annualAttackCounts(
  picture: NationalPicture,
  asOf: string,
): { year: string; figures: StatedFigure[] } | null {
  const annual = picture.longerPeriods
    .map((entry) => entry.latest)
    .filter(
      (figure) =>
        figure.periodKind === "YEAR" &&
        figure.metric === "ATTACKS" &&
        ANNUAL_COUNTERS.includes(figure.counterId) &&
        knownBy(figure, asOf),
    );
  const year = annual
    .map((figure) => figure.periodStart.slice(0, 4))
    .sort()
    .at(-1);
  if (!year) return null;
  const ofYear = annual.filter((figure) => figure.periodStart.startsWith(year));
  // One figure per counter, in the order of ANNUAL_COUNTERS; the latest published if several.
  const figures = ANNUAL_COUNTERS.flatMap((id) => {
    const mine = ofYear
      .filter((figure) => figure.counterId === id)
      .sort((a, b) => (a.publishedOn ?? "").localeCompare(b.publishedOn ?? ""));
    return mine.length ? [stated(mine.at(-1)!)] : [];
  });
  return { year, figures };
}

const reported = (figure: StatedFigure) => (figure.reportedOn ? `, report of ${figure.reportedOn}` : "");

/**
 * "PICSS counted 87 militant attacks in Pakistan in January 2026 (its latest monthly count, report
 * of 2026-02-02). 2025, each counter's own count, never summed: PICSS at least 1,066 militant
 * attacks; PIPS 699 terrorist attacks." Null when no national figure is known by `asOf`.
 */
export function nationalSentence(picture: NationalPicture, asOf: string): string | null {
  const monthly = latestMonthlyAttacks(picture, asOf);
  const annual = annualAttackCounts(picture, asOf);
  const parts: string[] = [];
  if (monthly)
    parts.push(
      `${monthly.counter} counted ${monthly.figure} ${monthly.term} in Pakistan in ${monthName(monthly.month)} (its latest monthly count${reported(monthly)}).`,
    );
  if (annual && annual.figures.length)
    parts.push(
      `${annual.year}, each counter's own count, never summed: ${annual.figures.map((f) => `${f.counter} ${f.figure} ${f.term}`).join("; ")}.`,
    );
  return parts.length ? parts.join(" ") : null;
}
