// The national picture, shaped from the published period counts: one counter's monthly series
// (PICSS is the only counter with monthly figures for 2025–26), its killed breakdown and regional
// split per month, and the other counters' longer periods beside it. Pure: tested without a
// database, and each value stays one counter's figure with its source.
import type { CountFigure, CountSeries } from "./count-queries";

export const MONTHLY_COUNTER = "picss";
/** Counters whose national figures the picture compares (official and party figures are kept apart). */
export const INDEPENDENT_COUNTERS = ["picss", "pips", "crss"];
export const KILLED_GROUPS = ["SECURITY_FORCES", "CIVILIANS", "MILITANTS", "PEACE_COMMITTEE"] as const;
export const REGIONS = ["KP_MAINLAND", "KP_TRIBAL", "KHYBER_PAKHTUNKHWA", "BALOCHISTAN", "SINDH", "PUNJAB"] as const;

export type MonthCell = CountSeries | null;
export type NationalPicture = {
  counterId: string;
  counterName: string;
  /** Every month from the first to the last with any monthly figure of the counter, gaps included. */
  months: string[];
  attacks: Record<string, MonthCell>;
  killedInAttacks: Record<string, Record<string, MonthCell>>;
  combinedKilled: Record<string, MonthCell>;
  regionalAttacks: Record<string, Record<string, MonthCell>>;
  /** The latest month with an attack count, and the report it comes from. */
  latestAttacks: CountSeries | null;
  /** National figures for quarters, half-years, years and other spans, by independent counters. */
  longerPeriods: CountSeries[];
  /** UN figures: civilian casualties inside Afghanistan from the cross-border fighting. */
  unFigures: CountSeries[];
  /** Figures by official bodies, parties and secondary sources, kept apart and labelled as such. */
  otherCounters: CountSeries[];
  /** The most recent publication date among all the counts. */
  latestReportOn: string | null;
  /** The most recent publication date of the monthly counter's figures: what the monthly series stands on. */
  monthlyLatestReportOn: string | null;
};

const latestPublished = (series: CountSeries[]) =>
  series
    .flatMap((entry) => entry.history.map((figure) => figure.publishedOn))
    .filter((day): day is string => Boolean(day))
    .sort()
    .at(-1) ?? null;
const isUn = (entry: CountSeries) => entry.latest.counterKind === "INTERNATIONAL_BODY";
const monthOf = (figure: CountFigure) => figure.periodStart.slice(0, 7);

export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, "0")}`) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

type Match = Partial<Pick<CountFigure, "metric" | "violence" | "group" | "region">>;
const matches = (figure: CountFigure, match: Match) =>
  Object.entries(match).every(([key, value]) => figure[key as keyof Match] === value);

export function buildNationalPicture(series: CountSeries[]): NationalPicture {
  const monthly = series.filter(
    (entry) => entry.latest.counterId === MONTHLY_COUNTER && entry.latest.periodKind === "MONTH",
  );
  const months = monthly.map((entry) => monthOf(entry.latest)).sort();
  const range = months.length ? monthsBetween(months[0]!, months.at(-1)!) : [];
  const byMonth = (match: Match) => {
    const cells: Record<string, MonthCell> = {};
    for (const month of range) cells[month] = null;
    for (const entry of monthly) if (matches(entry.latest, match)) cells[monthOf(entry.latest)] = entry;
    return cells;
  };
  const national = { region: "PAKISTAN" } as const;
  const attacks = byMonth({ metric: "ATTACKS", violence: "MILITANT_ATTACKS", group: "ALL", ...national });
  const latestMonth = [...range].reverse().find((month) => attacks[month]);
  const independent = series.filter((entry) => INDEPENDENT_COUNTERS.includes(entry.latest.counterId));
  // Years first, then half-years, quarters and other spans; within a kind, by date and counter.
  const kindOrder = ["YEAR", "HALF_YEAR", "QUARTER", "SPAN", "MONTH"];
  const byPeriod = (left: CountSeries, right: CountSeries) =>
    kindOrder.indexOf(left.latest.periodKind) - kindOrder.indexOf(right.latest.periodKind) ||
    left.latest.periodStart.localeCompare(right.latest.periodStart) ||
    left.latest.periodEnd.localeCompare(right.latest.periodEnd) ||
    left.latest.counterId.localeCompare(right.latest.counterId);
  return {
    counterId: MONTHLY_COUNTER,
    // The short name (PICSS) in titles and labels; the full name stays on each figure.
    counterName: monthly[0]?.latest.counterShortName ?? monthly[0]?.latest.counterName ?? MONTHLY_COUNTER.toUpperCase(),
    months: range,
    attacks,
    killedInAttacks: Object.fromEntries(
      [...KILLED_GROUPS, "ALL"].map((group) => [
        group,
        byMonth({ metric: "KILLED", violence: "MILITANT_ATTACKS", group, ...national }),
      ]),
    ),
    combinedKilled: byMonth({ metric: "KILLED", violence: "ATTACKS_AND_OPERATIONS", group: "ALL", ...national }),
    regionalAttacks: Object.fromEntries(
      REGIONS.map((region) => [region, byMonth({ metric: "ATTACKS", violence: "MILITANT_ATTACKS", region })]),
    ),
    latestAttacks: latestMonth ? attacks[latestMonth]! : null,
    longerPeriods: independent
      .filter(
        (entry) =>
          entry.latest.periodKind !== "MONTH" &&
          entry.latest.region === "PAKISTAN" &&
          entry.latest.group === "ALL" &&
          ["ATTACKS", "INCIDENTS", "KILLED"].includes(entry.latest.metric),
      )
      .sort(byPeriod),
    unFigures: series.filter(isUn).sort(byPeriod),
    otherCounters: series
      .filter((entry) => !INDEPENDENT_COUNTERS.includes(entry.latest.counterId) && !isUn(entry))
      .sort(byPeriod),
    monthlyLatestReportOn: latestPublished(monthly),
    latestReportOn: latestPublished(series),
  };
}
