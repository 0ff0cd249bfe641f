import type { ClaimantFigure, LedgerClaim, LedgerGroup } from "@/lib/claims/claim-queries";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";
import { GapChart } from "./gap-chart";

// Columns by who speaks: each side's own figures, then independent counts and media reports.
const COLUMNS: { key: string; label: string; sides: string[] }[] = [
  { key: "pk", label: "Pakistan says", sides: ["PAKISTAN"] },
  { key: "af", label: "Afghan Taliban authorities say", sides: ["AFGHANISTAN"] },
  { key: "ind", label: "Independent counts and media reports", sides: ["INDEPENDENT", "THIRD_PARTY", "ARMED_GROUP"] },
];

function Figure({ c }: { c: ClaimantFigure }) {
  const { latest, history } = c;
  return (
    <div className="ledger-figure">
      <a href={`#claim-${latest.id}`} className="figure" aria-label={`${formatFigure(latest)}, ${latest.claimantName}, see source`}>{formatFigure(latest)}</a>
      {latest.stance !== "ASSERTED" && <span className="badge">{latest.stance.toLowerCase()}</span>}
      <div className="muted small">{latest.claimantName}{latest.statedBy ? ` (${latest.statedBy})` : ""}, {latest.madeOn}</div>
      {history.length > 1 && (
        <ol className="revisions" aria-label={`Revisions by ${latest.claimantName}`}>
          {history.map((h) => <li key={h.id}><a href={`#claim-${h.id}`}>{formatFigure(h)}</a> <span className="muted small">{h.madeOn}</span></li>)}
        </ol>
      )}
    </div>
  );
}

export function ClaimsLedger({ groups }: { groups: LedgerGroup[] }) {
  const gaps = groups.filter((g) => new Set(g.claimants.map((c) => c.latest.claimantSide)).size > 1);
  return (
    <>
      <div className="table-scroll" tabIndex={0}>
        <table className="ledger">
          <caption className="sr-only">Claims by subject and claimant</caption>
          <thead>
            <tr><th scope="col">Whose losses</th>{COLUMNS.map((c) => <th key={c.key} scope="col">{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={`${g.subject}/${g.metric}`}>
                <th scope="row">{labelOf(SUBJECT_LABELS, g.subject)} — {labelOf(METRIC_LABELS, g.metric)}</th>
                {COLUMNS.map((col) => {
                  const cell = g.claimants.filter((c) => col.sides.includes(c.latest.claimantSide));
                  return <td key={col.key}>{cell.length ? cell.map((c) => <Figure key={c.latest.id} c={c} />) : <span className="muted">no figure</span>}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {gaps.length > 0 && (
        <section aria-labelledby="gap-title">
          <h2 id="gap-title">The gap between the sides</h2>
          <p className="muted">Each claimant&apos;s latest figure on one scale per row of the ledger. Circle: Pakistan; square: Afghan Taliban authorities; diamond: independent counts and media.</p>
          <div className="chart-grid">
            {gaps.map((g) => {
              const title = `${labelOf(SUBJECT_LABELS, g.subject)} ${labelOf(METRIC_LABELS, g.metric)}`;
              return <figure key={`${g.subject}/${g.metric}`} className="chart"><figcaption>{title}</figcaption><GapChart group={g} title={title} /></figure>;
            })}
          </div>
        </section>
      )}
    </>
  );
}

/** Every figure's source, quoted: the targets of the ledger's links. */
export function ClaimSources({ claims }: { claims: LedgerClaim[] }) {
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">Sources of every figure</h2>
      <ol className="sources">
        {claims.map((c) => (
          <li key={c.id} id={`claim-${c.id}`}>
            <strong>{c.claimantName}</strong> ({c.madeOn}) — {labelOf(SUBJECT_LABELS, c.subject)}, {labelOf(METRIC_LABELS, c.metric)}: <span className="figure">{formatFigure(c)}</span>
            <blockquote>“{c.quote}”</blockquote>
            <cite>{c.documentUrl ? <a href={c.documentUrl} rel="external noopener">{c.documentTitle}</a> : c.documentTitle}</cite>
          </li>
        ))}
      </ol>
    </section>
  );
}
