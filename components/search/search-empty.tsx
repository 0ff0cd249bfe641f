import Link from "next/link";
import { searchViewHref, type SearchView } from "@/lib/search/search-params";
import type { SearchTerm } from "@/lib/search/search-query";
import { quotedText } from "./search-labels";

/** The words searched, each with the other spellings that were searched with it. */
export function searchedWords(terms: SearchTerm[]): string[] {
  return terms.map((term) =>
    term.words
      .map((spellings) =>
        spellings.length > 1 ? `${spellings[0]} (or ${spellings.slice(1).join(", ")})` : spellings[0],
      )
      .join(" "),
  );
}

/** Nothing found: says what was searched for, with which spellings, and what to try instead. */
export function SearchEmpty({ view, terms }: { view: SearchView; terms: SearchTerm[] }) {
  const words = searchedWords(terms);
  const phrases = terms.some((term) => term.phrase);
  const quoted = words.map((word) => `“${word}”`).join(", ");
  return (
    <div className="empty search-empty">
      <p>
        No published record matches <strong>{quotedText(view.text)}</strong>
        {view.kinds.length > 0 && " among the kinds of record chosen"}.
      </p>
      <p className="muted">{`Searched for records containing ${words.length > 1 ? "all of " : ""}${quoted}.`}</p>
      <ul className="search-suggestions">
        {view.kinds.length > 0 && (
          <li>
            <Link href={searchViewHref(view, { kinds: [], page: 1 })}>Search every kind of record</Link>
          </li>
        )}
        {terms.length > 1 && <li>Try fewer words: every word must match.</li>}
        {phrases && <li>Try the words without quotation marks or hyphens, so they need not stand together.</li>}
        <li>
          Try another spelling. Names from Pashto, Dari and Urdu are written many ways (Paktia or Paktiya, Nangarhar or
          Ningarhar, Tehrik or Tehreek); the spellings listed above were searched already.
        </li>
        <li>
          Only published records are searched: incidents, claimed figures, their source documents, the people and groups
          they name, places, mediation, statements and ceasefires.
        </li>
      </ul>
    </div>
  );
}
