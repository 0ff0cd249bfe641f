import { getAttackOverview, getCachedRecordCoverage } from "../../incidents/data";
import type { AttackFilters } from "../../incidents/filters";
import { describeAttackFilters } from "../../share/attack-view-text";
import { recordViewSentences } from "../../share/record-count-text";
import { renderMapSvg, svgDataUri } from "../../geo/map-svg";
import { fillPeriods } from "../../incidents/periods";
import { INCIDENT_TYPE_LABELS, labelOf } from "../../vocabulary";
import { BigStat, Frame, INNER, Muted, Sparkline } from "../layout";
import type { CardContext } from "./context";

/** Any filtered view of /attacks: how many of the record's incidents match, per month, and the
 *  commonest types and places; always with the record's reach, since it is not a national count. */
export async function attacksCard(filters: AttackFilters, { fit, updated }: CardContext) {
  const [o, parts, coverage] = await Promise.all([
    getAttackOverview(filters, "month", "type"),
    describeAttackFilters(filters),
    getCachedRecordCoverage(),
  ]);
  const { matches, reach } = recordViewSentences(o.total, filters, coverage);
  const perMonth = new Map<string, number>();
  for (const r of o.overTime) perMonth.set(r.period, (perMonth.get(r.period) ?? 0) + r.count);
  // Every month from the first to the last with an incident of this view: months in between lie
  // within the record's reach, so a month without one is a true zero of the record.
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
      kicker="Attacks in Pakistan · incidents in this record"
      title={parts.length ? parts.join(" · ") : "Every incident in the record"}
      updated={updated}
    >
      <div style={{ display: "flex", justifyContent: "space-between" }}>
        {o.total === 0 ? (
          // No bare zero: the words say it is this record's count, and how far the record reaches.
          <div style={{ display: "flex", flexDirection: "column", width: 400 }}>
            <Muted size={30}>{fit(`${matches}.`, 400, 30, 2)}</Muted>
            <Muted size={24}>{fit(reach, 400, 24, 4)}</Muted>
          </div>
        ) : (
          <BigStat
            fit={fit}
            width={400}
            value={String(o.total)}
            label={`incident${o.total === 1 ? "" : "s"} in this record match this view; ${o.namingPerpetrator} name a perpetrator`}
          />
        )}
        {months.length > 1 ? (
          <Sparkline
            values={months.map((m) => perMonth.get(m) ?? 0)}
            width={340}
            height={110}
            from={months[0]!.slice(0, 7)}
            to={months.at(-1)!.slice(0, 7)}
            caption="Per month"
          />
        ) : (
          <div style={{ display: "flex", width: 340 }} />
        )}
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image */}
        <img src={map} width={300} height={225} alt="" style={{ marginTop: -16 }} />
      </div>
      {o.total > 0 && (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 18, width: INNER }}>
          <Muted>{fit(reach, INNER, 24)}</Muted>
          <Muted>{fit(`Types: ${top(o.byType, (k) => labelOf(INCIDENT_TYPE_LABELS, k))}`, INNER, 24)}</Muted>
          {!filters.province && !filters.district && (
            <Muted>{fit(`Provinces: ${top(o.byProvince, (l) => l)}`, INNER, 24)}</Muted>
          )}
        </div>
      )}
    </Frame>
  );
}
