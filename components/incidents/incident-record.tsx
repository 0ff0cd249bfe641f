import { IncidentClaimsOverTime } from "@/components/claims/claims-over-time";
import { QuoteText } from "@/components/quote-text";
import { STRIKE_ATTRIBUTION_LABELS, strikeAttributionOf } from "@/lib/incidents/strike-attribution";
// The parts of a published incident's page, each drawn from the one record the page has read.
import Link from "next/link";
import { isoDay } from "@/lib/dates";
import type { getIncidentRecord } from "@/lib/incidents/data";
import {
  INCIDENT_TYPE_LABELS,
  METRIC_LABELS,
  PRECISION_NOTE,
  SUBJECT_LABELS,
  TARGET_TYPE_LABELS,
  formatFigure,
  labelOf,
} from "@/lib/vocabulary";

export type IncidentRecord = NonNullable<Awaited<ReturnType<typeof getIncidentRecord>>>;
type Props = { incident: IncidentRecord };

const STATUS_LABELS: Record<string, string> = {
  REPORTED: "Reported",
  DISPUTED: "Disputed",
  CORROBORATED: "Corroborated",
};

/** What, where, when, how well established, and the episode it belongs to. */
export function IncidentFacts({ incident }: Props) {
  const where =
    [
      incident.place?.level === "LOCALITY" ? incident.place.name : null,
      incident.district?.name,
      incident.province?.name,
    ]
      .filter(Boolean)
      .join(", ") || (incident.country === "PAK" ? "Pakistan" : "Afghanistan");
  return (
    <>
      <dl className="facts wide">
        <dt>When</dt>
        <dd>
          {isoDay(incident.occurredOn)}
          {incident.occurredUntil ? ` to ${isoDay(incident.occurredUntil)}` : ""}
          {PRECISION_NOTE[incident.datePrecision]}
        </dd>
        <dt>Where</dt>
        <dd>
          {where}
          {incident.district?.exFata ? " (former tribal district, ex-FATA)" : ""}
          {incident.locationText ? <span className="muted"> — as reported: {incident.locationText}</span> : null}
          {incident.places.length > 0 && (
            <ul className="incident-places" aria-label="Further places">
              {incident.places.map((extra) => (
                <li key={extra.placeId}>
                  also {extra.place.name}, per <cite>{extra.document.title}</cite>:{" "}
                  <QuoteText quote={extra.quote} kind={extra.quoteKind} inline />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>What</dt>
        <dd>
          {labelOf(INCIDENT_TYPE_LABELS, incident.type)}; target: {labelOf(TARGET_TYPE_LABELS, incident.targetType)}
        </dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[incident.status] ?? incident.status}</dd>
        {incident.episode && (
          <>
            <dt>Part of</dt>
            <dd>
              <Link href={`/casualties?scope=episode:${incident.episode.id}`}>{incident.episode.name}</Link>
            </dd>
          </>
        )}
      </dl>
      <p>{incident.summary}</p>
    </>
  );
}

export function IncidentPerpetrators({ incident }: Props) {
  return (
    <>
      <h2>Who is said to be responsible</h2>
      {incident.country === "AFG" && (
        <p data-testid="strike-attribution">
          <strong>{STRIKE_ATTRIBUTION_LABELS[strikeAttributionOf(incident.perpetrators)]}</strong>
          <span className="muted">
            {" "}
            — who says this incident in Afghanistan was Pakistan&apos;s act: acknowledged by Pakistan, attributed by an
            independent observer, alleged by the Afghan authorities, or unattributed.
          </span>
        </p>
      )}
      {incident.perpetrators.length === 0 ? (
        <p className="muted">No source names a perpetrator.</p>
      ) : (
        <ul>
          {incident.perpetrators.map((perpetrator) => (
            <li key={perpetrator.id}>
              <strong>{perpetrator.actor.name}</strong> —{" "}
              {perpetrator.basis === "CLAIMED"
                ? "claimed responsibility"
                : `attributed by ${perpetrator.attributedBy.name}`}
              <QuoteText quote={perpetrator.quote} kind={perpetrator.quoteKind} />
              <cite>{perpetrator.document.title}</cite>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function IncidentClaims({ incident }: Props) {
  return (
    <>
      <h2>Claims about this incident</h2>
      {incident.claims.length === 0 ? (
        <p className="muted">
          No figures are recorded for this incident{incident.episode ? "; see the episode's claims" : ""}.
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Claimant</th>
                <th scope="col">Figure</th>
                <th scope="col">Made on</th>
                <th scope="col">Quote</th>
              </tr>
            </thead>
            <tbody>
              {incident.claims.map((claim) => (
                <tr key={claim.id} id={`claim-${claim.id}`}>
                  <th scope="row">
                    {claim.claimant.name}
                    {claim.statedBy && <div className="muted small">{claim.statedBy}</div>}
                  </th>
                  <td>
                    {labelOf(SUBJECT_LABELS, claim.subject)}, {labelOf(METRIC_LABELS, claim.metric)}:{" "}
                    <span className="figure">{formatFigure(claim)}</span>
                    {claim.stance !== "ASSERTED" && <span className="badge">{claim.stance.toLowerCase()}</span>}
                    {claim.revisesId && <div className="muted small">revises an earlier figure</div>}
                  </td>
                  <td className="nowrap">{isoDay(claim.madeOn)}</td>
                  <td>
                    <QuoteText quote={claim.quote} kind={claim.quoteKind} inline />{" "}
                    <cite className="small">{claim.document.title}</cite>
                    {claim.citations.map((citation) => (
                      <div key={citation.documentId} className="small">
                        also: <QuoteText quote={citation.quote} kind={citation.quoteKind} inline />{" "}
                        <cite>{citation.document.title}</cite>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <IncidentClaimsOverTime claims={incident.claims} />
    </>
  );
}

/** The incident's citations, each quoted; the count includes the documents its claims come from. */
export function IncidentSources({ incident }: Props) {
  const documents = new Set([
    ...incident.citations.map((citation) => citation.documentId),
    ...incident.claims.map((claim) => claim.documentId),
  ]);
  return (
    <>
      <h2>Sources ({documents.size})</h2>
      <ol className="sources">
        {incident.citations.map((citation) => (
          <li key={citation.documentId}>
            <cite>
              {citation.document.url ? (
                <a href={citation.document.url} rel="external noopener">
                  {citation.document.title}
                </a>
              ) : (
                citation.document.title
              )}
            </cite>
            <span className="muted small">
              {" "}
              — {citation.document.source.name}
              {citation.document.publishedOn ? `, ${isoDay(citation.document.publishedOn)}` : ""}
            </span>
            <QuoteText quote={citation.quote} kind={citation.quoteKind} />
            {citation.document.note && <p className="muted small">{citation.document.note}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
