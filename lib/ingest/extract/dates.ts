// The date of the event a text reports: an explicit date ("February 21", "6 February 2026",
// "2026-02-27") or a weekday relative to publication ("late on Thursday"), else the publication day.
import type { z } from "zod";
import type { dateSuggestionSchema } from "../../review/suggestions";

type DateSuggestion = z.infer<typeof dateSuggestionSchema>;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December)";

const iso = (d: Date) => d.toISOString().slice(0, 10);

function calendarDate(year: number, month: number, day: number, published: Date | null): Date | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month) return null;
  // A month and day without a year that would lie after publication belong to the year before.
  if (published && d > published) d.setUTCFullYear(year - 1);
  return d;
}

export function extractDate(text: string, published: Date | null): DateSuggestion | null {
  const candidates: { index: number; date: Date; precision: "DAY" | "APPROXIMATE"; text: string }[] = [];
  const year = published ? published.getUTCFullYear() : null;

  for (const m of text.matchAll(/\b(20\d\d)-(\d\d)-(\d\d)\b/g)) {
    const d = calendarDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), null);
    if (d) candidates.push({ index: m.index, date: d, precision: "DAY", text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_RE}(?:,? (20\\d\\d))?\\b`, "g"))) {
    const y = m[3] ? Number(m[3]) : year;
    const d = y ? calendarDate(y, MONTHS.indexOf(m[2]!.toLowerCase()), Number(m[1]), m[3] ? null : published) : null;
    if (d) candidates.push({ index: m.index, date: d, precision: "DAY", text: m[0] });
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (20\\d\\d))?\\b`, "g"))) {
    const y = m[3] ? Number(m[3]) : year;
    const d = y ? calendarDate(y, MONTHS.indexOf(m[1]!.toLowerCase()), Number(m[2]), m[3] ? null : published) : null;
    if (d) candidates.push({ index: m.index, date: d, precision: "DAY", text: m[0] });
  }
  if (published) {
    const re = /\b(?:(late|early) )?(?:on )?(last )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
    for (const m of text.matchAll(re)) {
      const target = WEEKDAYS.indexOf(m[3]!.toLowerCase());
      let back = (published.getUTCDay() - target + 7) % 7;
      if (back === 0 && m[2]) back = 7;
      const d = new Date(published.getTime() - back * 86_400_000);
      candidates.push({ index: m.index, date: new Date(iso(d)), precision: "APPROXIMATE", text: m[0] });
    }
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  if (first) return { value: iso(first.date), precision: first.precision, text: first.text };
  return published ? { value: iso(published), precision: "APPROXIMATE", text: "publication date" } : null;
}
