import Link from "next/link";
import { searchViewHref, type SearchView } from "@/lib/search/search-params";
import { SEARCH_KINDS, type SearchTerm } from "@/lib/search/search-query";
import type { SearchResult } from "@/lib/search/search-queries";
import { searchedWords } from "./search-empty";
import { SearchHitItem } from "./search-hit";
import { KIND_LABELS, kindCount, quotedText } from "./search-labels";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The count (announced to screen readers when it changes), the kinds found with links that
 *  narrow the search to one, the hits as an ordered list (best match first), and the pages. */
export function SearchResults({
  view,
  result,
  terms,
}: {
  view: SearchView;
  result: SearchResult;
  terms: SearchTerm[];
}) {
  const found = SEARCH_KINDS.filter((kind) => result.counts[kind] > 0);
  const all = found.reduce((sum, kind) => sum + result.counts[kind], 0);
  const first = (result.page - 1) * result.pageSize + 1;
  return (
    <section aria-labelledby="search-results-title" className="search-results">
      <h2 id="search-results-title" className="sr-only">
        Results
      </h2>
      <p className="search-count" role="status" aria-live="polite">
        <strong>{plural(result.total, "result")}</strong> in this record for <strong>{quotedText(result.text)}</strong>
        {result.kinds.length > 0 && ` (${result.kinds.map((kind) => KIND_LABELS[kind].many.toLowerCase()).join(", ")})`}
        {result.hits.length > 0 && result.total > result.pageSize && (
          <>
            , {first}–{first + result.hits.length - 1} shown
          </>
        )}
        .
      </p>
      <details className="search-words muted small">
        <summary>What was searched for</summary>
        <p>
          Published records containing {terms.length > 1 ? "all of " : ""}
          {searchedWords(terms)
            .map((words) => `“${words}”`)
            .join(", ")}
          . A quoted or hyphenated phrase must appear as written; the other spellings are searched as the same word.
        </p>
      </details>
      {found.length > 1 || result.kinds.length > 0 ? (
        <nav aria-label="Kinds of record found" className="search-kinds">
          <ul>
            <li>
              <Link
                href={searchViewHref(view, { kinds: [], page: 1 })}
                aria-current={result.kinds.length === 0 ? "page" : undefined}
              >
                Every kind ({all})
              </Link>
            </li>
            {found.map((kind) => (
              <li key={kind}>
                <Link
                  href={searchViewHref(view, { kinds: [kind], page: 1 })}
                  aria-current={result.kinds.length === 1 && result.kinds[0] === kind ? "page" : undefined}
                >
                  {kindCount(kind, result.counts[kind])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {result.hits.length > 0 ? (
        <ol className="search-hit-list" start={first}>
          {result.hits.map((hit) => (
            <SearchHitItem key={`${hit.record}:${hit.id}`} hit={hit} />
          ))}
        </ol>
      ) : (
        <p className="empty">
          No results on page {result.page}. <Link href={searchViewHref(view, { page: 1 })}>Back to the first page</Link>
        </p>
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Result pages" className="pager">
          {result.page > 1 ? (
            <Link href={searchViewHref(view, { page: result.page - 1 })} rel="prev">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {Math.min(result.page, result.pageCount)} of {result.pageCount}
          </span>
          {result.page < result.pageCount ? (
            <Link href={searchViewHref(view, { page: result.page + 1 })} rel="next">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
