// Reads ../shared/sources/national-counts.md on its own terms (not through the dataset loader), so
// the tests can hold the record to the file: every table row, its quote, its page and its values.
import { readFileSync } from "node:fs";
import path from "node:path";

export const SOURCES_DIR = process.env.SOURCES_DIR ?? path.resolve(process.cwd(), "..", "shared", "sources");
export const NATIONAL_COUNTS_FILE = "national-counts.md";

export type FileRow = {
  section: string;
  /** "period | metric", the first two cells as written. */
  row: string;
  period: string;
  values: number[];
  /** The quoted sentences of the row (one or several), "(same quote as above)" resolved. */
  quotes: string[];
  urls: string[];
  published: string | null;
};

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(" | ")
    .map((cell) => cell.trim());

/** Every integer written in a value cell ("3,387 (2,115 militants, 664 SF…)", ">200"). */
export const integersIn = (cell: string) =>
  [...cell.matchAll(/\d[\d,]*/g)].map((match) => Number(match[0].replace(/,/g, "")));

/** The sentences between straight double quotes: `"a" / "b"` gives two. */
const quotedIn = (cell: string) =>
  [...cell.matchAll(/"((?:[^"\\]|\\")+)"/g)].map((match) => match[1]!.replace(/\\"/g, '"'));

export function readNationalCountsFile(dir = SOURCES_DIR): { text: string; rows: FileRow[] } {
  const text = readFileSync(path.join(dir, NATIONAL_COUNTS_FILE), "utf8");
  const rows: FileRow[] = [];
  let section = "";
  let previous: FileRow | null = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("## ")) {
      section = line.slice(3).split(" (")[0]!.split(":")[0]!.trim();
      previous = null;
      continue;
    }
    if (!line.startsWith("| ") || line.startsWith("| period ") || line.startsWith("|---")) continue;
    const [period, metric, value, , quoteCell, urlCell, published] = cells(line);
    const listed = [...urlCell!.matchAll(/https?:\/\/\S+/g)].map((match) => match[0].replace(/[;,]$/, ""));
    const urls = urlCell!.startsWith("same") ? [...previous!.urls.slice(0, 1), ...listed] : listed;
    // "(same quote as above)" is the previous row's; "(same Indonesian quotes as Q1 row)" and the
    // like are the quotes of the last earlier row citing the same page.
    const samePage = [...rows].reverse().find((row) => row.urls[0] === urls[0]);
    const quotes =
      quoteCell === "(same quote as above)"
        ? previous!.quotes
        : quoteCell!.startsWith("(same")
          ? samePage!.quotes
          : quotedIn(quoteCell!);
    const current: FileRow = {
      section,
      row: `${period} | ${metric}`,
      period: period!,
      values: integersIn(value!),
      quotes,
      urls,
      published: /^\d{4}-\d{2}-\d{2}/.test(published!) ? published!.slice(0, 10) : null,
    };
    rows.push(current);
    previous = current;
  }
  return { text, rows };
}

/** The month a row's period names when it is one calendar month ("2025-01", "2025-01 (restated…)"). */
export const monthOf = (period: string) => /^(\d{4}-\d{2})(?:$| \((?!\d)[^)]*\)$)/.exec(period)?.[1] ?? null;

/** One stored figure as the tests see it, whether read from the dataset file or the database. */
export type StoredCount = { id: string; url: string | null; quote: string; value: number; periodStart: string };

/**
 * Holds the stored figures to the file. Rows that share a quote and a page ("(same quote as above)")
 * form one group; within each group the integers of the value cells and the stored values must be
 * the same multiset. A stored figure must quote one of its row's sentences exactly, from one of its
 * row's pages; a row naming one calendar month must be stored for that month.
 */
export function compareWithFile(rows: FileRow[], counts: StoredCount[]): string[] {
  const problems: string[] = [];
  const groupOf = rows.map((_, index) => index);
  const find = (index: number): number => (groupOf[index] === index ? index : (groupOf[index] = find(groupOf[index]!)));
  const owner = new Map<string, number>();
  rows.forEach((row, index) => {
    for (const quote of row.quotes)
      for (const url of row.urls) {
        const key = `${url}\n${quote}`;
        if (owner.has(key)) groupOf[find(index)] = find(owner.get(key)!);
        else owner.set(key, index);
      }
  });
  const expected = new Map<number, number[]>();
  rows.forEach((row, index) => expected.set(find(index), [...(expected.get(find(index)) ?? []), ...row.values]));
  const stored = new Map<number, number[]>();
  for (const count of counts) {
    const index = owner.get(`${count.url}\n${count.quote}`);
    if (index === undefined) {
      problems.push(`${count.id}: its quote and page are not a row of the file (“${count.quote.slice(0, 60)}…”)`);
      continue;
    }
    // Every row quoting this sentence from this page: when each names one month, the count must
    // be stored for one of those months.
    const candidates = rows.filter((row) => row.urls.includes(count.url ?? "") && row.quotes.includes(count.quote));
    const months = candidates.map((row) => monthOf(row.period));
    if (months.every(Boolean) && !months.some((month) => count.periodStart === `${month}-01`))
      problems.push(`${count.id}: stored for ${count.periodStart}, the file's rows are ${months.join(", ")}`);
    stored.set(find(index), [...(stored.get(find(index)) ?? []), count.value]);
  }
  const sorted = (values: number[] = []) => [...values].sort((left, right) => left - right).join(",");
  for (const [group, values] of expected) {
    if (sorted(values) !== sorted(stored.get(group)))
      problems.push(
        `${rows[group]!.section} row “${rows[group]!.row}”: file has [${sorted(values)}], stored [${sorted(stored.get(group))}]`,
      );
  }
  return problems;
}
