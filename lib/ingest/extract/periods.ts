// The periods a counter's release names ("in May", "in February 2025", "between January and June",
// "the first quarter of 2025", "during the year"), resolved to calendar days. A period without a
// year is the latest one that has begun by the item's publication: a report of 2 June about "May"
// is May of that year, one of 2 February about "December" is December of the year before.
import { kindOfMonths, monthsRange, type PeriodKindName } from "../../counts/count-periods";

export type FoundPeriod = {
  kind: PeriodKindName;
  start: string;
  end: string;
  /** The words it was read from. */
  text: string;
  index: number;
};

const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const YEAR = "(20\\d\\d)";
const ORDINAL: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};
const monthOf = (name: string) =>
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(
    name.slice(0, 3).toLowerCase(),
  ) + 1;

type Context = { published: Date | null; itemMonth: { year: number; month: number } | null };

/** The year of a period starting in `month` (1–12) that the text gives without one, or null without a publication date. */
function yearFor(month: number, ctx: Context): number | null {
  if (!ctx.published) return null;
  const year = ctx.published.getUTCFullYear();
  return month <= ctx.published.getUTCMonth() + 1 ? year : year - 1;
}

type Rule = {
  re: RegExp;
  /** The months covered (start year and months 1–12, the last possibly past 12), or null when unresolvable. */
  resolve: (m: RegExpMatchArray, ctx: Context) => { year: number; first: number; last: number } | null;
};

// Month names must be capitalised ("may" is a verb); the rest are read in any case.
const RULES: Rule[] = [
  {
    re: new RegExp(
      `(?:\\b(?:[Bb]etween|[Ff]rom)\\s+)?\\b${MONTH}(?:,?\\s+${YEAR})?` +
        `\\s*(?:and|to|through|until|till|-|–)\\s*${MONTH}(?:,?\\s+${YEAR})?(?![\\p{L}])`,
      "gu",
    ),
    resolve: (m, ctx) => {
      const first = monthOf(m[1]!);
      const last = monthOf(m[3]!);
      const wraps = last < first ? 1 : 0; // "November to January" runs into the next year
      const year = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) - wraps : yearFor(first, ctx);
      if (year === null) return null;
      const endYear = m[4] ? Number(m[4]) : year + wraps;
      return endYear < year ? null : { year, first, last: last + 12 * (endYear - year) };
    },
  },
  {
    re: new RegExp(
      `\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+(?:the\\s+year\\s+)?${YEAR})?`,
      "giu",
    ),
    resolve: (m, ctx) => {
      const first = ORDINAL[m[1]!.toLowerCase()]! * 3 - 2;
      const year = m[2] ? Number(m[2]) : yearFor(first, ctx);
      return year === null ? null : { year, first, last: first + 2 };
    },
  },
  {
    re: new RegExp(`\\bQ([1-4])(?:\\s*,?\\s*${YEAR})?\\b`, "gu"),
    resolve: (m, ctx) => {
      const first = Number(m[1]) * 3 - 2;
      const year = m[2] ? Number(m[2]) : yearFor(first, ctx);
      return year === null ? null : { year, first, last: first + 2 };
    },
  },
  {
    re: new RegExp(`\\b(first|second)\\s+half\\s+of\\s+(?:the\\s+year\\s*)?${YEAR}?`, "giu"),
    resolve: (m, ctx) => {
      const first = m[1]!.toLowerCase() === "first" ? 1 : 7;
      const year = m[2] ? Number(m[2]) : yearFor(first, ctx);
      return year === null ? null : { year, first, last: first + 5 };
    },
  },
  {
    re: new RegExp(`\\b${MONTH}(?:,?\\s+${YEAR})?(?![\\p{L}])`, "gu"),
    resolve: (m, ctx) => {
      const month = monthOf(m[1]!);
      const year = m[2] ? Number(m[2]) : yearFor(month, ctx);
      return year === null ? null : { year, first: month, last: month };
    },
  },
  {
    re: new RegExp(`\\b(?:in|during|for|throughout|of)\\s+(?:the\\s+year\\s+)?${YEAR}\\b`, "giu"),
    resolve: (m) => ({ year: Number(m[1]), first: 1, last: 12 }),
  },
  {
    // Annual reports appear in late December or early in the new year: "the year" of a report
    // published January to March is the year before.
    re: /\b(?:(?:during|in|over|throughout|for)\s+the\s+(?:past\s+|current\s+)?year|(this|last)\s+year)\b/giu,
    resolve: (m, ctx) => {
      if (!ctx.published) return null;
      const year = ctx.published.getUTCFullYear();
      const which = m[1]?.toLowerCase();
      if (which) return { year: which === "last" ? year - 1 : year, first: 1, last: 12 };
      return { year: ctx.published.getUTCMonth() < 3 ? year - 1 : year, first: 1, last: 12 };
    },
  },
  {
    // "During the month": the month the item names elsewhere, else the one before publication
    // (monthly assessments come out in the first days of the next month).
    re: /\b(?:(?:during|in|over|for|throughout)\s+the\s+month|(last|this)\s+month)\b/giu,
    resolve: (m, ctx) => {
      if (!ctx.published) return null;
      if (!m[1] && ctx.itemMonth)
        return { year: ctx.itemMonth.year, first: ctx.itemMonth.month, last: ctx.itemMonth.month };
      const back = m[1]?.toLowerCase() === "this" ? 0 : 1;
      const month = ctx.published.getUTCMonth() + 1 - back;
      return month === 0
        ? { year: ctx.published.getUTCFullYear() - 1, first: 12, last: 12 }
        : { year: ctx.published.getUTCFullYear(), first: month, last: month };
    },
  },
];

/** Periods named in `text`, by position; one inside a longer one is dropped, and "since …" is not a period. */
export function findPeriods(text: string, ctx: Context): FoundPeriod[] {
  const found: FoundPeriod[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      if (/\bsince\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
      const months = rule.resolve(m, ctx);
      if (!months) continue;
      const { start, end } = monthsRange(months.year, months.first, months.last);
      found.push({ kind: kindOfMonths(start, end), start, end, text: m[0].trim(), index: m.index });
    }
  }
  const covers = (a: FoundPeriod, b: FoundPeriod) =>
    a !== b && a.index <= b.index && a.index + a.text.length >= b.index + b.text.length;
  return found
    .filter((period) => !found.some((other) => covers(other, period) && other.text.length > period.text.length))
    .sort((a, b) => a.index - b.index);
}

/** The first month the item names (title first), for "during the month". */
export function itemMonth(texts: string[], published: Date | null): Context["itemMonth"] {
  const ctx: Context = { published, itemMonth: null };
  for (const text of texts) {
    const month = findPeriods(text, ctx).find((period) => period.kind === "MONTH");
    if (month) return { year: Number(month.start.slice(0, 4)), month: Number(month.start.slice(5, 7)) };
  }
  return null;
}
