import { periodLabel } from "@/lib/counts/count-labels";
import { formatFigure } from "@/lib/vocabulary";
import type { CountSeries } from "@/lib/counts/count-queries";

/** Each figure with its counter, its page, the page's date and the verbatim quote, and any earlier
 *  versions the counter restated. ⚠ marks a page that is a copy, a mirror or hedges its figures. */
export function CountSourceList({ series, summary }: { series: CountSeries[]; summary: string }) {
  if (series.length === 0) return null;
  return (
    <details className="count-sources">
      <summary>{summary}</summary>
      <ul>
        {series.map(({ latest, history }) => (
          <li key={latest.id} id={`count-${latest.id}`}>
            <strong>{periodLabel(latest)}</strong>: {formatFigure(latest)} “{latest.term}” (
            {latest.counterShortName ?? latest.counterName}) —{" "}
            <q cite={latest.documentUrl ?? undefined}>{latest.quote}</q> <span className="muted">(verbatim quote)</span>{" "}
            {latest.documentUrl ? <a href={latest.documentUrl}>{latest.documentTitle}</a> : latest.documentTitle}
            {", "}
            {latest.publishedOn ? `published ${latest.publishedOn}` : "date not shown on the page"}
            {latest.lowConfidence && (
              <span className="muted">
                {" "}
                ⚠ copy, mirror or self-hedged page: prefer the original where it can be found
              </span>
            )}
            {history.length > 1 && (
              <span className="muted">
                {" "}
                · restated by the counter: {history.map((version) => formatFigure(version)).join(" → ")}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The documents behind many figures, once each per period, with their dates: the compact form
 *  for breakdowns whose figures share their pages (each figure's quote is in /api/v1/counts). */
export function CountDocumentList({ series, summary }: { series: CountSeries[]; summary: string }) {
  const byPeriod = new Map<string, Map<string, CountSeries["latest"]>>();
  for (const { latest } of series) {
    const period = periodLabel(latest);
    const documents = byPeriod.get(period) ?? new Map<string, CountSeries["latest"]>();
    documents.set(latest.documentId, latest);
    byPeriod.set(period, documents);
  }
  if (byPeriod.size === 0) return null;
  return (
    <details className="count-sources">
      <summary>{summary}</summary>
      <ul>
        {[...byPeriod].map(([period, documents]) => (
          <li key={period}>
            <strong>{period}</strong>:{" "}
            {[...documents.values()].map((figure, index) => (
              <span key={figure.documentId}>
                {index > 0 && "; "}
                {figure.documentUrl ? <a href={figure.documentUrl}>{figure.documentTitle}</a> : figure.documentTitle}
                {figure.publishedOn ? ` (${figure.publishedOn})` : ""}
                {figure.lowConfidence ? " ⚠" : ""}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <p className="muted small">
        Each figure with its verbatim quote: <a href="/api/v1/counts?counter=picss&amp;period=MONTH">/api/v1/counts</a>.
      </p>
    </details>
  );
}
