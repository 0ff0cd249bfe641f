// One row shape for a claim wherever the API returns one: the claims ledger and an incident's
// claims, both read with listClaimsInScope so their chain ids agree. Each row stands alone:
// claimant, figure with its qualifier, document and verbatim quote travel together, so a row
// copied out of the file still says who claimed what, and where.
import type { LedgerClaim } from "../claims/claim-queries";
import { formatFigure } from "../vocabulary";
import type { CsvColumn } from "./csv";

export type ClaimRow = {
  id: string; claimantId: string; claimant: string; claimantSide: string; statedBy: string | null;
  subject: string; metric: string; valueLow: number; valueHigh: number; qualifier: string;
  /** The figure as written, qualifier included: "at least 133", "4–7", "none". */
  figure: string;
  stance: string; madeOn: string; revisesId: string | null; chainId: string;
  documentId: string; documentTitle: string; documentUrl: string | null; quote: string;
};

export function claimRowFromLedger(c: LedgerClaim): ClaimRow {
  return {
    id: c.id, claimantId: c.claimantId, claimant: c.claimantName, claimantSide: c.claimantSide, statedBy: c.statedBy,
    subject: c.subject, metric: c.metric, valueLow: c.valueLow, valueHigh: c.valueHigh, qualifier: c.qualifier,
    figure: formatFigure(c), stance: c.stance, madeOn: c.madeOn, revisesId: c.revisesId, chainId: c.chainId,
    documentId: c.documentId, documentTitle: c.documentTitle, documentUrl: c.documentUrl, quote: c.quote,
  };
}


export const CLAIM_CSV_COLUMNS: CsvColumn<ClaimRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "claimantId", value: (r) => r.claimantId },
  { header: "claimant", value: (r) => r.claimant },
  { header: "claimantSide", value: (r) => r.claimantSide },
  { header: "statedBy", value: (r) => r.statedBy },
  { header: "subject", value: (r) => r.subject },
  { header: "metric", value: (r) => r.metric },
  { header: "valueLow", value: (r) => r.valueLow },
  { header: "valueHigh", value: (r) => r.valueHigh },
  { header: "qualifier", value: (r) => r.qualifier },
  { header: "figure", value: (r) => r.figure },
  { header: "stance", value: (r) => r.stance },
  { header: "madeOn", value: (r) => r.madeOn },
  { header: "revisesId", value: (r) => r.revisesId },
  { header: "chainId", value: (r) => r.chainId },
  { header: "documentId", value: (r) => r.documentId },
  { header: "documentTitle", value: (r) => r.documentTitle },
  { header: "documentUrl", value: (r) => r.documentUrl },
  { header: "quote", value: (r) => r.quote },
];
