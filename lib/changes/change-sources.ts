// Where each change comes from: the citing document's title, publisher, address, date and quote,
// read in the same query as the change (one row each), and turned into a ChangeSource.
import { Prisma } from "../db/generated/client";
import type { DocumentSource, EditorNoteSource } from "./change-types";

/** The source columns every change query selects, null when the record has no citation. */
export type SourceColumns = {
  sourceDocumentId: string | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  sourcePublishedOn: string | null;
  sourceQuote: string | null;
  sourceQuoteKind: string | null;
};

/**
 * The select list of SourceColumns from a document row `document` and its publisher row
 * `publisher` (aliases written in the query, never input), with the quote the record cites it by.
 */
export function sourceColumns(document: string, publisher: string, quote: Prisma.Sql, quoteKind: Prisma.Sql) {
  const d = Prisma.raw(document);
  const s = Prisma.raw(publisher);
  return Prisma.sql`${d}."id" AS "sourceDocumentId", ${d}."title" AS "sourceTitle", ${s}."name" AS "sourcePublisher",
    ${d}."url" AS "sourceUrl", to_char(${d}."publishedOn", 'YYYY-MM-DD') AS "sourcePublishedOn",
    ${quote} AS "sourceQuote", ${quoteKind}::text AS "sourceQuoteKind"`;
}

/** The document a change rests on, or null when the query found none (an uncited ceasefire). */
export function documentSource(row: SourceColumns): DocumentSource | null {
  if (row.sourceDocumentId === null) return null;
  return {
    type: "document",
    documentId: row.sourceDocumentId,
    title: row.sourceTitle ?? "",
    publisher: row.sourcePublisher ?? "",
    url: row.sourceUrl,
    publishedOn: row.sourcePublishedOn,
    quote: row.sourceQuote ?? "",
    // Only words known to be the document's own are ever shown as a quote.
    quoteKind: row.sourceQuoteKind === "VERBATIM" ? "VERBATIM" : "SUMMARY",
  };
}

export const editorNote = (note: string, writtenAt: string): EditorNoteSource => ({
  type: "editor-note",
  note,
  writtenAt,
});
