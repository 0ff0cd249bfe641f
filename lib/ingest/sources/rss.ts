// RSS 2.0 and Atom news feeds → review queue. Only items about the conflict are kept; the rest are
// recorded as "off-topic". A feed never publishes anything.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import { extractSuggestions } from "../extract";
import { hashContent } from "../hash";
import { fetchSource } from "../http/fetch-source";
import { assessRelevance } from "../relevance";
import { SourceError, type NormalizedItem, type Rejection, type SourceAdapter, type SourcePage } from "../types";
import { upsertReviewItem, type ReviewItemData } from "../upsert-review-item";
import { requestPolicy } from "./common";
import { SOURCE_CREDENTIALS } from "../../feeds/credentials";
import { htmlToText, parseDate, textOf, toArray } from "./text";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: true,
  htmlEntities: true,
  // Ids and titles stay strings: "00123" or a 20-digit guid must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
});

/** One entry as both formats have it, before validation. */
const entrySchema = z.object({
  id: z.string().trim().min(1, "no guid, id or link"),
  title: z.string().trim().min(1, "no title"),
  link: z.string().trim().nullable(),
  published: z.string().trim(),
  html: z.string(),
});
type Entry = z.infer<typeof entrySchema>;

function atomLink(links: unknown): string {
  const list = toArray(links as Record<string, string> | Record<string, string>[]);
  const alt = list.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? list[0];
  return alt?.["@_href"] ?? "";
}

/** Entries of an RSS 2.0 or Atom document; throws SourceError when it is neither. */
export function parseFeed(xml: string): { entries: unknown[]; format: "rss" | "atom" } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new SourceError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(xml) as Record<string, Record<string, unknown> | undefined>;
  if (doc.rss?.channel) {
    const items = toArray((doc.rss.channel as Record<string, unknown>).item as Record<string, unknown>[]);
    return {
      format: "rss",
      entries: items.map((i) => {
        const link = textOf(i.link);
        return {
          id: textOf(i.guid) || link,
          title: htmlToText(textOf(i.title)),
          link: link || null,
          published: textOf(i.pubDate) || textOf(i["dc:date"]),
          html: textOf(i["content:encoded"]) || textOf(i.description),
        };
      }),
    };
  }
  if (doc.feed) {
    return {
      format: "atom",
      entries: toArray(doc.feed.entry as Record<string, unknown>[]).map((e) => {
        const link = atomLink(e.link);
        return {
          id: textOf(e.id) || link,
          title: htmlToText(textOf(e.title)),
          link: link || null,
          published: textOf(e.published) || textOf(e.updated),
          html: textOf(e.content) || textOf(e.summary),
        };
      }),
    };
  }
  throw new SourceError("not an RSS 2.0 or Atom document");
}

/** A feed entry as a review item, or why it was rejected. */
export function normalizeEntry(raw: unknown): NormalizedItem | Rejection {
  const parsed = entrySchema.safeParse(raw);
  const rawId = (raw as { id?: unknown })?.id;
  const externalId = typeof rawId === "string" && rawId ? rawId : null;
  if (!parsed.success) return { externalId, reason: `invalid item: ${parsed.error.issues[0]?.message}` };
  const e: Entry = parsed.data;
  const body = htmlToText(e.html);
  const relevance = assessRelevance(`${e.title}\n${body}`);
  if (!relevance.relevant) return { externalId: e.id, reason: "off-topic" };
  const published = parseDate(e.published);
  const data: ReviewItemData = {
    url: e.link,
    title: e.title,
    publishedAt: published?.toISOString() ?? null,
    body,
    suggestions: extractSuggestions({ title: e.title, body, publishedAt: published }),
    raw: { ...e, matchedTerms: relevance.matched },
  };
  // The hash covers what an editor reads, so a reworded or corrected article counts as edited.
  const contentHash = hashContent({ title: e.title, body, url: e.link, published: data.publishedAt });
  return { externalId: e.id, contentHash, data };
}

export function toPage(entries: unknown[]): SourcePage {
  const items: NormalizedItem[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  for (const raw of entries) {
    const r = normalizeEntry(raw);
    if ("reason" in r) rejected.push(r);
    else if (seen.has(r.externalId)) rejected.push({ externalId: r.externalId, reason: "duplicate id in feed" });
    else {
      seen.add(r.externalId);
      items.push(r);
    }
  }
  return { items, rejected, nextCursor: null };
}

export const rssAdapter: SourceAdapter = {
  kind: "RSS",
  credentials: SOURCE_CREDENTIALS.RSS,
  async fetchPage(source, _cursor, ctx) {
    const res = await fetchSource(source.url, requestPolicy(source, ctx, "xml"));
    return toPage(parseFeed(res.text).entries);
  },
  upsert: (tx, source, item) => upsertReviewItem(tx, source.id, item),
};
