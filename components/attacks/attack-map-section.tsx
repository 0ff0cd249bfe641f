import Link from "next/link";
import { DataTable } from "@/components/charts/data-table";
import { ChoroplethMap, type MapUnitValue } from "@/components/maps/choropleth-map";
import type { AttackOverview } from "@/lib/incidents/data";
import type { DistrictPerpetrators, AttackPoint, StrikeProvince } from "@/lib/incidents/map-queries";
import type { AttackView } from "@/lib/incidents/search-params";
import { mapEmbed, paramsOfView } from "@/lib/embed/embed-paths";
import { STRIKE_ATTRIBUTIONS, STRIKE_ATTRIBUTION_LABELS } from "@/lib/incidents/strike-attribution";
import { formatFigure } from "@/lib/vocabulary";

type Props = {
  view: AttackView;
  overview: AttackOverview;
  hrefFor: (patch: Record<string, string | number | undefined>) => string;
  layers: { perpetrators: DistrictPerpetrators[]; points: AttackPoint[]; strikes: StrikeProvince[] };
};

/** "2 acknowledged by Pakistan, 1 alleged by the Afghan authorities": who says so, for each province. */
const attributionText = (province: StrikeProvince) =>
  STRIKE_ATTRIBUTIONS.filter((kind) => province.byAttribution[kind] > 0)
    .map((kind) => `${province.byAttribution[kind]} ${STRIKE_ATTRIBUTION_LABELS[kind].toLowerCase()}`)
    .join(", ");

const claimsText = (province: StrikeProvince) =>
  province.killed.length
    ? province.killed.map((figure) => `${figure.claimantName}: ${formatFigure(figure)} killed`).join("; ")
    : "no casualty figure recorded";

/** "Where?": attacks in Pakistan by district, or Pakistani strikes inside Afghanistan by province. */
export function AttackMapSection({ view, overview, hrefFor, layers }: Props) {
  const strikes = view.layer === "strikes";
  const named = new Map(layers.perpetrators.map((district) => [district.districtId, district.names]));
  const placedDistricts = overview.byDistrict.filter((district) => district.key !== "unknown");
  const districtValues: Record<string, MapUnitValue> = Object.fromEntries(
    placedDistricts.map((district) => [
      district.key,
      {
        count: district.count,
        detail: named.get(district.key)?.length
          ? `named: ${named.get(district.key)!.join(", ")}`
          : "no perpetrator named",
      },
    ]),
  );
  const strikeValues: Record<string, MapUnitValue> = Object.fromEntries(
    layers.strikes.map((province) => [
      province.provinceId,
      { count: province.incidents, detail: `${attributionText(province)}; ${claimsText(province)}` },
    ]),
  );
  const placed = placedDistricts.reduce((sum, district) => sum + district.count, 0);
  const top = [...placedDistricts].sort((left, right) => right.count - left.count)[0];
  return (
    <section aria-labelledby="map-title" className="map-section">
      <h2 id="map-title">
        {strikes
          ? "Incidents inside Afghanistan, by province and by who attributes them to Pakistan"
          : "Where the record's incidents happened, by district"}
      </h2>
      <p role="group" aria-label="Map layer" className="layer-toggle">
        <Link href={hrefFor({ layer: undefined })} aria-current={!strikes ? "true" : undefined}>
          Incidents in Pakistan
        </Link>
        <Link href={hrefFor({ layer: "strikes" })} aria-current={strikes ? "true" : undefined}>
          Incidents in Afghanistan, by attribution
        </Link>
      </p>
      {strikes ? (
        <>
          <p className="muted" data-testid="map-summary">
            Incidents of this record in {layers.strikes.length} provinces of Afghanistan in this period, each counted
            once per province it spans, and split by who attributes it to Pakistan: acknowledged by Pakistan, attributed
            by an independent observer, alleged by the Afghan authorities, or unattributed. Beside each, every
            claimant&apos;s latest killed figure, independent counts (UNAMA) included; figures are never added across
            claimants. Incidents reported only at country level are not on the map.
          </p>
          <ChoroplethMap
            id="strikes-map"
            view="provinces-AFG"
            title="Map of incidents inside Afghanistan by province"
            unitNoun="incident"
            values={strikeValues}
          />
          <details>
            <summary>Table: incidents inside Afghanistan by province and attribution</summary>
            <DataTable
              caption="Incidents inside Afghanistan by province, by who attributes them to Pakistan"
              columns={[
                "Province",
                ...STRIKE_ATTRIBUTIONS.map((kind) => STRIKE_ATTRIBUTION_LABELS[kind]),
                "Killed, as claimed",
              ]}
              rows={layers.strikes.map((province) => [
                province.provinceName,
                ...STRIKE_ATTRIBUTIONS.map((kind) => province.byAttribution[kind]),
                claimsText(province),
              ])}
            />
          </details>
        </>
      ) : (
        <>
          <p className="muted" data-testid="map-summary">
            {placed} of {overview.total} incidents in this record and view are placed in a district
            {top ? `; most in ${top.label} (${top.count})` : ""}. Click a district to filter the page to it. Hatched:
            former tribal districts (ex-FATA).
          </p>
          <ChoroplethMap
            id="attacks-map"
            embed={mapEmbed(paramsOfView(view))}
            view="districts-PAK"
            title="Map of the record's incidents in Pakistan by district"
            unitNoun="incident"
            values={districtValues}
            selectedId={view.filters.district}
            hrefFor={(id) => hrefFor({ district: id, page: undefined })}
            points={layers.points.map((point) => ({
              id: point.id,
              label: `${point.title}${point.maxKilled !== null ? ` (highest claimed toll: ${point.maxKilled})` : ""}`,
              lon: point.lon,
              lat: point.lat,
              size: point.maxKilled ?? 0,
              href: `/incidents/${point.id}`,
            }))}
          />
          <details>
            <summary>Table: the record&apos;s incidents by district</summary>
            <DataTable
              caption="Incidents in this record by district"
              columns={["District", "Province", "Incidents", "Named as responsible"]}
              rows={placedDistricts.map((district) => [
                district.label,
                district.provinceId ?? "",
                district.count,
                named.get(district.key)?.join(", ") ?? "—",
              ])}
            />
          </details>
        </>
      )}
    </section>
  );
}
