// The /attacks page's body, for "/attacks" (the default view) and /attacks/<query> (a view chosen
// in the query string, which the proxy serves from there so that each view is a cached page of
// its own; lib/view-paths.ts). The view is known before rendering: sections stream in parallel.
import Link from "next/link";
import { Suspense } from "react";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { SectionSkeleton } from "@/components/section-skeleton";
import { readAttackView, type SearchParams } from "@/lib/incidents/search-params";
import { ChartsSection, FiltersSection, MapSection, NationalSection, SummarySection, TableSection } from "./sections";

export function AttacksView({ params }: { params: SearchParams }) {
  const view = readAttackView(params);
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
        its sources. Each side&apos;s casualty claims are on the <Link href="/casualties">casualties</Link> page.
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
