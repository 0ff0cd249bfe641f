import type { TrackSummary } from "@/lib/mediation/mediation-queries";
import { MEDIATION_STATUS_LABELS, PRECISION_NOTE, labelOf } from "@/lib/vocabulary";

const KIND_LABELS: Record<string, string> = {
  OFFER: "Offer", TALKS_ROUND: "Talks", AGREEMENT: "Agreement", CEASEFIRE: "Ceasefire",
  BREAKDOWN: "Breakdown", VIOLATION: "Violation", STATEMENT: "Statement",
};

export function StatusBadge({ status }: { status: string | null }) {
  return <span className={`status status-${(status ?? "none").toLowerCase()}`}>{status ? labelOf(MEDIATION_STATUS_LABELS, status) : "No status reported"}</span>;
}

export function TrackCard({ t }: { t: TrackSummary }) {
  return (
    <article className="card track" aria-labelledby={`track-${t.id}`}>
      <h3 id={`track-${t.id}`}>{t.name}</h3>
      <p><StatusBadge status={t.status} />{t.statusSince && <span className="muted"> since {t.statusSince}</span>}</p>
      <dl className="facts">
        <dt>Mediators</dt><dd>{t.mediators.join(", ")}</dd>
        <dt>Parties</dt><dd>{t.parties.join(", ")}</dd>
        {t.venues.length > 0 && <><dt>Venues</dt><dd>{t.venues.join(", ")}</dd></>}
        <dt>Rounds of talks</dt><dd>{t.rounds}</dd>
      </dl>
      <p>{t.summary}</p>
      <h4>History</h4>
      <ol className="timeline">
        {t.events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.occurredOn}>{e.occurredOn}</time>{PRECISION_NOTE[e.datePrecision]} · <span className="kind">{KIND_LABELS[e.kind] ?? e.kind}</span>
            {e.statusAfter && <> → <StatusBadge status={e.statusAfter} /></>}
            <div><strong>{e.title}</strong>{e.venue ? ` (${e.venue})` : ""}</div>
            {e.description && <div className="muted small">{e.description}</div>}
            <details><summary>Source</summary><blockquote>“{e.quote}”</blockquote>
              <cite>{e.documentUrl ? <a href={e.documentUrl} rel="external noopener">{e.documentTitle}</a> : e.documentTitle}</cite></details>
          </li>
        ))}
      </ol>
    </article>
  );
}
