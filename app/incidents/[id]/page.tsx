import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { CorrectionNotes } from "@/components/correction-notes";
import {
  IncidentClaims,
  IncidentFacts,
  IncidentPerpetrators,
  IncidentSources,
} from "@/components/incidents/incident-record";
import { SectionSkeleton } from "@/components/section-skeleton";
import { getIncidentCorrections } from "@/lib/corrections/data";
import { getIncidentRecord, getPublishedIncidentIds } from "@/lib/incidents/data";
import { incidentMetadata } from "@/lib/share/page-metadata";

type Params = { params: Promise<{ id: string }> };

// An unknown id must answer a real 404, and a status is fixed once the first byte is sent. So the
// page looks its record up before anything else (no Suspense above the lookup), and the route
// blocks instead of serving its generic shell first: "blocking" makes Next render an id it has not
// seen before completely (then keep it, like any static page, until a write expires its tags),
// and instant = false accepts that the route has no shell of its own. Partial Prefetching would
// otherwise send the empty shell, status 200, and stream the not-found page into it.
// unstable_paramMatching is Next 16.4's (pinned) name for this; tests/e2e/pages.spec.ts checks the 404.
export const unstable_paramMatching = { id: "blocking" };
export const instant = false;

// Every published incident is prerendered at build (the build reads the database: docs/caching.md);
// one published later renders on its first request and is kept the same way.
export async function generateStaticParams() {
  const incidents = await getPublishedIncidentIds();
  return incidents.length ? incidents.map((incident) => ({ id: incident.id })) : [{ id: "none" }];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return incidentMetadata((await params).id);
}

async function Corrections({ incidentId }: { incidentId: string }) {
  return <CorrectionNotes corrections={await getIncidentCorrections(incidentId)} />;
}

export default async function IncidentPage({ params }: Params) {
  const { id } = await params;
  const incident = await getIncidentRecord(id);
  if (!incident) notFound();
  return (
    <article>
      <h1>{incident.title}</h1>
      <IncidentFacts incident={incident} />
      <IncidentPerpetrators incident={incident} />
      <IncidentClaims incident={incident} />
      <IncidentSources incident={incident} />
      <h2>Corrections</h2>
      <Suspense fallback={<SectionSkeleton label="Loading corrections" height="3rem" />}>
        <Corrections incidentId={incident.id} />
      </Suspense>
    </article>
  );
}
