import {
  COUNT_GROUP_LABELS,
  COUNT_METRIC_LABELS,
  COUNT_REGION_LABELS,
  COUNT_VIOLENCE_LABELS,
  periodLabel,
} from "@/lib/counts/count-labels";
import { formatFigure } from "@/lib/vocabulary";
import type { CountFigure, CountSeries } from "@/lib/counts/count-queries";

/** What a figure counts, in the project's words: "killed (civilians) in militant attacks, Balochistan". */
export function countedThing(figure: CountFigure): string {
  const group = figure.group === "ALL" ? "" : ` (${COUNT_GROUP_LABELS[figure.group] ?? figure.group})`;
  const region = figure.region === "PAKISTAN" ? "" : `, ${COUNT_REGION_LABELS[figure.region] ?? figure.region}`;
  const area = figure.area ? ` (${figure.area})` : "";
  // Attacks are events of one kind already; other figures say which violence they cover.
  const violence = ["ATTACKS", "SUICIDE_ATTACKS"].includes(figure.metric)
    ? ""
    : ` ${COUNT_VIOLENCE_LABELS[figure.violence] ?? figure.violence}`;
  return `${COUNT_METRIC_LABELS[figure.metric] ?? figure.metric}${group}${violence}${region}${area}`;
}

/**
 * Figures of several counters, one per row, each with its period, its counter, what it counts,
 * the counter's own word for it and its source. Rows are never totalled: the counters define
 * what they count differently (see /methodology#counters).
 */
export function CounterFiguresTable({ caption, series }: { caption: string; series: CountSeries[] }) {
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="counter-figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Counter</th>
            <th scope="col">What is counted</th>
            <th scope="col">Counter&apos;s term</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {series.map(({ latest, history }) => (
            <tr key={latest.id}>
              <th scope="row">{periodLabel(latest)}</th>
              <td>{latest.counterShortName ?? latest.counterName}</td>
              <td>{countedThing(latest)}</td>
              <td>“{latest.term}”</td>
              <td className="num">
                {formatFigure(latest)}
                {history.length > 1 && (
                  <span className="muted">
                    {" "}
                    (restated; earlier{" "}
                    {history
                      .slice(0, -1)
                      .map((version) => formatFigure(version))
                      .join(", ")}
                    )
                  </span>
                )}
              </td>
              <td>
                {latest.documentUrl ? (
                  <a href={latest.documentUrl} title={`“${latest.quote}” (verbatim quote)`}>
                    {latest.documentTitle}
                  </a>
                ) : (
                  latest.documentTitle
                )}
                <span className="muted"> · {latest.publishedOn ?? "date not shown"}</span>
                {latest.lowConfidence && <span className="muted"> · ⚠ copy or mirror</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
