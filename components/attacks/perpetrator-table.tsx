import type { PerpetratorRow } from "@/lib/incidents/attack-queries";

/** Responsibility claimed by a group and blame laid by others are different facts: never one column. */
export function PerpetratorTable({ rows, unattributed }: { rows: PerpetratorRow[]; unattributed: number }) {
  const actors = [...new Map(rows.map((row) => [row.actorId, row.actorName])).entries()];
  return (
    <section aria-labelledby="perp-title">
      <h2 id="perp-title">Who is said to be responsible</h2>
      <p className="muted">
        “Claimed” counts attacks the actor itself claimed. “Attributed” counts attacks others blamed it for, with who
        did the blaming. {unattributed} attack{unattributed === 1 ? "" : "s"} in this view name no perpetrator.
      </p>
      {actors.length === 0 ? (
        <p>No attack in this view names a perpetrator.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col" className="num">
                Claimed by the actor
              </th>
              <th scope="col">Attributed by others</th>
            </tr>
          </thead>
          <tbody>
            {actors.map(([id, name]) => {
              const claimed = rows.find((row) => row.actorId === id && row.basis === "CLAIMED")?.count ?? 0;
              const attributed = rows.filter((row) => row.actorId === id && row.basis === "ATTRIBUTED");
              return (
                <tr key={id}>
                  <th scope="row">{name}</th>
                  <td className="num">{claimed}</td>
                  <td>
                    {attributed.length
                      ? attributed
                          .map((attribution) => `${attribution.count} by ${attribution.attributedBy}`)
                          .join("; ")
                      : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
