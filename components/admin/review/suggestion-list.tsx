import { COUNT_METRIC_LABELS, COUNT_REGION_LABELS, periodLabel } from "@/lib/counts/count-labels";
import type { Suggestions } from "@/lib/review/suggestions";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";

/** What the extractors suggest, each with the words it came from. Rendered as text (escaped). */
export function SuggestionList({
  suggestions,
  compact = false,
}: {
  suggestions: Suggestions | null;
  compact?: boolean;
}) {
  if (!suggestions) return <p className="muted small">No suggestions.</p>;
  const figures = compact ? suggestions.figures.slice(0, 2) : suggestions.figures;
  return (
    <dl className="facts small suggestions">
      <dt>Date</dt>
      <dd>
        {suggestions.date ? (
          <>
            {suggestions.date.value}
            {suggestions.date.precision === "APPROXIMATE" ? " (approximate)" : ""}{" "}
            <span className="muted">“{suggestions.date.text}”</span>
          </>
        ) : (
          "—"
        )}
      </dd>
      <dt>Places</dt>
      <dd>
        {suggestions.places.length ? suggestions.places.map((place) => `${place.name} (${place.id})`).join(", ") : "—"}
      </dd>
      <dt>Perpetrators</dt>
      <dd>
        {suggestions.perpetrators.length
          ? suggestions.perpetrators
              .map((perpetrator) => `${perpetrator.name} (${perpetrator.basis.toLowerCase()})`)
              .join(", ")
          : "—"}
      </dd>
      <dt>Figures</dt>
      <dd>
        {figures.length ? (
          <ul className="plain">
            {figures.map((figure, index) => (
              <li key={index}>
                {formatFigure(figure)} {labelOf(METRIC_LABELS, figure.metric)}
                {figure.subject ? ` · ${labelOf(SUBJECT_LABELS, figure.subject)}` : ""}
                {figure.statedBy ? ` · per ${figure.statedBy}` : ""}
                {compact ? null : <blockquote>{figure.quote}</blockquote>}
              </li>
            ))}
            {compact && suggestions.figures.length > figures.length ? (
              <li className="muted">… {suggestions.figures.length - figures.length} more</li>
            ) : null}
          </ul>
        ) : (
          "—"
        )}
      </dd>
      {suggestions.periodCounts.length ? (
        <>
          <dt>Period counts</dt>
          <dd>
            <ul className="plain">
              {suggestions.periodCounts.map((count, index) => (
                <li key={index}>
                  {count.counterText}, {periodLabel(count)}: {formatFigure(count)}{" "}
                  {labelOf(COUNT_METRIC_LABELS, count.metric)} (“{count.term}”)
                  {count.region === "PAKISTAN" ? "" : ` · ${labelOf(COUNT_REGION_LABELS, count.region)}`}
                  {compact ? null : (
                    <>
                      {" "}
                      <span className="muted">period read from “{count.periodText}”</span>
                      <blockquote>{count.quote}</blockquote>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
