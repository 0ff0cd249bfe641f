// The calendar periods a count covers. A month, quarter, half-year or year is whole: it runs from
// its first day to its last, so "May 2025" is stored one way only (the dataset, the admin form and
// the review queue's suggestions all agree). Any other range is a SPAN.
export const PERIOD_MONTHS = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 } as const;
export type WholePeriodKind = keyof typeof PERIOD_MONTHS;
export type PeriodKindName = WholePeriodKind | "SPAN";

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last day of the months `firstMonth`..`lastMonth` (1–12; `lastMonth` may run into the next year). */
export function monthsRange(year: number, firstMonth: number, lastMonth: number): { start: string; end: string } {
  const endYear = year + Math.floor((lastMonth - 1) / 12);
  const endMonth = ((lastMonth - 1) % 12) + 1;
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${endYear}-${pad(endMonth)}-${pad(lastDayOf(endYear, endMonth))}`,
  };
}

/** The kind of a run of whole months: aligned quarters, halves and years by name, anything else a span. */
export function kindOfMonths(start: string, end: string): PeriodKindName {
  for (const [kind, months] of Object.entries(PERIOD_MONTHS) as [WholePeriodKind, number][]) {
    const month = Number(start.slice(5, 7));
    if ((month - 1) % months !== 0 || start.slice(8) !== "01") continue;
    if (monthsRange(Number(start.slice(0, 4)), month, month + months - 1).end === end) return kind;
  }
  return "SPAN";
}

const NAMES: Record<WholePeriodKind, string> = {
  MONTH: "month",
  QUARTER: "quarter",
  HALF_YEAR: "half-year",
  YEAR: "year",
};
const STARTS: Record<WholePeriodKind, string> = {
  MONTH: "on the first day of a month",
  QUARTER: "on 1 January, April, July or October",
  HALF_YEAR: "on 1 January or 1 July",
  YEAR: "on 1 January",
};

/** Why a period's days do not fit its kind, by field, or null when they do. */
export function periodProblem(
  kind: PeriodKindName,
  start: string,
  end: string,
): { field: "periodStart" | "periodEnd"; message: string } | null {
  if (end < start) return { field: "periodEnd", message: "The period ends before it starts." };
  if (kind === "SPAN") return null;
  const months = PERIOD_MONTHS[kind];
  const month = Number(start.slice(5, 7));
  if (start.slice(8) !== "01" || (month - 1) % months !== 0)
    return { field: "periodStart", message: `A ${NAMES[kind]} starts ${STARTS[kind]}.` };
  const expected = monthsRange(Number(start.slice(0, 4)), month, month + months - 1).end;
  if (end !== expected)
    return {
      field: "periodEnd",
      message: `A ${NAMES[kind]} starting ${start} ends on ${expected}; for any other range choose “span”.`,
    };
  return null;
}
