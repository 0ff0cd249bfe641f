import Link from "next/link";
import { DataTable } from "@/components/charts/data-table";
import { ChoroplethMap, type MapUnitValue } from "@/components/maps/choropleth-map";
import type { AttackOverview } from "@/lib/incidents/data";
import type { DistrictPerpetrators, AttackPoint, StrikeProvince } from "@/lib/incidents/map-queries";
import type { AttackView } from "@/lib/incidents/search-params";
import { formatFigure } from "@/lib/vocabulary";

type Props = {
  view: AttackView; overview: AttackOverview; hrefFor: (patch: Record<string, string | number | undefined>) => string;
  layers: { perpetrators: DistrictPerpetrators[]; points: AttackPoint[]; strikes: StrikeProvince[] };
};

const claimsText = (p: StrikeProvince) => p.killed.length
  ? p.killed.map((k) => `${k.claimantName}: ${formatFigure(k)} killed`).join("; ")
  : "no casualty figure recorded";

/** "Where?": attacks in Pakistan by district, or Pakistani strikes inside Afghanistan by province. */
export function AttackMapSection({ view, overview, hrefFor, layers }: Props) {
  const strikes = view.layer === "strikes";
  const named = new Map(layers.perpetrators.map((p) => [p.districtId, p.names]));
  const districtValues: Record<string, MapUnitValue> = Object.fromEntries(overview.byDistrict.filter((d) => d.key !== "unknown").map((d) => [
    d.key, { count: d.count, detail: named.get(d.key)?.length ? `named: ${named.get(d.key)!.join(", ")}` : "no perpetrator named" },
  ]));
  const strikeValues: Record<string, MapUnitValue> = Object.fromEntries(layers.strikes.map((p) => [p.provinceId, { count: p.strikes, detail: claimsText(p) }]));
  const placed = overview.byDistrict.filter((d) => d.key !== "unknown").reduce((n, d) => n + d.count, 0);
  const top = [...overview.byDistrict].filter((d) => d.key !== "unknown").sort((a, b) => b.count - a.count)[0];
  return (
    <section aria-labelledby="map-title" className="map-section">
      <h2 id="map-title">{strikes ? "Pakistani strikes inside Afghanistan, by province" : "Where attacks happened, by district"}</h2>
      <p role="group" aria-label="Map layer" className="layer-toggle">
        <Link href={hrefFor({ layer: undefined })} aria-current={!strikes ? "true" : undefined}>Attacks in Pakistan</Link>
        <Link href={hrefFor({ layer: "strikes" })} aria-current={strikes ? "true" : undefined}>Pakistani strikes in Afghanistan</Link>
      </p>
      {strikes ? (
        <>
          <p className="muted" data-testid="map-summary">{layers.strikes.reduce((n, p) => n + p.strikes, 0)} strikes placed in {layers.strikes.length} provinces of Afghanistan in this period. Beside each, every claimant&apos;s latest killed figure, independent counts (UNAMA) included; figures are never added across claimants. Strikes reported only at country level are not on the map.</p>
          <ChoroplethMap id="strikes-map" view="provinces-AFG" title="Map of Pakistani strikes inside Afghanistan by province" unitNoun="strike" values={strikeValues} />
          <details><summary>Table: strikes by province</summary>
            <DataTable caption="Pakistani strikes inside Afghanistan by province" columns={["Province", "Strikes", "Killed, as claimed"]}
              rows={layers.strikes.map((p) => [p.provinceName, p.strikes, claimsText(p)])} />
          </details>
        </>
      ) : (
        <>
          <p className="muted" data-testid="map-summary">{placed} of {overview.total} attacks in this view are placed in a district{top ? `; most in ${top.label} (${top.count})` : ""}. Click a district to filter the page to it. Hatched: former tribal districts (ex-FATA).</p>
          <ChoroplethMap id="attacks-map" view="districts-PAK" title="Map of attacks in Pakistan by district" unitNoun="attack" values={districtValues}
            selectedId={view.filters.district} hrefFor={(id) => hrefFor({ district: id, page: undefined })}
            points={layers.points.map((p) => ({ id: p.id, label: `${p.title}${p.maxKilled !== null ? ` (highest claimed toll: ${p.maxKilled})` : ""}`, lon: p.lon, lat: p.lat, size: p.maxKilled ?? 0, href: `/incidents/${p.id}` }))} />
          <details><summary>Table: attacks by district</summary>
            <DataTable caption="Attacks by district" columns={["District", "Province", "Attacks", "Named as responsible"]}
              rows={overview.byDistrict.filter((d) => d.key !== "unknown").map((d) => [d.label, d.provinceId ?? "", d.count, named.get(d.key)?.join(", ") ?? "—"])} />
          </details>
        </>
      )}
    </section>
  );
}
