import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { connection } from "next/server";
import { HeadlineCards } from "@/components/headline-cards";
import { SectionSkeleton } from "@/components/section-skeleton";
import { today } from "@/lib/dates";
import { ChoroplethMap } from "@/components/maps/choropleth-map";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { getCachedHeadlines, headlinePeriod } from "@/lib/dashboard/data";
import { NationalLead } from "@/components/counts/national-lead";
import { getNationalPicture } from "@/lib/counts/data";
import { getAttackOverview } from "@/lib/incidents/data";
import type { SearchParams } from "@/lib/incidents/search-params";
import { homeMetadata } from "@/lib/share/page-metadata";

// Periods a reader can pick (?days=…). The default is a year: the record so far is short, and a
// rolling year keeps it in view; 30 and 90 days show the current tempo.
const PERIODS = [
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "12 months" },
];
const DEFAULT_DAYS = 365;

type Period = { days: number; asOf: string; from: string; to: string };

const readDays = (searchParams: SearchParams) => {
  const requested = Number(searchParams.days);
  return PERIODS.some((period) => period.days === requested) ? requested : DEFAULT_DAYS;
};

/** The page's period from its URL and today's date alone, so no section waits on another's read. */
async function readPeriod(searchParams: Promise<SearchParams>): Promise<Period> {
  const days = readDays(await searchParams);
  await connection(); // "today" is per request, and the database is not there at build time
  const asOf = today();
  return { days, asOf, ...headlinePeriod(asOf, days) };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { days, asOf } = await readPeriod(searchParams);
  return homeMetadata(days, days === DEFAULT_DAYS, asOf);
}

/** The links alone; with no period chosen yet, also the placeholder while the URL is read. */
function PeriodLinks({ current }: { current: number | null }) {
  return (
    <nav aria-label="Period" className="period-picker">
      Period:{" "}
      {PERIODS.map((period) => (
        <Link
          key={period.days}
          href={period.days === DEFAULT_DAYS ? "/" : `/?days=${period.days}`}
          aria-current={period.days === current ? "true" : undefined}
        >
          {period.label}
        </Link>
      ))}
    </nav>
  );
}

async function PeriodPicker({ period }: { period: Promise<Period> }) {
  return <PeriodLinks current={(await period).days} />;
}

async function Headlines({ period }: { period: Promise<Period> }) {
  const { asOf, days } = await period;
  return <HeadlineCards headlines={await getCachedHeadlines(asOf, days)} />;
}

async function NationalPicture() {
  await connection(); // read at request time: the database is not there at build time
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

export default function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Read once here, awaited inside each boundary: the sections stream independently.
  const period = readPeriod(searchParams);
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
      <Suspense fallback={<PeriodLinks current={null} />}>
        <PeriodPicker period={period} />
      </Suspense>
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
