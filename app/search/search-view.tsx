// The /search page's body. It reads the query string, so it renders per request, inside Suspense:
// the static shell shows an empty form and a skeleton, the form with the reader's words and the
// results stream in. The results are cached per query between writes (lib/search/data.ts).
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import type { SearchParams } from "@/lib/incidents/search-params";
import { getSearchResults } from "@/lib/search/data";
import { readSearchView } from "@/lib/search/search-params";

type Props = { searchParams: Promise<SearchParams> };

export async function SearchFormSection({ searchParams }: Props) {
  const view = readSearchView(await searchParams);
  return <SearchForm text={view.text} kind={view.kinds.length === 1 ? view.kinds[0] : ""} />;
}

export async function SearchResultsSection({ searchParams }: Props) {
  const view = readSearchView(await searchParams);
  const ignored = view.invalid.filter((invalid) => invalid.param !== "q");
  const textProblem = view.invalid.find((invalid) => invalid.param === "q");
  return (
    <>
      {ignored.length > 0 && (
        <p role="alert" className="notice">
          Ignored {ignored.map((invalid) => `“${invalid.param}” (${invalid.message})`).join(", ")}.
        </p>
      )}
      {textProblem && (
        <p role="alert" className="notice">
          Nothing was searched: “{view.text}” {textProblem.message}.
        </p>
      )}
      {view.query ? <Results view={view} /> : !textProblem && <SearchIntro />}
    </>
  );
}

async function Results({ view }: { view: ReturnType<typeof readSearchView> }) {
  const query = view.query!;
  const result = await getSearchResults(query);
  return result.total === 0 && result.page === 1 ? (
    <SearchEmpty view={view} terms={query.q.terms} />
  ) : (
    <SearchResults view={view} result={result} terms={query.q.terms} />
  );
}

function SearchIntro() {
  return (
    <div className="prose search-intro">
      <p>
        Search every published record: incidents (also by the name of their province, district or place, and of the
        group named as perpetrator), claimed figures with their claimants and quotes, source documents, actors, places,
        mediation tracks and their steps, statements and ceasefires.
      </p>
      <p className="muted">
        For example: a district (Bajaur), a spokesman (Zabihullah Mujahid), a phrase from a statement in quotation marks
        (“no damage to life”), an operation (Ghazab lil-Haq).
      </p>
    </div>
  );
}
