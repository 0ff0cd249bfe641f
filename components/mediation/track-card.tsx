import { FollowFeeds } from "@/components/follow-feeds";
import { QuoteText } from "@/components/quote-text";
import type { TrackSummary } from "@/lib/mediation/mediation-queries";
import { MEDIATION_STATUS_LABELS, MEDIATION_STEP_LABELS, PRECISION_NOTE, labelOf } from "@/lib/vocabulary";

export function StatusBadge({ status }: { status: string | null }) {
  return (
    <span className={`status status-${(status ?? "none").toLowerCase()}`}>
      {status ? labelOf(MEDIATION_STATUS_LABELS, status) : "No status reported"}
    </span>
  );
}

export function TrackCard({ track }: { track: TrackSummary }) {
  return (
    <article className="card track" aria-labelledby={`track-${track.id}`}>
      <h3 id={`track-${track.id}`}>{track.name}</h3>
      <p>
        <StatusBadge status={track.status} />
        {track.statusSince && <span className="muted"> since {track.statusSince}</span>}
      </p>
      <dl className="facts">
        <dt>Mediators</dt>
        <dd>{track.mediators.join(", ")}</dd>
        <dt>Parties</dt>
        <dd>{track.parties.join(", ")}</dd>
        {track.venues.length > 0 && (
          <>
            <dt>Venues</dt>
            <dd>{track.venues.join(", ")}</dd>
          </>
        )}
        <dt>Rounds of talks</dt>
        <dd>{track.rounds}</dd>
      </dl>
      <p>{track.summary}</p>
      <FollowFeeds query={`?track=${encodeURIComponent(track.id)}`} />
      <h4>History</h4>
      <ol className="timeline">
        {track.events.map((step) => (
          <li key={step.id}>
            <time dateTime={step.occurredOn}>{step.occurredOn}</time>
            {PRECISION_NOTE[step.datePrecision]} ·{" "}
            <span className="kind">{MEDIATION_STEP_LABELS[step.kind] ?? step.kind}</span>
            {step.statusAfter && (
              <>
                {" "}
                → <StatusBadge status={step.statusAfter} />
              </>
            )}
            <div>
              <strong>{step.title}</strong>
              {step.venue ? ` (${step.venue})` : ""}
            </div>
            {step.description && <div className="muted small">{step.description}</div>}
            <details>
              <summary>Source</summary>
              <QuoteText quote={step.quote} kind={step.quoteKind} />
              <cite>
                {step.documentUrl ? (
                  <a href={step.documentUrl} rel="external noopener">
                    {step.documentTitle}
                  </a>
                ) : (
                  step.documentTitle
                )}
              </cite>
            </details>
          </li>
        ))}
      </ol>
    </article>
  );
}
