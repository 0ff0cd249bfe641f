import Link from "next/link";
import type { Headlines } from "@/lib/dashboard/headline-queries";
import { MEDIATION_STATUS_LABELS, SUBJECT_LABELS, labelOf } from "@/lib/vocabulary";
import { ClaimFigure } from "./claim-figure";

const change = (now: number, before: number) =>
  before === 0 ? (now === 0 ? "no change" : "none in the previous period") : `${now >= before ? "+" : ""}${Math.round(((now - before) / before) * 100)}% vs previous period`;

export function HeadlineCards({ h }: { h: Headlines }) {
  return (
    <div className="cards">
      <section className="card" aria-labelledby="h-attacks">
        <h2 id="h-attacks">Attacks in Pakistan</h2>
        <p className="big" data-testid="attack-count">{h.attacks.count}</p>
        <p className="muted">{h.period.from} to {h.period.to} · {change(h.attacks.count, h.attacks.previousCount)} ({h.attacks.previousCount})</p>
        <p><Link href={`/attacks?from=${h.period.from}&to=${h.period.to}`}>Attacks by time, place and perpetrator →</Link></p>
      </section>
      {h.ceasefire && (
        <section className="card" aria-labelledby="h-ceasefire">
          <h2 id="h-ceasefire">Latest ceasefire</h2>
          <p className="big">{h.ceasefire.daysSince} days</p>
          <p className="muted">since the {h.ceasefire.name} {h.ceasefire.event} ({h.ceasefire.on})</p>
        </section>
      )}
      <section className="card" aria-labelledby="h-mediation">
        <h2 id="h-mediation">Mediation now</h2>
        <ul>
          {h.mediation.map((t) => (
            <li key={t.id}>{t.name}: <strong>{t.status ? labelOf(MEDIATION_STATUS_LABELS, t.status) : "no status reported"}</strong>{t.statusSince && <span className="muted"> since {t.statusSince}</span>}</li>
          ))}
        </ul>
        <p><Link href="/mediation">Every track and ceasefire →</Link></p>
      </section>
      {h.killedClaims && (
        <section className="card" aria-labelledby="h-killed" style={{ gridColumn: "1 / -1" }}>
          <h2 id="h-killed">Killed, as claimed by each side — {h.killedClaims.episodeName}</h2>
          <p className="muted">Each row is one claimant&apos;s latest figure. Figures from different claimants are never added together.</p>
          <div className="table-scroll" tabIndex={0}><table>
            <thead><tr><th scope="col">Whose losses</th><th scope="col">Claimant</th><th scope="col">Latest figure</th><th scope="col">Revisions</th></tr></thead>
            <tbody>
              {h.killedClaims.subjects.flatMap((s) => s.claimants.map((c) => (
                <tr key={c.latest.id}>
                  <td>{labelOf(SUBJECT_LABELS, s.subject)}</td>
                  <td>{c.latest.claimantName}{c.latest.statedBy && <span className="muted"> ({c.latest.statedBy})</span>}</td>
                  <td><ClaimFigure claim={c.latest} /> <span className="muted">on {c.latest.madeOn}</span></td>
                  <td className="muted">{c.history.length > 1 ? c.history.map((x) => x.valueLow).join(" → ") : "—"}</td>
                </tr>
              )))}
            </tbody>
          </table></div>
          <p><Link href={`/casualties?scope=episode:${h.killedClaims.episodeId}`}>The full claims ledger, with sources →</Link></p>
        </section>
      )}
      <p className="muted" style={{ gridColumn: "1 / -1" }}>
        {h.lastRefreshAt ? `Data last refreshed ${h.lastRefreshAt}.` : "Data: the sourced seed dataset; no scheduled refresh has run yet."}
      </p>
    </div>
  );
}
