import { SEARCH_KINDS, SEARCH_TEXT_MAX, SEARCH_TEXT_MIN, type SearchKind } from "@/lib/search/search-query";
import { KIND_LABELS } from "./search-labels";

/** A plain GET form: the search lives in the URL, so it can be shared, bookmarked and reloaded,
 *  and works before (and without) JavaScript. */
export function SearchForm({ text = "", kind = "" }: { text?: string; kind?: SearchKind | "" }) {
  return (
    <form className="filters search-form" method="get" action="/search" role="search" aria-label="Search the record">
      <label className="search-field">
        Words to search for
        <input
          type="search"
          name="q"
          defaultValue={text}
          required
          minLength={SEARCH_TEXT_MIN}
          maxLength={SEARCH_TEXT_MAX}
          placeholder="Bajaur, Zabihullah Mujahid, “no damage to life”"
          aria-describedby="search-help"
        />
      </label>
      <label>
        Kind of record
        <select name="kind" defaultValue={kind}>
          <option value="">Every kind</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k].many}
            </option>
          ))}
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">Search</button>
      </div>
      <p id="search-help" className="muted small search-help">
        Every word must match. Put a phrase in quotation marks to find those words in that order. Case, accents, hyphens
        and apostrophes are ignored, and common spellings of names are searched together (Fitrat and Fetrat, Tehrik and
        Tehreek).
      </p>
    </form>
  );
}
