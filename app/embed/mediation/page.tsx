import type { Metadata } from "next";
import { Suspense } from "react";
import { MediationTimeline } from "@/components/mediation/mediation-timeline";
import { StatusBadge } from "@/components/mediation/track-card";
import { SectionSkeleton } from "@/components/section-skeleton";
import { cachedToday } from "@/lib/cached-now";
import { mediationEmbed } from "@/lib/embed/embed-paths";
import { getCeasefires, getMediationTracks } from "@/lib/mediation/data";
import { ceasefireReportedOn } from "@/lib/mediation/timeline-text";
import { EmbedFrame, embedAsOf, embedMetadata } from "../embed-page";

// Each mediation track's status and each ceasefire, as of the latest report the record holds
// about it (never "as of today": the record knows no more than its reports), then the timeline.
export function generateMetadata(): Metadata {
  return embedMetadata(mediationEmbed());
}

const latestOf = (days: (string | null)[]) =>
  days.filter((day): day is string => day !== null).reduce<string | null>((a, b) => (a && a > b ? a : b), null);

async function MediationEmbed() {
  const today = await cachedToday();
  const [tracks, ceasefires, asOf] = await Promise.all([getMediationTracks(), getCeasefires(today), embedAsOf()]);
  const latestReport = latestOf([
    ...tracks.map((track) => track.lastEventOn),
    ...ceasefires.map((ceasefire) => ceasefireReportedOn(ceasefire, today)),
  ]);
  return (
    <EmbedFrame target={mediationEmbed()} asOf={asOf} source="the reports cited on each step and ceasefire">
      <h1>Mediation tracks and ceasefires</h1>
      <p className="muted small" data-testid="embed-latest-report">
        {latestReport
          ? `As of the latest report in the record, ${latestReport}. ` +
            "A track's status is the one its latest reported step set."
          : "No mediation step or ceasefire is recorded."}
      </p>
      <ul className="embed-list" aria-label="Status of each mediation track">
        {tracks.map((track) => (
          <li key={track.id} data-track={track.id}>
            <strong>{track.name}</strong> <StatusBadge status={track.status} />
            <span className="muted small">
              {track.statusSince ? ` since ${track.statusSince}` : ""}
              {track.lastEventOn ? `; as of the latest report, ${track.lastEventOn}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <MediationTimeline
        tracks={tracks}
        ceasefires={ceasefires}
        asOf={today}
        compact
        inEmbed
        id="embed-mediation-timeline"
        title="Mediation tracks and ceasefires over time"
      />
    </EmbedFrame>
  );
}

// Inside a boundary like every page's data (prerendered complete all the same: the reads are cached).
export default function MediationEmbedPage() {
  return (
    <Suspense fallback={<SectionSkeleton label="Loading the mediation tracks" height="70rem" />}>
      <MediationEmbed />
    </Suspense>
  );
}
