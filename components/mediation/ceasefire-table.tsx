import type { CeasefireSummary } from "@/lib/mediation/mediation-queries";

const ENDED: Record<string, string> = { BROKEN: "broken", EXPIRED: "expired", SUPERSEDED: "superseded" };

/** How long each ceasefire held, as a table with an inline bar (the bar repeats the number). */
export function CeasefireTable({ rows }: { rows: CeasefireSummary[] }) {
  const max = Math.max(1, ...rows.map((r) => r.heldDays));
  return (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <thead><tr><th scope="col">Ceasefire</th><th scope="col">Brokers</th><th scope="col">Began</th><th scope="col">Ended</th><th scope="col" className="num">Held</th></tr></thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}<div className="muted small">{c.terms}</div></th>
              <td>{c.brokers.join(", ")}</td>
              <td className="nowrap">{c.startsOn}</td>
              <td>{c.endedOn ? `${c.endedOn} (${ENDED[c.endedHow ?? ""] ?? c.endedHow})` : "in force"}{c.endNote && <div className="muted small">{c.endNote}</div>}</td>
              <td className="num nowrap">
                <span className="bar" aria-hidden="true" style={{ width: `${(c.heldDays / max) * 6}rem` }} />
                {c.heldDays} day{c.heldDays === 1 ? "" : "s"}{c.inForce ? " so far" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
