import type { Metadata } from "next";
import { Suspense } from "react";
import { FollowFeeds } from "@/components/follow-feeds";
import { CeasefireTable } from "@/components/mediation/ceasefire-table";
import { MediationTimeline } from "@/components/mediation/mediation-timeline";
import { TrackCard } from "@/components/mediation/track-card";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { SectionSkeleton } from "@/components/section-skeleton";
import { cachedToday } from "@/lib/cached-now";
import { StatementTable } from "@/components/mediation/statement-table";
import { getCeasefires, getMediationTracks, getStatements } from "@/lib/mediation/data";
import { mediationEmbed } from "@/lib/embed/embed-paths";
import { mediationMetadata } from "@/lib/share/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return mediationMetadata(await cachedToday());
}

async function Ceasefires() {
  const asOf = await cachedToday();
  const ceasefires = await getCeasefires(asOf);
  return ceasefires.length ? (
    <CeasefireTable rows={ceasefires} asOf={asOf} />
  ) : (
    <p className="empty">No ceasefire is recorded.</p>
  );
}

async function Timeline() {
  const asOf = await cachedToday();
  const [tracks, ceasefires] = await Promise.all([getMediationTracks(), getCeasefires(asOf)]);
  return <MediationTimeline tracks={tracks} ceasefires={ceasefires} asOf={asOf} embed={mediationEmbed()} />;
}

async function Tracks() {
  const tracks = await getMediationTracks();
  return tracks.length === 0 ? (
    <p className="empty">No mediation track is recorded.</p>
  ) : (
    <div className="tracks">
      {tracks.map((track) => (
        <TrackCard key={track.id} track={track} />
      ))}
    </div>
  );
}

async function Statements() {
  const statements = await getStatements();
  return statements.length === 0 ? (
    <p className="empty">No position, condition or declaration is recorded yet.</p>
  ) : (
    <StatementTable rows={statements} />
  );
}

export default function MediationPage() {
  return (
    <>
      <h1>Mediation tracker</h1>
      <DatasetJsonLd
        path="/mediation"
        name="Pakistan–Afghanistan mediation tracks and ceasefires (Frontier Monitor)"
        description="Every mediation track and ceasefire between Pakistan and Afghanistan: mediators, venues, rounds, dated steps with their sources, status now, and how long each ceasefire held."
      />
      <p className="muted">
        Status now is the status set by each track&apos;s latest reported step; every step is cited. Where sources
        disagree on who mediated, both accounts are kept.
      </p>
      <p className="downloads">
        Download the mediation events:{" "}
        <a href="/api/v1/mediation?format=csv" download>
          CSV
        </a>{" "}
        ·{" "}
        <a href="/api/v1/mediation?format=json" download>
          JSON
        </a>
      </p>
      <FollowFeeds />
      <h2>Tracks and ceasefires over time</h2>
      <Suspense fallback={<SectionSkeleton label="Loading the timeline" height="34rem" />}>
        <Timeline />
      </Suspense>
      <h2 id="ceasefires">Ceasefires</h2>
      <Suspense fallback={<SectionSkeleton label="Loading ceasefires" height="29rem" />}>
        <Ceasefires />
      </Suspense>
      <h2>Mediation tracks, offers and statements</h2>
      <Suspense fallback={<SectionSkeleton label="Loading mediation tracks" height="190rem" />}>
        <Tracks />
      </Suspense>
      <h2>Positions, conditions for talks and declarations</h2>
      <Suspense fallback={<SectionSkeleton label="Loading statements" height="40rem" />}>
        <Statements />
      </Suspense>
    </>
  );
}
