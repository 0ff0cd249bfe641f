import type { Metadata } from "next";
import { Suspense } from "react";
import { NationalAttacksChart, incidentsPerMonth } from "@/components/counts/national-attacks-chart";
import { SectionSkeleton } from "@/components/section-skeleton";
import { getNationalPicture } from "@/lib/counts/data";
import { nationalEmbed } from "@/lib/embed/embed-paths";
import { getAttackOverview } from "@/lib/incidents/data";
import { EmbedFrame, embedAsOf, embedMetadata } from "../embed-page";

// The national series as on the home page: the counter's monthly attacks, with this record's own
// incidents marked apart (never on the counter's axis). Prerendered; renewed by every write.
export function generateMetadata(): Metadata {
  return embedMetadata(nationalEmbed());
}

async function NationalEmbed() {
  const target = nationalEmbed();
  // The whole record per month: the same cached read as the home page's series.
  const [picture, record, asOf] = await Promise.all([
    getNationalPicture(),
    getAttackOverview({}, "month", "type"),
    embedAsOf(),
  ]);
  const counter = picture.counterName;
  return (
    <EmbedFrame
      target={target}
      asOf={asOf}
      source={`${counter}'s monthly reports (militant attacks); incidents in this record, counted apart`}
    >
      <h1>Militant attacks in Pakistan, as independent counters count them</h1>
      <NationalAttacksChart
        picture={picture}
        id="embed-national"
        recordIncidents={incidentsPerMonth(record.overTime)}
        embed={null}
      />
      <p className="muted small">
        {picture.monthlyLatestReportOn
          ? `${counter}'s figures as of its latest report in the record, published ${picture.monthlyLatestReportOn}; ` +
            `later months have no ${counter} count in the record yet.`
          : "No counter's report is in the record yet."}
      </p>
    </EmbedFrame>
  );
}

// Inside a boundary like every page's data (prerendered complete all the same: the reads are cached).
export default function NationalEmbedPage() {
  return (
    <Suspense fallback={<SectionSkeleton label="Loading the national series" height="44rem" />}>
      <NationalEmbed />
    </Suspense>
  );
}
