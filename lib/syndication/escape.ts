// Escaping for XML and HTML text and attribute values. Titles, quotes and addresses come from
// outside documents and editors, so every one of them is escaped, never trusted.

// Characters XML 1.0 does not allow at all (C0 controls but tab, LF and CR; U+FFFE/U+FFFF; lone
// surrogates): a feed holding one is not XML, and readers reject the whole feed. Dropped.
const NOT_XML = new RegExp(
  [
    "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]",
    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])",
    "(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  ].join("|"),
  "g",
);

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text or a double-quoted attribute value for XML or HTML: `&`, `<`, `>` (so `]]>` too) and `"`.
 *  Apostrophes stay as they are: no attribute here is single-quoted. */
export const escapeMarkup = (text: string): string =>
  text.replace(NOT_XML, "").replace(/[&<>"]/g, (ch) => ENTITIES[ch]!);

/** An address that may be a link: http(s) only, so a `javascript:` URL from a document is never a link. */
export const isWebUrl = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);
