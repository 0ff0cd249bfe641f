import type { Metadata } from "next";
import { Suspense } from "react";
import { SectionSkeleton } from "@/components/section-skeleton";
import { SearchSkeleton } from "@/components/search/search-skeleton";
import type { SearchParams } from "@/lib/incidents/search-params";
import { readSearchView, searchViewHref } from "@/lib/search/search-params";
import { siteUrl } from "@/lib/share/metadata";
import "../styles/search.css";
import { SearchFormSection, SearchResultsSection } from "./search-view";

type Props = { searchParams: Promise<SearchParams> };

// A page of results is a view of the record, not a page of its own: it is not indexed (its
// canonical address is the view's, with normalised parameters), and the search page itself is.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const view = readSearchView(await searchParams);
  const canonical = `${siteUrl()}${view.query ? searchViewHref(view) : "/search"}`;
  return {
    title: view.query ? `Search: ${view.text}` : "Search the record",
    description:
      "Full-text search of Frontier Monitor's published record: incidents, claimed figures, sources, actors, " +
      "places, mediation, statements and ceasefires.",
    alternates: { canonical },
    ...(view.text ? { robots: { index: false, follow: true } } : {}),
  };
}

export default function SearchPage(props: Props) {
  return (
    <>
      <h1>Search the record</h1>
      {/* Not the form itself: two forms with one label would be in the page until the stream swaps them. */}
      <Suspense fallback={<SectionSkeleton label="Loading the search form" height="8.5rem" />}>
        <SearchFormSection {...props} />
      </Suspense>
      <Suspense fallback={<SearchSkeleton />}>
        <SearchResultsSection {...props} />
      </Suspense>
    </>
  );
}
