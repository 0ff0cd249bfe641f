// The search page's words for kinds of record and for the fields an excerpt comes from. A quote's
// label says whether it is the document's words or a digest's summary of them, as everywhere else
// on the site (components/quote-text.tsx).
import type { SearchKind } from "@/lib/search/search-query";
import type { SearchSnippet } from "@/lib/search/search-hits";

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  incident: { one: "Incident", many: "Incidents" },
  claim: { one: "Claimed figure", many: "Claimed figures" },
  document: { one: "Source document", many: "Source documents" },
  actor: { one: "Actor", many: "Actors" },
  place: { one: "Place", many: "Places" },
  mediation: { one: "Mediation", many: "Mediation tracks and steps" },
  statement: { one: "Statement", many: "Statements" },
  ceasefire: { one: "Ceasefire", many: "Ceasefires" },
};

export const kindCount = (kind: SearchKind, n: number) =>
  `${n} ${(n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many).toLowerCase()}`;

/** The reader's words in quotation marks, unless they are a quoted phrase already. */
export const quotedText = (text: string) => (/^["“„]/.test(text) ? text : `“${text}”`);

/** What an excerpt is. A verbatim quote is shown in quotation marks; a summary never is. */
export function snippetLabel(snippet: SearchSnippet): string {
  const quoteLabel = snippet.quoteKind === "SUMMARY" ? "summary of the report, not its words" : "verbatim quote";
  switch (snippet.source) {
    case "quote":
      return quoteLabel.charAt(0).toUpperCase() + quoteLabel.slice(1);
    case "citation":
      return `Another report of the same statement (${quoteLabel})`;
    case "note":
      return "Editors' note";
    case "stated-by":
      return "Spoken by";
    case "aliases":
      return "Also known as";
    case "location":
      return "Place as the sources give it";
    case "terms":
      return "Terms";
    case "venue":
      return "Venue";
    case "title":
      return "Title";
    case "description":
    case "summary":
      return "Summary";
  }
}

/** A verbatim quote (of a document, or of another report of the same statement) is quoted. */
export const isVerbatimQuote = (snippet: SearchSnippet) =>
  (snippet.source === "quote" || snippet.source === "citation") && snippet.quoteKind !== "SUMMARY";
