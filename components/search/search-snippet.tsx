import type { SearchSnippet } from "@/lib/search/search-hits";
import { isVerbatimQuote, snippetLabel } from "./search-labels";

/**
 * An excerpt with the matched words in <mark>. The pieces come from ts_headline split on our own
 * delimiters (lib/search/snippet.ts); each is rendered as text, so React escapes it: the
 * record's words are never inserted as markup.
 */
export function SearchSnippetText({ snippet }: { snippet: SearchSnippet }) {
  const verbatim = isVerbatimQuote(snippet);
  const text = snippet.parts.map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
  const summary = !verbatim && (snippet.source === "quote" || snippet.source === "citation");
  return (
    <p className={`search-snippet${verbatim ? " quote-verbatim" : summary ? " quote-summary" : ""}`}>
      <span className="quote-kind">{snippetLabel(snippet)}:</span> {verbatim ? <>“{text}”</> : text}
    </p>
  );
}
