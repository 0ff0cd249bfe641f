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
import { cachedToday } from "@/lib/cached-now";
import { getCachedHeadlines, headlinePeriod } from "@/lib/dashboard/data";
import { NationalLead } from "@/components/counts/national-lead";
import { getNationalPicture } from "@/lib/counts/data";
import { getAttackOverview } from "@/lib/incidents/data";
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

async function NationalPicture() {
  return <NationalLead picture={await getNationalPicture()} />;
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
      />
      <p>
        <Link href={`/attacks?from=${from}&to=${to}`}>The full map, with strikes inside Afghanistan →</Link>
      </p>
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
      <Suspense fallback={<SectionSkeleton label="Loading the national counts" height="40rem" />}>
        <NationalPicture />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading headline figures" height="85rem" />}>
        <Headlines period={period} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading the map" height="33rem" />}>
        <AttackMap period={period} />
      </Suspense>
    </>
  );
}
