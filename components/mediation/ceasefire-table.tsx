import { daysBetween } from "@/lib/dates";
import type { CeasefireSummary } from "@/lib/mediation/mediation-queries";
import { ceasefireReportedOn } from "@/lib/mediation/timeline-text";

const ENDED: Record<string, string> = { BROKEN: "broken", EXPIRED: "expired", SUPERSEDED: "superseded" };

/** How long each ceasefire held, as a table with an inline bar (the bar repeats the number). */
export function CeasefireTable({ rows, asOf }: { rows: CeasefireSummary[]; asOf: string }) {
  // One with no end reported: the days to the latest report about it (the record knows no more).
  const held = (ceasefire: CeasefireSummary) =>
    ceasefire.inForce ? daysBetween(ceasefire.startsOn, ceasefireReportedOn(ceasefire, asOf)) : ceasefire.heldDays;
  const max = Math.max(1, ...rows.map(held));
  return (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">Ceasefire</th>
            <th scope="col">Brokers</th>
            <th scope="col">Began</th>
            <th scope="col">Ended</th>
            <th scope="col" className="num">
              Held
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((ceasefire) => (
            <tr key={ceasefire.id}>
              <th scope="row">
                {ceasefire.name}
                <div className="muted small">{ceasefire.terms}</div>
              </th>
              <td>{ceasefire.brokers.join(", ")}</td>
              <td className="nowrap">{ceasefire.startsOn}</td>
              <td>
                {ceasefire.endedOn
                  ? `${ceasefire.endedOn} (${ENDED[ceasefire.endedHow ?? ""] ?? ceasefire.endedHow})`
                  : `no end reported; in force at the latest report, ${ceasefireReportedOn(ceasefire, asOf)}`}
                {ceasefire.endNote && <div className="muted small">{ceasefire.endNote}</div>}
              </td>
              <td className="num nowrap">
                <span className="bar" aria-hidden="true" style={{ width: `${(held(ceasefire) / max) * 6}rem` }} />
                {held(ceasefire)} day{held(ceasefire) === 1 ? "" : "s"}
                {ceasefire.inForce ? " by then" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
