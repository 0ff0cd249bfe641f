import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { connection } from "next/server";
import { HeadlineCards } from "@/components/headline-cards";
import { PageSkeleton } from "@/components/page-skeleton";
import { today } from "@/lib/dates";
import { ChoroplethMap } from "@/components/maps/choropleth-map";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { getCachedHeadlines } from "@/lib/dashboard/data";
import { getAttackOverview } from "@/lib/incidents/data";
import type { SearchParams } from "@/lib/incidents/search-params";
import { homeMetadata } from "@/lib/share/page-metadata";

// Periods a reader can pick (?days=…). The default is a year: the record so far is short, and a
// rolling year keeps it in view; 30 and 90 days show the current tempo.
const PERIODS = [{ days: 30, label: "30 days" }, { days: 90, label: "90 days" }, { days: 365, label: "12 months" }];
const DEFAULT_DAYS = 365;

const readDays = (sp: SearchParams) => {
  const requested = Number(sp.days);
  return PERIODS.some((p) => p.days === requested) ? requested : DEFAULT_DAYS;
};

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const days = readDays(await searchParams);
  await connection();
  return homeMetadata(days, days === DEFAULT_DAYS, today());
}

async function Headlines({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const days = readDays(await searchParams);
  await connection(); // "today" is per request, and the database is not there at build time
  const asOf = today();
  const h = await getCachedHeadlines(asOf, days);
  const attacks = await getAttackOverview({ from: h.period.from, to: h.period.to }, "month", "type");
  return (
    <>
      <nav aria-label="Period" className="period-picker">
        Period:{" "}
        {PERIODS.map((p) => (
          <Link key={p.days} href={p.days === DEFAULT_DAYS ? "/" : `/?days=${p.days}`} aria-current={p.days === days ? "true" : undefined}>
            {p.label}
          </Link>
        ))}
      </nav>
      <HeadlineCards h={h} />
      <section aria-labelledby="home-map-title">
        <h2 id="home-map-title">Where attacks happened ({h.period.from} to {h.period.to})</h2>
        <ChoroplethMap id="home-map" view="districts-PAK" title="Map of attacks in Pakistan by district" unitNoun="attack" compact
          values={Object.fromEntries(attacks.byDistrict.map((d) => [d.key, { count: d.count }]))}
          hrefFor={(id) => `/attacks?from=${h.period.from}&to=${h.period.to}&district=${id}`} />
        <p><Link href={`/attacks?from=${h.period.from}&to=${h.period.to}`}>The full map, with strikes inside Afghanistan →</Link></p>
      </section>
    </>
  );
}

export default function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>The Pakistan–Afghanistan conflict, claim by claim</h1>
      <DatasetJsonLd path="/" name="Frontier Monitor: Pakistan–Afghanistan conflict record"
        description="A sourced record of the Pakistan–Afghanistan conflict: attacks inside Pakistan, each party's casualty claims side by side, and every mediation track and ceasefire." />
      <Suspense fallback={<PageSkeleton label="Loading headline figures" />}>
        <Headlines searchParams={searchParams} />
      </Suspense>
    </>
  );
}
