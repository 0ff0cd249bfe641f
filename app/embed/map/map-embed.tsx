// The district map of an attacks view's filters, for /embed/map (the whole record) and
// /embed/map/<canonical query> (the home page's period, a province…): the map, its text summary,
// its table, the boundary credit, and how far the record reaches. Districts link to /attacks.
import type { Metadata } from "next";
import { DataTable } from "@/components/charts/data-table";
import { ChoroplethMap } from "@/components/maps/choropleth-map";
import { embedViewQuery, mapEmbed } from "@/lib/embed/embed-paths";
import { coverageSentence } from "@/lib/incidents/coverage-queries";
import { getAttackOverview, getCachedRecordCoverage } from "@/lib/incidents/data";
import { readAttackView, type SearchParams } from "@/lib/incidents/search-params";
import { describeAttackFilters } from "@/lib/share/attack-view-text";
import { EmbedFrame, embedAsOf, embedMetadata } from "../embed-page";

export async function mapEmbedMetadata(params: SearchParams): Promise<Metadata> {
  const target = mapEmbed(params);
  const parts = await describeAttackFilters(readAttackView(params).filters);
  return { ...embedMetadata(target), title: `${target.title}${parts.length ? ` (${parts.join("; ")})` : ""}` };
}

/** The /attacks view of one district within the embed's filters. */
function districtHref(params: SearchParams, districtId: string): string {
  const query = new URLSearchParams(embedViewQuery("map", params));
  query.set("district", districtId);
  return `/attacks?${query}`;
}

export async function MapEmbed({ params }: { params: SearchParams }) {
  const view = readAttackView(params);
  const target = mapEmbed(params);
  // The same cached read as the home page's map for the same filters.
  const [overview, coverage, parts, asOf] = await Promise.all([
    getAttackOverview(view.filters, "month", "type"),
    getCachedRecordCoverage(),
    describeAttackFilters(view.filters),
    embedAsOf(),
  ]);
  const placed = overview.byDistrict.filter((district) => district.key !== "unknown");
  const placedCount = placed.reduce((sum, district) => sum + district.count, 0);
  const top = [...placed].sort((left, right) => right.count - left.count)[0];
  return (
    <EmbedFrame target={target} asOf={asOf} source="incidents compiled from the published reports cited on each record">
      <h1>Where the record&apos;s incidents happened{parts.length ? ` (${parts.join("; ")})` : ""}</h1>
      <p className="muted small" data-testid="map-summary">
        {placedCount} of {overview.total} incidents in this record are placed in a district
        {top ? `; most in ${top.label} (${top.count})` : ""}. Hatched: former tribal districts (ex-FATA).
      </p>
      <ChoroplethMap
        id="embed-map"
        view="districts-PAK"
        title="Map of the record's incidents in Pakistan by district"
        unitNoun="incident"
        values={Object.fromEntries(placed.map((district) => [district.key, { count: district.count }]))}
        hrefFor={(id) => districtHref(params, id)}
      />
      <details>
        <summary>Table: the record&apos;s incidents by district</summary>
        <DataTable
          caption="Incidents in this record by district"
          columns={["District", "Province", "Incidents"]}
          rows={placed.map((district) => [district.label, district.provinceId ?? "", district.count])}
        />
      </details>
      <p className="muted small">{coverageSentence(coverage)}</p>
    </EmbedFrame>
  );
}
