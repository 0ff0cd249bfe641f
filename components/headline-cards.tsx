import Link from "next/link";
import type { Headlines } from "@/lib/dashboard/headline-queries";
import { coverageOf } from "@/lib/incidents/coverage-queries";
import { MEDIATION_STATUS_LABELS, SUBJECT_LABELS, labelOf } from "@/lib/vocabulary";
import { ClaimFigure } from "./claim-figure";

/** A change in percent only on a base of 10 or more; below that a percentage misleads, so the
 *  two counts are given as they are. */
const change = (now: number, before: number, previous: { from: string; to: string }) =>
  before < 10
    ? `${before} in the previous ${previous.from} to ${previous.to}`
    : `${now >= before ? "+" : ""}${Math.round(((now - before) / before) * 100)}% vs the previous period (${before})`;

export function HeadlineCards({ headlines }: { headlines: Headlines }) {
  return (
    <div className="cards">
      <RecordCard headlines={headlines} />
      {headlines.ceasefire && (
        <section className="card" aria-labelledby="h-ceasefire">
          <h2 id="h-ceasefire">Latest ceasefire</h2>
          <p className="big">{headlines.ceasefire.daysSince} days</p>
          <p className="muted">
            since the {headlines.ceasefire.name} {headlines.ceasefire.event} ({headlines.ceasefire.on})
          </p>
        </section>
      )}
      <section className="card" aria-labelledby="h-mediation">
        <h2 id="h-mediation">Mediation now</h2>
        <ul>
          {headlines.mediation.map((track) => (
            <li key={track.id}>
              {track.name}:{" "}
              <strong>{track.status ? labelOf(MEDIATION_STATUS_LABELS, track.status) : "no status reported"}</strong>
              {track.statusSince && <span className="muted"> since {track.statusSince}</span>}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/mediation">Every track and ceasefire →</Link>
        </p>
      </section>
      {headlines.killedClaims && (
        <section className="card" aria-labelledby="h-killed" style={{ gridColumn: "1 / -1" }}>
          <h2 id="h-killed">Killed, as claimed by each side — {headlines.killedClaims.episodeName}</h2>
          <p className="muted">
            Each row is one claimant&apos;s latest figure. Figures from different claimants are never added together.
          </p>
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Whose losses</th>
                  <th scope="col">Claimant</th>
                  <th scope="col">Latest figure</th>
                  <th scope="col">Revisions</th>
                </tr>
              </thead>
              <tbody>
                {headlines.killedClaims.subjects.flatMap((subjectRow) =>
                  subjectRow.claimants.map((claimant) => (
                    <tr key={claimant.latest.id}>
                      <td>{labelOf(SUBJECT_LABELS, subjectRow.subject)}</td>
                      <td>
                        {claimant.latest.claimantName}
                        {claimant.latest.statedBy && <span className="muted"> ({claimant.latest.statedBy})</span>}
                      </td>
                      <td>
                        <ClaimFigure claim={claimant.latest} />{" "}
                        <span className="muted">on {claimant.latest.madeOn}</span>
                      </td>
                      <td className="muted">
                        {claimant.history.length > 1
                          ? claimant.history.map((revision) => revision.valueLow).join(" → ")
                          : "—"}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          <p>
            <Link href={`/casualties?scope=episode:${headlines.killedClaims.episodeId}`}>
              The full claims ledger, with sources →
            </Link>
          </p>
        </section>
      )}
      <p className="muted" style={{ gridColumn: "1 / -1" }}>
        {headlines.lastRefreshAt
          ? `Data last refreshed ${headlines.lastRefreshAt}.`
          : "Data: the sourced seed dataset; no scheduled refresh has run yet."}
      </p>
    </div>
  );
}

/** The record's own incidents in the period: labelled as such, with the record's reach, and "not
 *  caught up" rather than a bare count when the period runs past the record's latest incident. */
function RecordCard({ headlines }: { headlines: Headlines }) {
  const { attacks, coverage, period } = headlines;
  const { notCaughtUp, latestIncidentOn } = coverageOf(coverage, period.from, period.to);
  return (
    <section className="card" aria-labelledby="h-record">
      <h2 id="h-record">Incidents in this record</h2>
      <p className="big" data-testid="attack-count">
        {attacks.count}
      </p>
      <p>
        incident{attacks.count === 1 ? "" : "s"} in Pakistan in this record, {period.from} to {period.to}, each with its
        sources ({change(attacks.count, attacks.previousCount, attacks.previousPeriod)}). Not a national count.
      </p>
      <p className="muted" data-testid="record-coverage">
        {notCaughtUp && latestIncidentOn
          ? `The record has not caught up with this period: its latest incident is dated ${latestIncidentOn}. `
          : ""}
        The record holds {coverage.incidents} incidents in Pakistan from {coverage.documents} documents
        {coverage.firstIncidentOn ? `, ${coverage.firstIncidentOn} to ${coverage.latestIncidentOn}` : ""}.
      </p>
      <p>
        <Link href={`/attacks?from=${period.from}&to=${period.to}`}>
          The record&apos;s incidents by time, place and perpetrator →
        </Link>
      </p>
    </section>
  );
}
