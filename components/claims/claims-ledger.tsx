import { QuoteText } from "@/components/quote-text";
import type { ClaimantFigure, LedgerClaim, LedgerGroup } from "@/lib/claims/claim-queries";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";
import { LedgerClaimsOverTime } from "./claims-over-time";
import { GapFigure, gapTitle } from "./gap-figure";

// Columns by who speaks: each side's own figures, then independent counts and media reports.
const COLUMNS: { key: string; label: string; sides: string[] }[] = [
  { key: "pk", label: "Pakistan says", sides: ["PAKISTAN"] },
  { key: "af", label: "Afghan Taliban authorities say", sides: ["AFGHANISTAN"] },
  { key: "ind", label: "Independent counts and media reports", sides: ["INDEPENDENT", "THIRD_PARTY", "ARMED_GROUP"] },
];

function Figure({ claimant }: { claimant: ClaimantFigure }) {
  const { latest, history } = claimant;
  return (
    <div className="ledger-figure">
      <a
        href={`#claim-${latest.id}`}
        className="figure"
        aria-label={`${formatFigure(latest)}, ${latest.claimantName}, see source`}
      >
        {formatFigure(latest)}
      </a>
      {latest.stance !== "ASSERTED" && <span className="badge">{latest.stance.toLowerCase()}</span>}
      <div className="muted small">
        {latest.claimantName}
        {latest.statedBy ? ` (${latest.statedBy})` : ""}, {latest.madeOn}
      </div>
      {history.length > 1 && (
        <ol className="revisions" aria-label={`Revisions by ${latest.claimantName}`}>
          {history.map((revision) => (
            <li key={revision.id}>
              <a href={`#claim-${revision.id}`}>{formatFigure(revision)}</a>{" "}
              <span className="muted small">{revision.madeOn}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The ledger's table alone: one row per subject, each side's figures in a column of its own.
 *  The casualties embed shows just this; the full page adds the charts (ClaimsLedger). */
export function LedgerTable({ groups }: { groups: LedgerGroup[] }) {
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="ledger">
        <caption className="sr-only">Claims by subject and claimant</caption>
        <thead>
          <tr>
            <th scope="col">Whose losses</th>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={`${group.subject}/${group.metric}`}>
              <th scope="row">
                {labelOf(SUBJECT_LABELS, group.subject)} — {labelOf(METRIC_LABELS, group.metric)}
              </th>
              {COLUMNS.map((column) => {
                const cell = group.claimants.filter((claimant) => column.sides.includes(claimant.latest.claimantSide));
                return (
                  <td key={column.key} data-column={column.key} data-label={column.label}>
                    {cell.length ? (
                      cell.map((claimant) => <Figure key={claimant.latest.id} claimant={claimant} />)
                    ) : (
                      <span className="muted">no figure</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ClaimsLedger({ groups }: { groups: LedgerGroup[] }) {
  const gaps = groups.filter(
    (group) => new Set(group.claimants.map((claimant) => claimant.latest.claimantSide)).size > 1,
  );
  return (
    <>
      <LedgerTable groups={groups} />
      <LedgerClaimsOverTime groups={groups} />
      {gaps.length > 0 && (
        <section aria-labelledby="gap-title">
          <h2 id="gap-title">The gap between the sides</h2>
          <p className="muted">
            Each claimant&apos;s latest figure on one scale per row of the ledger, never added together.
          </p>
          <div className="chart-grid">
            {gaps.map((group) => (
              <GapFigure
                key={`${group.subject}/${group.metric}`}
                id={`gap-${group.subject}-${group.metric}`.toLowerCase()}
                title={gapTitle(group)}
                groups={[group]}
              />
            ))}
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
        {claims.map((claim) => (
          <li key={claim.id} id={`claim-${claim.id}`}>
            <strong>{claim.claimantName}</strong> ({claim.madeOn}) — {labelOf(SUBJECT_LABELS, claim.subject)},{" "}
            {labelOf(METRIC_LABELS, claim.metric)}: <span className="figure">{formatFigure(claim)}</span>
            <QuoteText quote={claim.quote} kind={claim.quoteKind} />
            <cite>
              {claim.documentUrl ? (
                <a href={claim.documentUrl} rel="external noopener">
                  {claim.documentTitle}
                </a>
              ) : (
                claim.documentTitle
              )}
            </cite>
            {claim.citations.length > 0 && (
              <div className="also-reported">
                <p className="muted small">The same statement, also reported by:</p>
                <ul>
                  {claim.citations.map((citation) => (
                    <li key={citation.documentId}>
                      <QuoteText quote={citation.quote} kind={citation.quoteKind} inline />{" "}
                      <cite>
                        {citation.documentUrl ? (
                          <a href={citation.documentUrl} rel="external noopener">
                            {citation.documentTitle}
                          </a>
                        ) : (
                          citation.documentTitle
                        )}
                      </cite>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
