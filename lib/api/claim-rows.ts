// One row shape for a claim wherever the API returns one: the claims ledger and an incident's
// claims, both read with listClaimsInScope so their chain ids agree. Each row stands alone:
// claimant, figure with its qualifier, document and verbatim quote travel together, so a row
// copied out of the file still says who claimed what, and where.
import type { LedgerClaim } from "../claims/claim-queries";
import { formatFigure } from "../vocabulary";
import type { CsvColumn } from "./csv";

export type ClaimRow = {
  id: string;
  claimantId: string;
  claimant: string;
  claimantSide: string;
  statedBy: string | null;
  subject: string;
  metric: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
  /** The figure as written, qualifier included: "at least 133", "4–7", "none". */
  figure: string;
  stance: string;
  madeOn: string;
  revisesId: string | null;
  chainId: string;
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  quote: string;
  /** VERBATIM: the document's words; SUMMARY: a digest's account of the report. */
  quoteKind: string;
  /** Further documents reporting the same statement (one statement is one claim). */
  citations: LedgerClaim["citations"];
};

export function claimRowFromLedger(c: LedgerClaim): ClaimRow {
  return {
    id: c.id,
    claimantId: c.claimantId,
    claimant: c.claimantName,
    claimantSide: c.claimantSide,
    statedBy: c.statedBy,
    subject: c.subject,
    metric: c.metric,
    valueLow: c.valueLow,
    valueHigh: c.valueHigh,
    qualifier: c.qualifier,
    figure: formatFigure(c),
    stance: c.stance,
    madeOn: c.madeOn,
    revisesId: c.revisesId,
    chainId: c.chainId,
    documentId: c.documentId,
    documentTitle: c.documentTitle,
    documentUrl: c.documentUrl,
    quote: c.quote,
    quoteKind: c.quoteKind,
    citations: c.citations,
  };
}

// CSV column names are snake_case (what R, pandas and SQL users type); JSON keeps camelCase.
export const CLAIM_CSV_COLUMNS: CsvColumn<ClaimRow>[] = [
  { header: "id", type: "text", value: (r) => r.id },
  { header: "claimant_id", type: "text", value: (r) => r.claimantId },
  { header: "claimant", type: "text", value: (r) => r.claimant },
  { header: "claimant_side", type: "code", value: (r) => r.claimantSide },
  { header: "stated_by", type: "text", value: (r) => r.statedBy },
  { header: "subject", type: "code", value: (r) => r.subject },
  { header: "metric", type: "code", value: (r) => r.metric },
  { header: "value_low", type: "integer", value: (r) => r.valueLow },
  { header: "value_high", type: "integer", value: (r) => r.valueHigh },
  { header: "qualifier", type: "code", value: (r) => r.qualifier },
  { header: "figure", type: "text", value: (r) => r.figure },
  { header: "stance", type: "code", value: (r) => r.stance },
  { header: "made_on", type: "date", value: (r) => r.madeOn },
  { header: "revises_id", type: "text", value: (r) => r.revisesId },
  { header: "chain_id", type: "text", value: (r) => r.chainId },
  { header: "document_id", type: "text", value: (r) => r.documentId },
  { header: "document_title", type: "text", value: (r) => r.documentTitle },
  { header: "document_url", type: "url", value: (r) => r.documentUrl },
  { header: "quote", type: "text", value: (r) => r.quote },
  { header: "quote_kind", type: "code", value: (r) => r.quoteKind },
  {
    header: "also_reported_by",
    type: "text",
    value: (r) => r.citations.map((citation) => citation.documentId).join("; ") || null,
  },
];
