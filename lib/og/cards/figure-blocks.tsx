// Blocks for counters' figures on share cards (Satori: flexbox, inline styles). A figure is shown
// with its qualifier ("at least" is part of it), its counter and the counter's own term; figures of
// different counters stand in separate columns and are never combined.
import { formatFigure } from "../../vocabulary";
import type { Fit } from "../layout";

const MUTED = "#5a5a5a",
  RULE = "#d9d6cf";

type Figure = { valueLow: number; valueHigh: number; qualifier: string };

/** "at least 1,066" → { prefix: "at least", number: "1,066" }: the number large, its qualifier beside it. */
export function splitFigure(figure: Figure): { prefix: string; number: string } {
  const words = formatFigure(figure);
  const number = formatFigure({ ...figure, qualifier: figure.qualifier === "RANGE" ? "RANGE" : "EXACT" });
  if (words === number) return { prefix: "", number };
  return words.endsWith(number)
    ? { prefix: words.slice(0, -number.length).trim(), number }
    : { prefix: "", number: words };
}

/** "at least 1,066" with the number large and the qualifier small before it, on one line. */
function FigureLine({ fit, width, figure }: { fit: Fit; width: number; figure: Figure }) {
  const { prefix, number } = splitFigure(figure);
  return (
    <div style={{ display: "flex", alignItems: "flex-end", lineHeight: 1.15 }}>
      {prefix && <span style={{ fontSize: 22, color: MUTED, marginRight: 8, marginBottom: 6 }}>{prefix}</span>}
      <span style={{ fontSize: 38, fontWeight: 700 }}>{fit(number, width, 38)}</span>
    </div>
  );
}

/** One counter's figure as the card's lead: qualifier, number, and what it counts, where and by whom. */
export function LeadFigure({ fit, width, figure, label }: { fit: Fit; width: number; figure: Figure; label: string }) {
  const { prefix, number } = splitFigure(figure);
  return (
    <div style={{ display: "flex", flexDirection: "column", width }}>
      <div style={{ display: "flex", alignItems: "flex-end" }}>
        {prefix && (
          <span style={{ fontSize: 34, fontWeight: 700, color: MUTED, marginRight: 12, marginBottom: 12 }}>
            {prefix}
          </span>
        )}
        <span style={{ fontSize: 96, fontWeight: 700, lineHeight: 1 }}>{number}</span>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 24,
          color: MUTED,
          marginTop: 8,
          lineHeight: 1.22,
          maxHeight: 90,
          overflow: "hidden",
        }}
      >
        {fit(label, width, 24, 3)}
      </div>
    </div>
  );
}

export type CounterFigure = Figure & { counter: string; term: string; reportedOn: string | null };

/** Several counters' figures for one period, one column each, each in its own term. */
export function FigureColumns({
  fit,
  width,
  heading,
  figures,
}: {
  fit: Fit;
  width: number;
  heading: string;
  figures: CounterFigure[];
}) {
  const each = Math.floor((width - 20 * (figures.length - 1)) / Math.max(1, figures.length));
  return (
    <div style={{ display: "flex", flexDirection: "column", width }}>
      <div style={{ display: "flex", fontSize: 22, fontWeight: 700, color: MUTED, marginBottom: 10 }}>
        {fit(heading, width, 22)}
      </div>
      <div style={{ display: "flex" }}>
        {figures.map((f, i) => (
          <div
            key={f.counter}
            style={{
              display: "flex",
              flexDirection: "column",
              width: each,
              marginLeft: i ? 20 : 0,
              paddingLeft: 14,
              borderLeft: `6px solid ${RULE}`,
            }}
          >
            <div style={{ display: "flex", fontSize: 22, color: MUTED }}>{fit(f.counter, each - 20, 22)}</div>
            <FigureLine fit={fit} width={each - 20} figure={f} />
            <div style={{ display: "flex", fontSize: 22, color: MUTED, maxHeight: 56, overflow: "hidden" }}>
              {fit(`“${f.term}”${f.reportedOn ? `, ${f.reportedOn}` : ""}`, each - 20, 22, 2)}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
