// The home page's body, for "/" (the default period) and /overview/<days> (the others, which
// the proxy serves for /?days=…; lib/view-paths.ts). Everything on it is cached: the period's
// end is today as of the cache entry (lib/cached-now.ts), so the page renders once per data
// version and day, not per reader.
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { HeadlineCards } from "@/components/headline-cards";
import { SectionSkeleton } from "@/components/section-skeleton";
import { ChoroplethMap } from "@/components/maps/choropleth-map";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { incidentsPerMonth } from "@/components/counts/national-attacks-chart";
import { ClaimsGap } from "@/components/home/claims-gap";
import { LatestChanges } from "@/components/home/latest-changes";
import { MediationTimeline } from "@/components/mediation/mediation-timeline";
import { NationalGlance } from "@/components/home/national-glance";
import { cachedToday } from "@/lib/cached-now";
import { getLatestChanges } from "@/lib/changes/data";
import { REVISION_KINDS } from "@/lib/changes/change-types";
import { getClaimScopes, getClaimsLedger } from "@/lib/claims/data";
import { getCachedHeadlines, headlinePeriod } from "@/lib/dashboard/data";
import { getNationalPicture } from "@/lib/counts/data";
import { getAttackOverview } from "@/lib/incidents/data";
import { getCeasefires, getMediationTracks } from "@/lib/mediation/data";
import { mapEmbed, mediationEmbed } from "@/lib/embed/embed-paths";
import { homeMetadata } from "@/lib/share/page-metadata";
import { DEFAULT_HOME_DAYS, HOME_PERIODS } from "@/lib/view-paths";

type Period = { days: number; asOf: string; from: string; to: string };

/** The period's dates: the last `days` days to today (as of the cache entry). */
async function readPeriod(days: number): Promise<Period> {
  const asOf = await cachedToday();
  return { days, asOf, ...headlinePeriod(asOf, days) };
}

export async function homeViewMetadata(days: number): Promise<Metadata> {
  const { asOf } = await readPeriod(days);
  return homeMetadata(days, days === DEFAULT_HOME_DAYS, asOf);
}

function PeriodLinks({ current }: { current: number }) {
  return (
    <nav aria-label="Period" className="period-picker">
      Period:{" "}
      {HOME_PERIODS.map((period) => (
        <Link
          key={period.days}
          href={period.days === DEFAULT_HOME_DAYS ? "/" : `/?days=${period.days}`}
          aria-current={period.days === current ? "true" : undefined}
        >
          {period.label}
        </Link>
      ))}
    </nav>
  );
}

async function Headlines({ period }: { period: Promise<Period> }) {
  const { asOf, days } = await period;
  return <HeadlineCards headlines={await getCachedHeadlines(asOf, days)} />;
}

/** The counter's monthly series with this record's own incidents per month marked apart: the
 *  whole record (every month), so the marks line up with every month of the series. */
async function NationalSeries() {
  const [picture, record] = await Promise.all([getNationalPicture(), getAttackOverview({}, "month", "type")]);
  return <NationalGlance picture={picture} recordIncidents={incidentsPerMonth(record.overTime)} />;
}

/** The latest episode's claims gap: the same episode /casualties opens on. */
async function ClaimsGapSection() {
  const episode = (await getClaimScopes()).episodes[0];
  if (!episode) return null;
  return <ClaimsGap episode={episode} groups={await getClaimsLedger({ kind: "episode", episodeId: episode.id })} />;
}

// How many changes the home page lists; the revisions list reaches further back, since a
// restatement matters long after the month it restates.
const LATEST_CHANGES = 8;
const LATEST_REVISIONS = 30;

async function RecordChanges() {
  const [changes, revisions] = await Promise.all([
    getLatestChanges(LATEST_CHANGES),
    getLatestChanges(LATEST_REVISIONS, REVISION_KINDS),
  ]);
  return <LatestChanges changes={changes} revisions={revisions} />;
}

async function AttackMap({ period }: { period: Promise<Period> }) {
  const { from, to } = await period;
  // The same filters (and so the same cache entry) as the /attacks view this map links to.
  const overview = await getAttackOverview({ from, to }, "month", "type");
  return (
    <section aria-labelledby="home-map-title">
      <h2 id="home-map-title">
        Where the record&apos;s incidents happened ({from} to {to})
      </h2>
      <ChoroplethMap
        id="home-map"
        view="districts-PAK"
        title="Map of the record's incidents in Pakistan by district"
        unitNoun="incident"
        compact
        values={Object.fromEntries(overview.byDistrict.map((district) => [district.key, { count: district.count }]))}
        hrefFor={(id) => `/attacks?from=${from}&to=${to}&district=${id}`}
        embed={mapEmbed({ from, to })}
      />
      <p>
        <Link href={`/attacks?from=${from}&to=${to}`}>The full map, with strikes inside Afghanistan →</Link>
      </p>
    </section>
  );
}

/** Every track and ceasefire on one axis, compact; the full timeline and tables are on /mediation. */
async function MediationGlance() {
  const asOf = await cachedToday();
  const [tracks, ceasefires] = await Promise.all([getMediationTracks(), getCeasefires(asOf)]);
  return (
    <section aria-labelledby="home-mediation-title">
      <h2 id="home-mediation-title">Mediation and ceasefires</h2>
      <MediationTimeline
        tracks={tracks}
        ceasefires={ceasefires}
        asOf={asOf}
        compact
        id="home-mediation-timeline"
        title="Mediation tracks and ceasefires over time"
        embed={mediationEmbed()}
      />
    </section>
  );
}

export function HomeView({ days }: { days: number }) {
  // Read once here, awaited inside each boundary: the sections stream independently.
  const period = readPeriod(days);
  return (
    <>
      <h1>The Pakistan–Afghanistan conflict, claim by claim</h1>
      <p className="lede">
        Militant attacks in Pakistan as the independent counters count them, each side&apos;s casualty claims side by
        side and never merged, and every mediation track and ceasefire: each figure with who said it and where.
      </p>
      <DatasetJsonLd
        path="/"
        name="Frontier Monitor: Pakistan–Afghanistan conflict record"
        description="A sourced record of the Pakistan–Afghanistan conflict: attacks inside Pakistan, each party's casualty claims side by side, and every mediation track and ceasefire."
      />
      <PeriodLinks current={days} />
      {/* The conflict at a glance: two columns on a laptop, one on a phone (app/styles/home.css). */}
      <div className="home-glance">
        <div className="home-glance-national">
          <Suspense fallback={<SectionSkeleton label="Loading the national counts" height="34rem" />}>
            <NationalSeries />
          </Suspense>
        </div>
        <div className="home-glance-side">
          <Suspense fallback={<SectionSkeleton label="Loading the claims gap" height="24rem" />}>
            <ClaimsGapSection />
          </Suspense>
          <Suspense fallback={<SectionSkeleton label="Loading the mediation timeline" height="16rem" />}>
            <MediationGlance />
          </Suspense>
        </div>
        <div className="home-glance-changes">
          <Suspense fallback={<SectionSkeleton label="Loading the latest changes" height="26rem" />}>
            <RecordChanges />
          </Suspense>
        </div>
        <div className="home-glance-map">
          <Suspense fallback={<SectionSkeleton label="Loading the map" height="33rem" />}>
            <AttackMap period={period} />
          </Suspense>
        </div>
      </div>
      <Suspense fallback={<SectionSkeleton label="Loading headline figures" height="85rem" />}>
        <Headlines period={period} />
      </Suspense>
    </>
  );
}
