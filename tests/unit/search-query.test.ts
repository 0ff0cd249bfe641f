// The search's query parsing: the reader's text becomes words, phrases and spelling variants in a
// tsquery string of our own writing; nothing the reader types reaches to_tsquery as typed. The
// expected tsquery strings are written out by hand.
import { describe, expect, it } from "vitest";
import { parseSearchText, searchQuerySchema } from "@/lib/search/search-query";
import { readSearchView, searchViewHref } from "@/lib/search/search-params";
import { normaliseSearchText, searchWords } from "@/lib/search/search-text";
import { SPELLING_VARIANTS, spellingsOf } from "@/lib/search/spelling-variants";
import { MARK_END as E, MARK_START as S, snippetHtml, snippetParts } from "@/lib/search/snippet";

const tsquery = (text: string) => {
  const parsed = parseSearchText(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.message}`);
  return parsed.value.tsquery;
};
const problem = (text: string) => {
  const parsed = parseSearchText(text);
  return parsed.ok ? `parsed as ${parsed.value.tsquery}` : parsed.message;
};

describe("search text → tsquery", () => {
  it("joins words with & and keeps a quoted phrase in order with <->", () => {
    expect(tsquery("drone Swabi")).toBe("drone & swabi");
    expect(tsquery('"no damage to life"')).toBe("no <-> damage <-> to <-> life");
    expect(tsquery('Tarar "no damage to life" drones')).toBe("tarar & no <-> damage <-> to <-> life & drones");
    // Curly quotes too, and a quote left open runs to the end.
    expect(tsquery("“no damage to life”")).toBe("no <-> damage <-> to <-> life");
    expect(tsquery('Tarar "no damage')).toBe("tarar & no <-> damage");
  });

  it("reads hyphenated and apostrophised words as phrases, as the index splits them", () => {
    expect(tsquery("Ghazab-lil-Haq")).toBe("ghazab <-> lil <-> haq");
    expect(tsquery('"Ghazab lil-Haq"')).toBe("ghazab <-> lil <-> haq");
    expect(tsquery("Ghazab lil-Haq")).toBe("ghazab & lil <-> haq");
    expect(tsquery("Pakistan's")).toBe("pakistan <-> s");
    expect(tsquery("Pakistan’s")).toBe("pakistan <-> s");
  });

  it("widens a word to its spelling variants, inside phrases too", () => {
    expect(tsquery("Fetrat")).toBe("( fitrat | fetrat )");
    expect(tsquery("Zabiullah Mujahid")).toBe("( zabihullah | zabiullah | zabehullah ) & ( mujahid | mujahed )");
    expect(tsquery("Tehreek-e-Taliban")).toBe(
      "( tehrik | tehreek | tahrik | tahreek ) <-> ( e | i ) <-> ( taliban | taleban )",
    );
    expect(tsquery("Khwarij")).toBe("( khawarij | khwarij | khawarji )");
    expect(tsquery("Abbotabad")).toBe("( abbottabad | abbotabad )");
    expect(tsquery("Bajaur")).toBe("( bajaur | bajour | bajur )");
    // Accents and case are the normalisation's, not a variant's: Türkiye is turkiye, then Turkey too.
    expect(tsquery("TÜRKİYE")).toBe("( turkiye | turkey )");
    expect(tsquery("North Wazirstan")).toBe("north & ( waziristan | wazirstan )");
  });

  it("gives the any-term query that finds candidates across an incident's context", () => {
    const parsed = parseSearchText('TTP "security personnel" Bajaur');
    expect(parsed.ok && parsed.value.anyTsquery).toBe("ttp | security <-> personnel | ( bajaur | bajour | bajur )");
    expect(parsed.ok && parsed.value.text).toBe('TTP "security personnel" Bajaur');
  });

  it("drops operators, punctuation, lone letters and repeats; keeps numbers", () => {
    expect(tsquery("kabul:* | !kandahar <-> (paktia) & 'x'")).toBe(
      "kabul & ( kandahar | qandahar ) & ( paktia | paktiya | paktya )",
    );
    expect(tsquery(`'); DROP TABLE "Incident"; --`)).toBe("drop & table & incident");
    expect(tsquery("Kabul kabul KABUL")).toBe("kabul");
    expect(tsquery("a Kabul I")).toBe("kabul");
    expect(tsquery("133 Afghan")).toBe("133 & afghan");
  });

  it("says why text of punctuation or lone letters cannot be searched", () => {
    expect(problem("!!! ?? --")).toMatch(/^has no word to search for/);
    expect(problem("a b c")).toMatch(/^has no word to search for/);
    expect(problem(Array.from({ length: 25 }, (_, n) => `word${n}`).join(" "))).toBe(
      "has 25 words; search for at most 24",
    );
  });
});

describe("the search query schema", () => {
  it("parses q, kind (repeated or comma-separated, in a fixed order) and page", () => {
    const query = searchQuerySchema.parse({ q: "  Fitrat  ", kind: ["statement", "claim,actor"], page: "3" });
    expect(query.q.text).toBe("Fitrat");
    expect(query.q.tsquery).toBe("( fitrat | fetrat )");
    expect(query.kind).toEqual(["claim", "actor", "statement"]);
    expect(query.page).toBe(3);
    expect(searchQuerySchema.parse({ q: "Kabul" })).toMatchObject({ kind: [], page: 1 });
  });

  it("refuses bad input with a message naming what is wrong", () => {
    const issue = (input: Record<string, unknown>) => {
      const result = searchQuerySchema.safeParse(input);
      return result.success
        ? null
        : { path: result.error.issues[0]!.path[0], message: result.error.issues[0]!.message };
    };
    expect(issue({})).toEqual({ path: "q", message: "is required: the words to search for" });
    expect(issue({ q: " k " })).toEqual({ path: "q", message: "must be at least 2 characters" });
    expect(issue({ q: "x".repeat(201) })).toEqual({ path: "q", message: "must be at most 200 characters" });
    expect(issue({ q: "?!" })?.message).toMatch(/^has no word to search for/);
    expect(issue({ q: "Kabul", kind: "person" })?.message).toBe(
      "must be one of incident, claim, document, actor, place, mediation, statement, ceasefire",
    );
    for (const page of ["0", "501", "1e3", "+2", " 2", "two"]) {
      expect(issue({ q: "Kabul", page })?.message, page).toBe("must be a whole number from 1 to 500");
    }
  });
});

describe("the search page's view", () => {
  it("keeps the valid parameters, drops the invalid ones and says which", () => {
    const view = readSearchView({ q: "Bajaur", kind: ["incident", "person"], page: "x" });
    expect(view.query?.q.tsquery).toBe("( bajaur | bajour | bajur )");
    expect(view.kinds).toEqual([]);
    expect(view.page).toBe(1);
    expect(view.invalid.map((i) => i.param)).toEqual(["kind", "page"]);
    const junk = readSearchView({ q: "!?!" });
    expect(junk.query).toBeNull();
    expect(junk.text).toBe("!?!");
    expect(junk.invalid[0]).toMatchObject({ param: "q" });
    expect(readSearchView({}).query).toBeNull();
    expect(readSearchView({}).invalid).toEqual([]);
  });

  it("links to a view with short, canonical query strings", () => {
    const view = readSearchView({ q: "Ghazab lil-Haq", kind: "claim,incident" });
    expect(searchViewHref(view)).toBe("/search?q=Ghazab+lil-Haq&kind=incident%2Cclaim");
    expect(searchViewHref(view, { page: 2, kinds: [] })).toBe("/search?q=Ghazab+lil-Haq&page=2");
  });
});

describe("normalisation and spelling variants", () => {
  it("splits and folds text as fm_search_text does", () => {
    expect(searchWords("Ghazab-lil-Haq")).toEqual(["ghazab", "lil", "haq"]);
    expect(searchWords("Spin-Boldak, Türkiye’s “ceasefire” — 21–22 Feb")).toEqual([
      "spin",
      "boldak",
      "turkiye",
      "s",
      "ceasefire",
      "21",
      "22",
      "feb",
    ]);
    expect(normaliseSearchText("Ṭālibān Ḥaqqānī")).toBe("taliban haqqani");
    // A decomposed accent (e + U+0301) ends as the plain letter, like a precomposed one.
    expect(normaliseSearchText("Kandahe\u0301r")).toBe("kandaher");
  });

  it("keeps each word in one group, each written as the normalisation writes it", () => {
    const seen = new Set<string>();
    for (const group of SPELLING_VARIANTS) {
      for (const word of group) {
        expect(seen.has(word), word).toBe(false);
        seen.add(word);
        expect(searchWords(word), word).toEqual([word]);
      }
      expect(spellingsOf(group[group.length - 1]!)).toBe(group);
    }
    expect(spellingsOf("kabul")).toEqual(["kabul"]);
  });
});

describe("snippets", () => {
  it("cuts ts_headline's output into pieces and joins a matched phrase into one mark", () => {
    expect(snippetParts(`said “${S}No${E} ${S}damage${E} ${S}to${E} ${S}life${E},” he`)).toEqual([
      { text: "said “", match: false },
      { text: "No damage to life", match: true },
      { text: ",” he", match: false },
    ]);
    expect(snippetParts(`Operation ${S}Ghazab${E} ${S}lil${E}-${S}Haq${E}`)).toEqual([
      { text: "Operation ", match: false },
      { text: "Ghazab lil-Haq", match: true },
    ]);
    // Stray or unclosed delimiters never reach the text.
    expect(snippetParts(`a${E} ${S}b`)).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
    ]);
  });

  it("escapes every piece when it builds HTML", () => {
    const parts = snippetParts(`<script>alert(1)</script> & ${S}"Kabul"${E}`);
    expect(snippetHtml(parts)).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&quot;Kabul&quot;</mark>");
  });
});
