// The /attacks page's sections. Each reads only what it shows, through the cached readers, and
// streams on its own: the filter form does not wait for the counts, nor the counts for the list.
// Sections reading the same overview call the reader with the same arguments, so they share one
// cache entry (and, within a request, one pending read).
import Link from "next/link";
import { AttackCharts } from "@/components/attacks/attack-charts";
import { AttackFiltersForm } from "@/components/attacks/attack-filters-form";
import { AttackMapSection } from "@/components/attacks/attack-map-section";
import { IncidentTable } from "@/components/attacks/incident-table";
import { PerpetratorTable } from "@/components/attacks/perpetrator-table";
import { FollowFeeds } from "@/components/follow-feeds";
import { NationalAttacksChart } from "@/components/counts/national-attacks-chart";
import { NationalKilledChart, NationalRegionsChart } from "@/components/counts/national-breakdowns";
import { CounterFiguresTable } from "@/components/counts/counter-figures-table";
import { getNationalPicture } from "@/lib/counts/data";
import { gazetteer } from "@/lib/geo/gazetteer";
import { coverageOf, coverageSentence } from "@/lib/incidents/coverage-queries";
import {
  getAttackFilterOptions,
  getAttackList,
  getAttackMapLayers,
  getAttackOverview,
  getCachedRecordCoverage,
} from "@/lib/incidents/data";
import { attackViewQuery, type AttackView } from "@/lib/incidents/search-params";
import { attacksEmbed, paramsOfView } from "@/lib/embed/embed-paths";

type SectionProps = { view: AttackView };

const PAGE_SIZE = 25;

const overviewOf = (view: AttackView) => getAttackOverview(view.filters, view.granularity, view.stackBy);
const linkTo = (view: AttackView) => (patch: Record<string, string | number | undefined>) =>
  `/attacks${attackViewQuery(view, patch)}`;

/** The national picture: the counters' figures, each in its own words, before the record's incidents. */
export async function NationalSection() {
  const picture = await getNationalPicture();
  return (
    <>
      <NationalAttacksChart picture={picture} id="national-attacks" />
      <div className="chart-grid">
        <NationalKilledChart picture={picture} />
        <NationalRegionsChart picture={picture} />
      </div>
      <CounterFiguresTable
        caption="National figures for longer periods, by independent counter (not comparable across counters: each defines what it counts)"
        series={picture.longerPeriods}
      />
      <p className="muted">
        {picture.latestReportOn
          ? `As of the latest counter's report in the record, published ${picture.latestReportOn}. `
          : ""}
        How PICSS, PIPS, CRSS and the UN each count: <a href="/methodology#counters">methodology</a>. Official and party
        figures, and the UN&apos;s counts of civilians in Afghanistan, kept apart:{" "}
        <a href="/counts">every counter&apos;s figures</a>.
      </p>
    </>
  );
}

export async function FiltersSection({ view }: SectionProps) {
  const options = await getAttackFilterOptions();
  return (
    <>
      <AttackFiltersForm view={view} options={options} />
      {view.invalid.length > 0 && (
        <p role="alert" className="notice">
          Ignored {view.invalid.map((invalid) => `“${invalid.param}” (${invalid.message})`).join(", ")}.
        </p>
      )}
    </>
  );
}

/** How many attacks match, and the view's downloads. */
export async function SummarySection({ view }: SectionProps) {
  const [overview, coverage] = await Promise.all([overviewOf(view), getCachedRecordCoverage()]);
  const { notCaughtUp, beforeRecord, latestIncidentOn } = coverageOf(coverage, view.filters.from, view.filters.to);
  const withPerpetrator = new Set(overview.byPerpetrator.map((row) => row.actorId)).size;
  const query = attackViewQuery(view, {
    page: undefined,
    sort: undefined,
    by: undefined,
    stack: undefined,
    layer: undefined,
  });
  const download = (format: "csv" | "json") => `/api/v1/incidents${query ? `${query}&` : "?"}format=${format}`;
  return (
    <>
      <p className="lede" data-testid="attack-total">
        <strong>{overview.total}</strong> incident{overview.total === 1 ? "" : "s"} in this record match
        {overview.total === 1 ? "es" : ""} this view
        {withPerpetrator > 0
          ? `; ${withPerpetrator} actor${withPerpetrator === 1 ? " is" : "s are"} named as responsible`
          : ""}
        .
      </p>
      <p className="muted" data-testid="record-coverage">
        {notCaughtUp && latestIncidentOn
          ? `The record has not caught up with this period: its latest incident is dated ${latestIncidentOn}. `
          : ""}
        {beforeRecord ? "This period ends before the record's first incident. " : ""}
        {coverageSentence(coverage)}
      </p>
      <p className="downloads">
        Download this view:{" "}
        <a href={download("csv")} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={download("json")} download>
          JSON
        </a>
      </p>
      {/* A province has a feed of its own changes (lib/changes/change-scope.ts says what it holds). */}
      {gazetteer.provinces.some((place) => place.country === "PAK" && place.code === view.filters.province) && (
        <FollowFeeds query={`?province=${encodeURIComponent(view.filters.province!)}`} />
      )}
    </>
  );
}

export async function MapSection({ view }: SectionProps) {
  const [overview, layers] = await Promise.all([overviewOf(view), getAttackMapLayers(view.filters)]);
  return <AttackMapSection view={view} overview={overview} layers={layers} hrefFor={linkTo(view)} />;
}

export async function ChartsSection({ view }: SectionProps) {
  // The options hold the perpetrators' names for the chart legend (the form reads the same entry).
  const [overview, options] = await Promise.all([overviewOf(view), getAttackFilterOptions()]);
  if (overview.total === 0)
    return (
      <p className="empty">
        No incidents in this record match these filters. <Link href="/attacks">Clear the filters</Link>.
      </p>
    );
  const names = Object.fromEntries(options.perpetrators.map((actor) => [actor.id, actor.name]));
  return (
    <>
      <AttackCharts
        overview={overview}
        granularity={view.granularity}
        stackBy={view.stackBy}
        names={names}
        embed={attacksEmbed(paramsOfView(view))}
      />
      <PerpetratorTable rows={overview.byPerpetrator} unattributed={overview.total - overview.namingPerpetrator} />
    </>
  );
}

export async function TableSection({ view }: SectionProps) {
  const list = await getAttackList(view.filters, view.sort, view.page, PAGE_SIZE);
  return (
    <IncidentTable
      items={list.items}
      total={list.total}
      page={view.page}
      pageSize={PAGE_SIZE}
      sort={view.sort}
      hrefFor={linkTo(view)}
    />
  );
}
