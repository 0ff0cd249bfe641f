// The citation tables of a release, one shape for three kinds of record: the documents an incident
// is cited to, the further documents reporting a claim's statement, and a ceasefire's sources.
import * as E from "../db/generated/enums";
import { readCeasefireCitations } from "./mediation-table-queries";
import { readClaimCitations, readIncidentCitations, type CitationReleaseRow } from "./record-table-queries";
import { idOf, SOURCE_DOCS } from "./table-docs";
import { columnsFor, type TableSpec } from "./table-spec";

const citation = columnsFor<CitationReleaseRow>();

function citationTable(
  owner: "incident" | "claim" | "ceasefire",
  table: string,
  title: string,
  description: string,
  read: TableSpec<CitationReleaseRow>["read"],
): TableSpec<CitationReleaseRow> {
  const key = `${owner}_id`;
  return {
    name: `${owner}_citations`,
    title,
    description,
    columns: [
      citation(key, "text", "ownerId"),
      citation("document_id", "text", "documentId"),
      citation("quote", "text", "quote"),
      citation("quote_kind", "code", "quoteKind"),
    ],
    docs: { [key]: idOf(owner, table), ...SOURCE_DOCS },
    primaryKey: [key, "document_id"],
    foreignKeys: [
      { field: key, resource: table, reference: "id" },
      { field: "document_id", resource: "documents", reference: "id" },
    ],
    codes: { quote_kind: Object.values(E.QuoteKind) },
    read,
  };
}

export const INCIDENT_CITATIONS = citationTable(
  "incident",
  "incidents",
  "Incident citations",
  "The documents each incident is cited to, with the passage that reports it.",
  ({ tx }) => readIncidentCitations(tx),
);

export const CLAIM_CITATIONS = citationTable(
  "claim",
  "claims",
  "Claim citations",
  "Further documents reporting the same statement as a claim (one statement is one claim, however many report it).",
  ({ tx }) => readClaimCitations(tx),
);

export const CEASEFIRE_CITATIONS = citationTable(
  "ceasefire",
  "ceasefires",
  "Ceasefire citations",
  "The documents for each ceasefire's dates, terms and end.",
  ({ tx }) => readCeasefireCitations(tx),
);
