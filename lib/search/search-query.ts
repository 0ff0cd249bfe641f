// One schema for a search, from the query string to the SQL: the page, the API and the data layer
// read the same `q`, `kind` and `page`. The reader's text is never handed to PostgreSQL as it was
// typed: it is cut here into words of letters and digits (lib/search/search-text.ts), each word
// widened to its spelling variants, and written out as a tsquery of those words and operators
// only, which the queries pass as a bound parameter to to_tsquery().
//
//   words                     → all of them:                  fitrat said   → fitrat & said
//   "a quoted phrase"         → the words in that order:      "no damage"   → no <-> damage
//   words joined by - or '    → a phrase too:                 Ghazab-lil-Haq → ghazab <-> lil <-> haq
//   a word with variants      → any of its spellings:         Fetrat        → ( fitrat | fetrat )
import { z } from "zod";
import { searchWords } from "./search-text";
import { spellingsOf } from "./spelling-variants";

export const SEARCH_KINDS = [
  "incident",
  "claim",
  "document",
  "actor",
  "place",
  "mediation",
  "statement",
  "ceasefire",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE = 500;
/** Words in one search, phrases included: enough for a sentence quoted from a source. */
export const SEARCH_MAX_WORDS = 24;
export const SEARCH_TEXT_MIN = 2;
export const SEARCH_TEXT_MAX = 200;

/** One condition of the search: a word (any of its spellings), or a phrase (its words in order). */
export type SearchTerm = { phrase: boolean; words: (readonly string[])[] };

export type ParsedSearchText = {
  /** What the reader typed, trimmed: shown back to them, never sent to SQL. */
  text: string;
  terms: SearchTerm[];
  /** Every term must match: the search itself. */
  tsquery: string;
  /** Each term's own tsquery (tsquery is these joined with &). */
  termQueries: string[];
  /** Any term matches: finds the candidates (an incident whose place matches one word and whose
   *  title matches another), which the full tsquery then filters. */
  anyTsquery: string;
};

type Parsed = { ok: true; value: ParsedSearchText } | { ok: false; message: string };

const SINGLE_LETTER = /^\p{L}$/u;
const QUOTES = /["“”„]/;

const alternatives = (spellings: readonly string[]) =>
  spellings.length === 1 ? spellings[0]! : `( ${spellings.join(" | ")} )`;
const termQuery = (term: SearchTerm) => term.words.map(alternatives).join(" <-> ");

function termOf(words: string[], quoted: boolean): SearchTerm | null {
  if (words.length === 0) return null;
  // A lone letter ("a", the "I" of a sentence) would match almost every record or none; inside a
  // phrase it keeps its place ("Tehrik-i-Taliban", "Pakistan's").
  if (words.length === 1 && SINGLE_LETTER.test(words[0]!) && !quoted) return null;
  return { phrase: words.length > 1, words: words.map(spellingsOf) };
}

/** The reader's text as search terms and tsquery strings, or why it cannot be searched. */
export function parseSearchText(input: string): Parsed {
  const text = input.trim();
  const terms: SearchTerm[] = [];
  // Between quotation marks (an odd-numbered piece) is a phrase; an unclosed quote runs to the end.
  text.split(QUOTES).forEach((piece, index) => {
    const chunks = index % 2 === 1 ? [piece] : piece.split(/\s+/);
    for (const chunk of chunks) {
      const term = termOf(searchWords(chunk), index % 2 === 1);
      if (term) terms.push(term);
    }
  });
  const unique = [...new Map(terms.map((term) => [termQuery(term), term])).values()];
  if (unique.length === 0) {
    return {
      ok: false,
      message: "has no word to search for: give a word of letters or digits (punctuation and lone letters are ignored)",
    };
  }
  const wordCount = unique.reduce((sum, term) => sum + term.words.length, 0);
  if (wordCount > SEARCH_MAX_WORDS) {
    return { ok: false, message: `has ${wordCount} words; search for at most ${SEARCH_MAX_WORDS}` };
  }
  const queries = unique.map(termQuery);
  return {
    ok: true,
    value: { text, terms: unique, tsquery: queries.join(" & "), termQueries: queries, anyTsquery: queries.join(" | ") },
  };
}

export const searchTextSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "is required: the words to search for" : "must be text") })
  .trim()
  .min(SEARCH_TEXT_MIN, { error: `must be at least ${SEARCH_TEXT_MIN} characters` })
  .max(SEARCH_TEXT_MAX, { error: `must be at most ${SEARCH_TEXT_MAX} characters` })
  .transform((text, ctx) => {
    const parsed = parseSearchText(text);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });

/** `kind=claim&kind=actor` or `kind=claim,actor`; none means every kind. */
export const searchKindsSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((item) => item.split(","))
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(SEARCH_KINDS, { error: `must be one of ${SEARCH_KINDS.join(", ")}` })))
  .transform((kinds) => SEARCH_KINDS.filter((kind) => kinds.includes(kind)));

/** Written in decimal digits only ("1e3", "+2", " 2" are refused), like the API's other pages. */
export const searchPageSchema = z
  .string()
  .regex(/^[0-9]{1,4}$/, { error: `must be a whole number from 1 to ${SEARCH_MAX_PAGE}` })
  .transform(Number)
  .refine((page) => page >= 1 && page <= SEARCH_MAX_PAGE, {
    error: `must be a whole number from 1 to ${SEARCH_MAX_PAGE}`,
  });

export const searchQuerySchema = z.object({
  q: searchTextSchema,
  kind: searchKindsSchema.default([]),
  page: searchPageSchema.default(1),
});

/** A search as the data layer runs it. `kind` empty: every kind. */
export type SearchQuery = z.output<typeof searchQuerySchema>;
