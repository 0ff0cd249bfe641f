import type { Metadata } from "next";
import { Suspense } from "react";
import { AttackCharts } from "@/components/attacks/attack-charts";
import { AttackFiltersForm } from "@/components/attacks/attack-filters-form";
import { AttackMapSection } from "@/components/attacks/attack-map-section";
import { IncidentTable } from "@/components/attacks/incident-table";
import { PerpetratorTable } from "@/components/attacks/perpetrator-table";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { PageSkeleton } from "@/components/page-skeleton";
import { getAttackFilterOptions, getAttackList, getAttackMapLayers, getAttackOverview } from "@/lib/incidents/data";
import { attackViewQuery, readAttackView, type SearchParams } from "@/lib/incidents/search-params";
import { attacksMetadata } from "@/lib/share/page-metadata";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return attacksMetadata(await searchParams);
}

const PAGE_SIZE = 25;

async function AttacksView({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = readAttackView(await searchParams);
  const [overview, list, options, layers] = await Promise.all([
    getAttackOverview(view.filters, view.granularity, view.stackBy),
    getAttackList(view.filters, view.sort, view.page, PAGE_SIZE),
    getAttackFilterOptions(),
    getAttackMapLayers(view.filters),
  ]);
  const hrefFor = (patch: Record<string, string | number | undefined>) => `/attacks${attackViewQuery(view, patch)}`;
  const names = Object.fromEntries(options.perpetrators.map((p) => [p.id, p.name]));
  const withPerpetrator = new Set(overview.byPerpetrator.map((r) => r.actorId)).size;
  const query = attackViewQuery(view, { page: undefined, sort: undefined, by: undefined, stack: undefined, layer: undefined });
  return (
    <>
      <AttackFiltersForm view={view} options={options} />
      {view.invalid.length > 0 && (
        <p role="alert" className="notice">Ignored {view.invalid.map((i) => `“${i.param}” (${i.message})`).join(", ")}.</p>
      )}
      <p className="lede" data-testid="attack-total">
        <strong>{overview.total}</strong> attack{overview.total === 1 ? "" : "s"} in Pakistan match this view
        {withPerpetrator > 0 ? `; ${withPerpetrator} actor${withPerpetrator === 1 ? " is" : "s are"} named as responsible` : ""}.
      </p>
      <p className="downloads">
        Download this view: <a href={`/api/v1/incidents${query ? `${query}&` : "?"}format=csv`} download>CSV</a> ·{" "}
        <a href={`/api/v1/incidents${query ? `${query}&` : "?"}format=json`} download>JSON</a>
      </p>
      <AttackMapSection view={view} overview={overview} layers={layers} hrefFor={hrefFor} />
      {overview.total === 0 ? <p className="empty">No attacks match these filters. <a href="/attacks">Clear the filters</a>.</p> : (
        <>
          <AttackCharts o={overview} granularity={view.granularity} stackBy={view.stackBy} names={names} />
          <PerpetratorTable rows={overview.byPerpetrator} unattributed={overview.total - overview.namingPerpetrator} />
        </>
      )}
      <IncidentTable items={list.items} total={list.total} page={view.page} pageSize={PAGE_SIZE} sort={view.sort}
        hrefFor={hrefFor} />
    </>
  );
}

export default function AttacksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Attacks in Pakistan</h1>
      <DatasetJsonLd path="/attacks" name="Attacks in Pakistan (Frontier Monitor)"
        description="Militant and cross-border attacks inside Pakistan: date, province and district, type, target, and perpetrator as claimed or attributed, each cited to its sources." />
      <p className="muted">Militant and cross-border attacks inside Pakistan, each cited to its sources. Figures of killed and injured are on the <a href="/casualties">casualties</a> page, by claimant.</p>
      <Suspense fallback={<PageSkeleton label="Loading attacks" />}>
        <AttacksView searchParams={searchParams} />
      </Suspense>
    </>
  );
}
