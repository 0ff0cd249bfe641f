import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CounterFiguresTable } from "@/components/counts/counter-figures-table";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { SectionSkeleton } from "@/components/section-skeleton";
import { getNationalPicture } from "@/lib/counts/data";
import { countsMetadata } from "@/lib/share/metadata-static";

export const metadata: Metadata = countsMetadata();

/** Every counter's figures beyond the monthly series, each table one kind of source, never summed. */
async function CounterTables() {
  const picture = await getNationalPicture();
  return (
    <>
      <h2 id="independent">Independent counters: quarters, half-years, years and other spans</h2>
      <CounterFiguresTable
        caption="National figures by PICSS, PIPS and CRSS (not comparable across counters: each defines what it counts)"
        series={picture.longerPeriods}
      />
      <h2 id="official">Official bodies, parties and secondary reports</h2>
      <p className="muted">
        Each is its source&apos;s claim: Pakistan&apos;s military (ISPR), Khyber Pakhtunkhwa police, the parties to the
        fighting, and second-hand mentions of other datasets. Kept apart from the independent counters.
      </p>
      <CounterFiguresTable
        caption="Figures by official bodies, parties and secondary reports"
        series={picture.otherCounters}
      />
      <h2 id="un">The UN: civilians inside Afghanistan</h2>
      <p className="muted">
        UN figures count civilian casualties in Afghanistan from Pakistani cross-border fire and strikes. No UN figures
        for civilians on Pakistan&apos;s side were found.
      </p>
      <CounterFiguresTable caption="UN figures for civilians in Afghanistan" series={picture.unFigures} />
    </>
  );
}

export default function CountsPage() {
  return (
    <>
      <h1>Every counter&apos;s figures</h1>
      <DatasetJsonLd
        path="/counts"
        name="Militant violence in Pakistan as the counters count it (Frontier Monitor)"
        description="Period counts by PICSS, PIPS and CRSS, official and party figures, and UN counts of civilians in Afghanistan, each with its counter, period, page, date and verbatim quote."
      />
      <p className="muted">
        The monthly series and its breakdowns are on <Link href="/attacks">Attacks in Pakistan</Link>; how each counter
        counts is on the <Link href="/methodology#counters">methodology</Link> page. Every figure, as JSON or CSV:{" "}
        <a href="/api/v1/counts?versions=all&amp;format=csv" download>
          CSV
        </a>{" "}
        ·{" "}
        <a href="/api/v1/counts?versions=all&amp;format=json" download>
          JSON
        </a>
        .
      </p>
      <Suspense fallback={<SectionSkeleton label="Loading the counters' figures" height="80rem" />}>
        <CounterTables />
      </Suspense>
    </>
  );
}
