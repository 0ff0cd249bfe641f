import { getCachedHeadlines } from "../../dashboard/data";
import { getAttackList, getAttackOverview } from "../../incidents/data";
import { addDays, mondayOf } from "../../dates";
import { MEDIATION_STATUS_LABELS, labelOf } from "../../vocabulary";
import { BigStat, Frame, INNER, Muted, Sparkline, StatusRow } from "../layout";
import type { CardContext } from "./context";

/** Attacks in Pakistan in the 30 days to `asOf`, a year of weekly counts for context, and where
 *  mediation and the latest ceasefire stand. */
export async function overviewCard({ asOf }: { asOf: string }, { fit, updated }: CardContext) {
  const yearFrom = addDays(asOf, -364);
  const [h, year, latest] = await Promise.all([
    getCachedHeadlines(asOf, 30),
    getAttackOverview({ from: yearFrom, to: asOf }, "week", "type"),
    getAttackList({ to: asOf }, "date-desc", 1, 1),
  ]);
  const perWeek = new Map<string, number>();
  for (const r of year.overTime) perWeek.set(r.period, (perWeek.get(r.period) ?? 0) + r.count);
  const weeks: number[] = [];
  for (let w = mondayOf(yearFrom); w <= asOf; w = addDays(w, 7)) weeks.push(perWeek.get(w) ?? 0);
  const lastAttack = latest.items[0]?.occurredOn;
  const track = h.mediation.find((t) => t.status) ?? h.mediation[0];
  const cf = h.ceasefire;
  return (
    <Frame
      fit={fit}
      kicker="Pakistan–Afghanistan conflict"
      title="Attacks in Pakistan and mediation now"
      updated={updated}
    >
      <div style={{ display: "flex", justifyContent: "space-between" }}>
        <BigStat
          fit={fit}
          width={460}
          value={String(h.attacks.count)}
          label={`attack${h.attacks.count === 1 ? "" : "s"} in the last 30 days (${h.period.from} to ${h.period.to})`}
        />
        <Sparkline
          values={weeks}
          width={560}
          height={110}
          from={yearFrom}
          to={asOf}
          caption="Attacks per week, last 12 months"
        />
      </div>
      <div style={{ display: "flex", marginTop: 6 }}>
        <Muted size={22}>
          {lastAttack ? `Latest attack in the record: ${lastAttack}` : "No attack is recorded yet."}
        </Muted>
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 10, width: INNER }}>
        {track && (
          <StatusRow
            fit={fit}
            name={`Mediation: ${track.name}`}
            status={track.status ? labelOf(MEDIATION_STATUS_LABELS, track.status) : "No status reported"}
            note={track.statusSince ?? undefined}
          />
        )}
        {cf && (
          <StatusRow
            fit={fit}
            name={`Ceasefire: ${cf.name}`}
            status={
              cf.event === "began"
                ? "In force"
                : cf.event === "broke"
                  ? "Broken"
                  : cf.event === "superseded"
                    ? "Superseded"
                    : "Expired"
            }
            note={cf.on}
          />
        )}
      </div>
    </Frame>
  );
}
