// A feed of changes as an Atom 1.0 document (RFC 4287). Every text and address is escaped here,
// once: titles, quotes and URLs come from outside documents. Entry content is HTML (escaped as
// the XML text of a type="html" element), so the source is a link and a verbatim quote a quote;
// the summary says the same in plain text, for readers that show no HTML.
import { SITE_NAME } from "../site";
import { escapeMarkup as esc, isWebUrl } from "./escape";
import type { FeedDocument } from "./feed-document";
import { entryLines, quoteLine, type FeedEntry } from "./feed-entry";

const ATOM_TYPE = "application/atom+xml";

/** The entry's body as HTML: what changed, its date, its source (linked), the link to the record. */
export function entryHtml(entry: FeedEntry): string {
  const parts = [`<p>${esc(entry.what)}</p>`, `<p>${esc(entry.when)}</p>`];
  const source = entry.source;
  if (source?.type === "editor-note") parts.push(`<p>Source: ${esc(source.citation)}.</p>`);
  if (source?.type === "document") {
    const cite = isWebUrl(source.url)
      ? `<a href="${esc(source.url)}">${esc(source.title)}</a> — ${esc(source.byline)}`
      : esc(source.citation);
    parts.push(`<p>Source: ${cite}.</p>`);
    if (source.quote) {
      parts.push(
        source.verbatim
          ? `<blockquote><p>${esc(quoteLine(source))}</p></blockquote>`
          : `<p>${esc(quoteLine(source))}</p>`,
      );
    }
  }
  if (!source) parts.push("<p>Source: none recorded.</p>");
  parts.push(`<p><a href="${esc(entry.url)}">In the record</a></p>`);
  return parts.join("");
}

function entryXml(entry: FeedEntry): string {
  const source = entry.source?.type === "document" && isWebUrl(entry.source.url) ? entry.source : null;
  const related = source
    ? `\n    <link rel="related" type="text/html" href="${esc(source.url!)}" title="${esc(source.title)}"/>`
    : "";
  return `  <entry>
    <id>${esc(entry.id)}</id>
    <title type="text">${esc(entry.title)}</title>
    <published>${entry.published}</published>
    <updated>${entry.updated}</updated>
    <link rel="alternate" type="text/html" href="${esc(entry.url)}"/>${related}
    <category term="${esc(entry.kind)}" label="${esc(entry.kindLabel)}"/>
    <summary type="text">${esc(entryLines(entry).join("\n"))}</summary>
    <content type="html">${esc(entryHtml(entry))}</content>
  </entry>`;
}

/** The whole feed as UTF-8 XML text. Entries inherit the feed's author (RFC 4287 §4.2.1). */
export function renderAtomFeed(feed: FeedDocument): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${esc(feed.id)}</id>
  <title type="text">${esc(feed.title)}</title>
  <subtitle type="text">${esc(feed.subtitle)}</subtitle>
  <updated>${feed.updated}</updated>
  <author>
    <name>${esc(SITE_NAME)}</name>
    <uri>${esc(feed.siteUrl)}/</uri>
  </author>
  <link rel="self" type="${ATOM_TYPE}" href="${esc(feed.atomUrl)}"/>
  <link rel="alternate" type="text/html" href="${esc(feed.pageUrl)}"/>
  <link rel="alternate" type="application/feed+json" href="${esc(feed.jsonUrl)}"/>
  <rights type="text">${esc(feed.rights)}</rights>
  <generator uri="${esc(feed.siteUrl)}/">${esc(SITE_NAME)}</generator>
${feed.entries.map(entryXml).join("\n")}
</feed>
`;
}
