// A feed of changes as JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the same entries as the
// Atom feed, and under `_frontier_monitor` each change as data (kind, ids, figure and previous
// figure, date basis, source), so a program never has to parse the prose.
import { LICENCE_URL } from "../api/citation";
import { SITE_NAME } from "../site";
import type { FeedDocument } from "./feed-document";
import { isWebUrl } from "./escape";
import { entryLines, type FeedEntry } from "./feed-entry";

export type JsonFeedItem = {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  summary: string;
  content_text: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  _frontier_monitor: Record<string, unknown>;
};

export type JsonFeed = {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language: "en";
  authors: { name: string; url: string }[];
  _frontier_monitor: Record<string, unknown>;
  items: JsonFeedItem[];
};

function item(entry: FeedEntry): JsonFeedItem {
  // The change as the record holds it, without the words and link already given above.
  const { description: _description, href: _href, kind, id, ...change } = entry.change;
  // Only a web address is offered as a link; any other (a javascript: URL) stays data in `source`.
  const sourceUrl = entry.source?.type === "document" && isWebUrl(entry.source.url) ? entry.source.url : null;
  return {
    id: entry.id,
    url: entry.url,
    ...(sourceUrl ? { external_url: sourceUrl } : {}),
    title: entry.title,
    summary: entry.title,
    content_text: entryLines(entry).join("\n"),
    date_published: entry.published,
    date_modified: entry.updated,
    tags: [entry.kind],
    _frontier_monitor: { kind, id, ...change },
  };
}

export function toJsonFeed(feed: FeedDocument): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    description: feed.subtitle,
    home_page_url: feed.pageUrl,
    feed_url: feed.jsonUrl,
    language: "en",
    authors: [{ name: SITE_NAME, url: `${feed.siteUrl}/` }],
    _frontier_monitor: {
      about: `${feed.siteUrl}/methodology`,
      id: feed.id,
      atom_feed_url: feed.atomUrl,
      filters: { province: null, track: null, kind: null, ...feed.filters },
      licence: feed.rights,
      licence_url: LICENCE_URL,
    },
    items: feed.entries.map(item),
  };
}
