/**
 * A source's words, marked for what they are. A verbatim quote is shown in quotation marks and
 * labelled as the document's words; a summary (a digest's account of a report) is never put in
 * quotation marks, and says it is a summary.
 */
export function QuoteText({ quote, kind, inline = false }: { quote: string; kind: string; inline?: boolean }) {
  const verbatim = kind !== "SUMMARY";
  const label = verbatim ? "verbatim quote" : "summary of the report, not its words";
  if (inline)
    return (
      <span className={verbatim ? "quote-verbatim" : "quote-summary"}>
        {verbatim ? `“${quote}”` : quote} <span className="quote-kind">({label})</span>
      </span>
    );
  return verbatim ? (
    <blockquote className="quote-verbatim">
      “{quote}” <span className="quote-kind">(verbatim quote)</span>
    </blockquote>
  ) : (
    <p className="quote-summary">
      <span className="quote-kind">Summary of the report, not its words:</span> {quote}
    </p>
  );
}

/** The same marking as plain text, for tooltips and titles. */
export const quoteTitle = (quote: string, kind: string) =>
  kind === "SUMMARY" ? `Summary of the report: ${quote}` : `“${quote}” (verbatim)`;
