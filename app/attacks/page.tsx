import type { Metadata } from "next";
import { Suspense } from "react";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { SectionSkeleton } from "@/components/section-skeleton";
import { readAttackView, type SearchParams } from "@/lib/incidents/search-params";
import { attacksMetadata } from "@/lib/share/page-metadata";
import { ChartsSection, FiltersSection, MapSection, NationalSection, SummarySection, TableSection } from "./sections";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return attacksMetadata(await searchParams);
}

export default function AttacksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The view is read from the URL once; each section awaits it inside its own boundary.
  const view = searchParams.then(readAttackView);
  return (
    <>
      <h1>Attacks in Pakistan</h1>
      <DatasetJsonLd
        path="/attacks"
        name="Attacks in Pakistan (Frontier Monitor)"
        description="Militant and cross-border attacks inside Pakistan: date, province and district, type, target, and perpetrator as claimed or attributed, each cited to its sources."
      />
      <p className="muted">
        First the national picture, as independent counters count it; then the incidents in this record, each cited to
        its sources. Each side&apos;s casualty claims are on the <a href="/casualties">casualties</a> page.
      </p>
      <h2 id="national-title">Militant attacks in Pakistan, as independent counters count them</h2>
      <Suspense fallback={<SectionSkeleton label="Loading the national counts" height="60rem" />}>
        <NationalSection />
      </Suspense>
      <h2 id="record-title">Incidents in this record, each with its sources</h2>
      <Suspense fallback={<SectionSkeleton label="Loading the filters" height="10rem" />}>
        <FiltersSection view={view} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Counting attacks" height="5rem" />}>
        <SummarySection view={view} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading the map" height="57rem" />}>
        <MapSection view={view} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading the charts" height="105rem" />}>
        <ChartsSection view={view} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading the incident list" height="72rem" />}>
        <TableSection view={view} />
      </Suspense>
    </>
  );
}
