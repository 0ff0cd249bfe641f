import { getAttackOverview } from "../../incidents/data";
import type { AttackFilters } from "../../incidents/filters";
import { describeAttackFilters } from "../../share/attack-view-text";
import { renderMapSvg, svgDataUri } from "../../geo/map-svg";
import { fillPeriods } from "../../incidents/periods";
import { INCIDENT_TYPE_LABELS, labelOf } from "../../vocabulary";
import { BigStat, Frame, INNER, Muted, Sparkline } from "../layout";
import type { CardContext } from "./context";

/** Any filtered view of /attacks: how many attacks match, per month, and the commonest types and places. */
export async function attacksCard(filters: AttackFilters, { fit, updated }: CardContext) {
  const [o, parts] = await Promise.all([getAttackOverview(filters, "month", "type"), describeAttackFilters(filters)]);
  const perMonth = new Map<string, number>();
  for (const r of o.overTime) perMonth.set(r.period, (perMonth.get(r.period) ?? 0) + r.count);
  // Every month from the first to the last with an attack, quiet months included as zero.
  const months = fillPeriods([...perMonth.keys()], "month");
  const top = (rows: { label: string; count: number }[], label: (s: string) => string) =>
    rows
      .slice(0, 3)
      .map((r) => `${label(r.label)} ${r.count}`)
      .join(" · ");
  // Where the filtered view's attacks are: its districts on a small map of Pakistan.
  const map = svgDataUri(
    renderMapSvg("districts-PAK", Object.fromEntries(o.byDistrict.map((d) => [d.key, d.count])), { thumbnail: true }),
  );
  return (
    <Frame
      fit={fit}
      kicker="Attacks in Pakistan"
      title={parts.length ? parts.join(" · ") : "Every attack in the record"}
      updated={updated}
    >
      <div style={{ display: "flex", justifyContent: "space-between" }}>
        <BigStat
          fit={fit}
          width={400}
          value={String(o.total)}
          label={
            o.total === 0
              ? "No attack in the record matches this view"
              : `attack${o.total === 1 ? "" : "s"} match this view; ${o.namingPerpetrator} name a perpetrator`
          }
        />
        {months.length > 1 ? (
          <Sparkline
            values={months.map((m) => perMonth.get(m) ?? 0)}
            width={340}
            height={110}
            from={months[0]!.slice(0, 7)}
            to={months.at(-1)!.slice(0, 7)}
            caption="Attacks per month"
          />
        ) : (
          <div style={{ display: "flex", width: 340 }} />
        )}
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image */}
        <img src={map} width={300} height={225} alt="" style={{ marginTop: -16 }} />
      </div>
      {o.total > 0 && (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 18, width: INNER }}>
          <Muted>{fit(`Types: ${top(o.byType, (k) => labelOf(INCIDENT_TYPE_LABELS, k))}`, INNER, 24)}</Muted>
          {!filters.province && !filters.district && (
            <Muted>{fit(`Provinces: ${top(o.byProvince, (l) => l)}`, INNER, 24)}</Muted>
          )}
        </div>
      )}
    </Frame>
  );
}
