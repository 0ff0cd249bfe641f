import { QuoteText } from "@/components/quote-text";
import type { StatementRow } from "@/lib/mediation/statement-queries";
import { PRECISION_NOTE, SIDE_LABELS } from "@/lib/vocabulary";

const KIND_HEADINGS: Record<string, { title: string; intro: string }> = {
  POSITION: {
    title: "Positions on the conflict",
    intro: "Governments and blocs, mediators or not, on the fighting and the talks.",
  },
  CONDITION: { title: "Conditions for talks", intro: "What each side says it needs before or during talks." },
  DECLARATION: {
    title: "Declarations",
    intro: "Leaders' declarations of war, of offensives and of ground taken, as each made them.",
  },
};

/** Statements grouped by kind, each with who made it, when, a neutral description and the
 *  speaker's own words (or a digest's summary, labelled as one). */
export function StatementTable({ rows }: { rows: StatementRow[] }) {
  return (
    <>
      {Object.entries(KIND_HEADINGS).map(([kind, heading]) => {
        const ofKind = rows.filter((row) => row.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`statements-${kind}`} className="statements">
            <h3 id={`statements-${kind}`}>{heading.title}</h3>
            <p className="muted">{heading.intro}</p>
            <ul>
              {ofKind.map((row) => (
                <li key={row.id} id={`statement-${row.id}`}>
                  <strong>{row.actorName}</strong>
                  {row.statedBy && <span className="muted"> ({row.statedBy})</span>}{" "}
                  <span className="muted">
                    · {SIDE_LABELS[row.actorSide] ?? row.actorSide} · {row.madeOn}
                    {PRECISION_NOTE[row.madeOnPrecision]}
                  </span>
                  <p>{row.summary}</p>
                  <QuoteText quote={row.quote} kind={row.quoteKind} />
                  <cite>
                    {row.documentUrl ? (
                      <a href={row.documentUrl} rel="external noopener">
                        {row.documentTitle}
                      </a>
                    ) : (
                      row.documentTitle
                    )}
                  </cite>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
