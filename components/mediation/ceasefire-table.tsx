import type { CeasefireSummary } from "@/lib/mediation/mediation-queries";

const ENDED: Record<string, string> = { BROKEN: "broken", EXPIRED: "expired", SUPERSEDED: "superseded" };

/** How long each ceasefire held, as a table with an inline bar (the bar repeats the number). */
export function CeasefireTable({ rows }: { rows: CeasefireSummary[] }) {
  const max = Math.max(1, ...rows.map((row) => row.heldDays));
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
                  : "in force"}
                {ceasefire.endNote && <div className="muted small">{ceasefire.endNote}</div>}
              </td>
              <td className="num nowrap">
                <span className="bar" aria-hidden="true" style={{ width: `${(ceasefire.heldDays / max) * 6}rem` }} />
                {ceasefire.heldDays} day{ceasefire.heldDays === 1 ? "" : "s"}
                {ceasefire.inForce ? " so far" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
