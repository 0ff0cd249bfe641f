import type { Suggestions } from "@/lib/review/suggestions";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";

/** What the extractors suggest, each with the words it came from. Rendered as text (escaped). */
export function SuggestionList({ s, compact = false }: { s: Suggestions | null; compact?: boolean }) {
  if (!s) return <p className="muted small">No suggestions.</p>;
  const figures = compact ? s.figures.slice(0, 2) : s.figures;
  return (
    <dl className="facts small suggestions">
      <dt>Date</dt><dd>{s.date ? <>{s.date.value}{s.date.precision === "APPROXIMATE" ? " (approximate)" : ""} <span className="muted">“{s.date.text}”</span></> : "—"}</dd>
      <dt>Places</dt><dd>{s.places.length ? s.places.map((p) => `${p.name} (${p.id})`).join(", ") : "—"}</dd>
      <dt>Perpetrators</dt><dd>{s.perpetrators.length ? s.perpetrators.map((p) => `${p.name} (${p.basis.toLowerCase()})`).join(", ") : "—"}</dd>
      <dt>Figures</dt>
      <dd>
        {figures.length ? (
          <ul className="plain">
            {figures.map((f, n) => (
              <li key={n}>
                {formatFigure(f)} {labelOf(METRIC_LABELS, f.metric)}{f.subject ? ` · ${labelOf(SUBJECT_LABELS, f.subject)}` : ""}{f.statedBy ? ` · per ${f.statedBy}` : ""}
                {compact ? null : <blockquote>{f.quote}</blockquote>}
              </li>
            ))}
            {compact && s.figures.length > figures.length ? <li className="muted">… {s.figures.length - figures.length} more</li> : null}
          </ul>
        ) : "—"}
      </dd>
    </dl>
  );
}
