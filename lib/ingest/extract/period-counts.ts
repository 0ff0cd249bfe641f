// Period counts a counter's release states: "recorded 85 militant attacks in May", "documented 79
// militant attacks in February 2025", "699 terrorist attacks were recorded countrywide during the
// year". A count is suggested only when the item names its counter (PICSS, PIPS, CRSS) and the
// sentence gives a period; the counter's own words ("terrorist attacks") are kept as its term,
// and the qualifier is never dropped. An editor checks every field against the source.
import type { PeriodCountSuggestion } from "../../review/suggestions";
import { findCounters, type CounterHit } from "./counters";
import { findPeriods, itemMonth, type FoundPeriod } from "./periods";
import { splitSentences } from "./sentences";

type Region = PeriodCountSuggestion["region"];

const QUAL =
  "(at least|more than|over|up to|about|around|nearly|almost|approximately|roughly|some|as many as|a total of)";
const TERM = "((?:militant|terrorist|terror|insurgent)\\s+attacks|suicide\\s+(?:attacks|bombings)|attacks)";
const FIGURE_RE = new RegExp(`\\b(?:${QUAL}\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+${TERM}\\b`, "giu");
/** A count is something recorded, not any number next to "attacks" ("killed in 3 attacks" is not). */
const COUNTING = new RegExp(
  "\\b(record(?:ed|s|ing)?|document(?:ed|s|ing)?|report(?:ed|s)?|register(?:ed|s)?|count(?:ed|s)?|" +
    "witness(?:ed|es)?|experienc(?:ed|es)|saw|there were|carried out|total(?:l?ed|l?ing)?)\\b",
  "i",
);
/** Where the words about one figure end: "85 … in May as compared to 81 in April". */
const CLAUSE_END = /[,;:—–()]|\s(?:as compared|compared|up from|down from|against|versus|while|whereas)\b/i;
/** "The former recorded 45 attacks": the region is named in another sentence. */
const UNRESOLVED_REFERENCE = /\bthe (former|latter)\b/i;

// Checked in order: a narrower name before the wider one it contains ("KP's settled districts").
const REGIONS: [RegExp, Region][] = [
  [/\b(nationwide|countrywide|across the country|across Pakistan)\b/i, "PAKISTAN"],
  [/\bsettled districts\b/i, "KP_MAINLAND"],
  [/\b(tribal districts|merged districts|erstwhile Fata|ex-FATA|former FATA|FATA)\b/i, "KP_TRIBAL"],
  [/\b(Khyber Pakhtunkhwa|KP)\b/, "KHYBER_PAKHTUNKHWA"],
  [/\bBalochistan\b/, "BALOCHISTAN"],
  [/\bSindh\b/, "SINDH"],
  [/\bPunjab\b/, "PUNJAB"],
];
const regionIn = (text: string): Region | null => REGIONS.find(([re]) => re.test(text))?.[1] ?? null;

function qualifierOf(word: string | undefined): PeriodCountSuggestion["qualifier"] {
  switch (word?.toLowerCase()) {
    case "at least":
      return "AT_LEAST";
    case "more than":
    case "over":
      return "MORE_THAN";
    case "up to":
      return "UP_TO";
    // "As many as 699 attacks were recorded" states the count itself (national-counts.md: no qualifier).
    case "as many as":
    case "a total of":
    case undefined:
      return "EXACT";
    default:
      return "ABOUT";
  }
}

type Context = { published: Date | null; itemMonth: ReturnType<typeof itemMonth>; itemCounter: CounterHit | null };

/** The period of the figure at [start, end): in its clause after it, else before it, else later in the sentence. */
function periodOf(sentence: string, start: number, end: number, ctx: Context): FoundPeriod | null {
  const rest = sentence.slice(end);
  const clauseEnd = rest.search(CLAUSE_END);
  const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  return (
    findPeriods(after, ctx)[0] ??
    findPeriods(sentence.slice(0, start), ctx).at(-1) ??
    (clauseEnd < 0 ? null : (findPeriods(rest.slice(clauseEnd), ctx)[0] ?? null))
  );
}

/** The region of the figure's own clause, else of the words before it; the country when none is named. */
function regionOf(sentence: string, start: number, end: number): Region {
  const before = sentence.slice(0, start);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const rest = sentence.slice(end);
  const clauseEnd = rest.search(CLAUSE_END);
  const clause = sentence.slice(clauseStart, end + (clauseEnd < 0 ? rest.length : clauseEnd));
  return regionIn(clause) ?? regionIn(before) ?? "PAKISTAN";
}

function countsInSentence(sentence: string, ctx: Context): PeriodCountSuggestion[] {
  if (!COUNTING.test(sentence) || UNRESOLVED_REFERENCE.test(sentence)) return [];
  const named = findCounters(sentence);
  if (!named.length && !ctx.itemCounter) return [];
  const out: PeriodCountSuggestion[] = [];
  for (const m of sentence.matchAll(FIGURE_RE)) {
    const [whole, qual, digits, termWords] = m;
    const start = m.index;
    const end = start + whole.length;
    // "PICSS recorded 30 …, and CRSS documented 40 …": the counter named last before the figure,
    // else the one named after it ("…, as per the PICSS Militancy Database"), else the item's.
    const counter = named.filter((hit) => hit.index < start).at(-1) ?? named[0] ?? ctx.itemCounter!;
    const period = periodOf(sentence, start, end, ctx);
    if (!period) continue;
    const value = Number(digits!.replace(/,/g, ""));
    const term = termWords!.toLowerCase().replace(/\s+/g, " ");
    out.push({
      counterId: counter.counterId,
      counterName: counter.counterName,
      counterText: counter.text,
      periodKind: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      periodText: period.text,
      metric: term.startsWith("suicide") ? "SUICIDE_ATTACKS" : "ATTACKS",
      violence: "MILITANT_ATTACKS",
      region: regionOf(sentence, start, end),
      term,
      valueLow: value,
      valueHigh: value,
      qualifier: qualifierOf(qual),
      quote: sentence,
    });
  }
  return out;
}

/** The item's counter when a sentence names none: the title's, else the only one the body names. */
function counterOfItem(title: string, body: string): CounterHit | null {
  const inTitle = findCounters(title)[0];
  if (inTitle) return inTitle;
  const inBody = findCounters(body);
  return new Set(inBody.map((hit) => hit.counterId)).size === 1 ? inBody[0]! : null;
}

export function findPeriodCounts(input: {
  title: string;
  body: string;
  publishedAt: Date | null;
}): PeriodCountSuggestion[] {
  const itemCounter = counterOfItem(input.title, input.body);
  if (!itemCounter && !findCounters(`${input.title}\n${input.body}`).length) return [];
  const ctx: Context = {
    published: input.publishedAt,
    itemMonth: itemMonth([input.title, input.body], input.publishedAt),
    itemCounter,
  };
  // Title and body apart: a quote that starts mid-sentence ("recorded 85 …") must not run into the title.
  const sentences = [...splitSentences(input.title), ...splitSentences(input.body)];
  const seen = new Set<string>();
  return sentences
    .flatMap((sentence) => countsInSentence(sentence, ctx))
    .filter((count) => {
      const key = [count.counterId, count.periodStart, count.periodEnd, count.metric, count.region, count.valueLow];
      if (seen.has(key.join("|"))) return false;
      seen.add(key.join("|"));
      return true;
    });
}
