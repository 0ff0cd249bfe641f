// Highlighted excerpts. PostgreSQL's ts_headline marks the matched words with delimiters we
// choose; we choose two private-use characters (stripped from the text before ts_headline runs,
// so a record cannot forge them) and cut its output here into plain pieces, matched or not. The
// page renders each matched piece as a <mark> element with React escaping the text, and the API
// returns the pieces and an escaped HTML string built from them: the record's text is never
// inserted as markup.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** ts_headline's options: up to two fragments of 12–30 words, joined by an ellipsis. */
export const HEADLINE_OPTIONS =
  `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ` + `MaxFragments=2, FragmentDelimiter=" … "`;

export type SnippetPart = { text: string; match: boolean };

/** ts_headline's output as pieces; a stray or unclosed delimiter never leaks into the text. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      push(rest.replaceAll(MARK_END, ""), false);
      break;
    }
    push(rest.slice(0, start).replaceAll(MARK_END, ""), false);
    const end = rest.indexOf(MARK_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    push(rest.slice(start + 1, stop).replaceAll(MARK_START, ""), true);
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  return joinPhrases(parts);
}

/** A space, hyphen or apostrophe between two matched words: "[no] [damage]" reads as one mark. */
const JOINER = /^[\s\-\u2010\u2011'\u2019]{1,3}$/u;

function joinPhrases(parts: SnippetPart[]): SnippetPart[] {
  const joined: SnippetPart[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const previous = joined[joined.length - 1];
    const next = parts[index + 1];
    if (!part.match && previous?.match && next?.match && JOINER.test(part.text)) {
      previous.text += part.text + next.text;
      index++;
    } else if (part.match && previous?.match) previous.text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}

export const hasMatch = (parts: SnippetPart[]) => parts.some((part) => part.match);
export const plainText = (parts: SnippetPart[]) => parts.map((part) => part.text).join("");

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** The pieces as HTML: every piece escaped, the matched ones inside <mark>. */
export const snippetHtml = (parts: SnippetPart[]) =>
  parts.map((part) => (part.match ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text))).join("");
