// ReliefWeb API v2 reports on Pakistan and Afghanistan → review queue, like news feeds. Reports on
// other crises in the two countries (floods, earthquakes) are rejected as off-topic.
import { z } from "zod";
import { extractSuggestions } from "../extract";
import { hashContent } from "../hash";
import { fetchSource } from "../http/fetch-source";
import { assessRelevance } from "../relevance";
import { SourceError, type NormalizedItem, type Rejection, type SourceAdapter, type SourcePage } from "../types";
import { upsertReviewItem, type ReviewItemData } from "../upsert-review-item";
import { assertSameHost, readConfig, requestPolicy } from "./common";
import { SOURCE_CREDENTIALS } from "../../feeds/credentials";
import { htmlToText } from "./text";

const reportSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  fields: z.object({
    title: z.string().min(1),
    body: z.string().optional(),
    "body-html": z.string().optional(),
    url: z.string().optional(),
    url_alias: z.string().optional(),
    date: z
      .object({ original: z.string().optional(), created: z.string().optional(), changed: z.string().optional() })
      .optional(),
    source: z.array(z.object({ name: z.string(), shortname: z.string().optional() })).optional(),
    country: z.array(z.object({ iso3: z.string().optional(), name: z.string() })).optional(),
    primary_country: z.object({ iso3: z.string().optional(), name: z.string() }).optional(),
  }),
});

const responseSchema = z.object({
  totalCount: z.number().optional(),
  count: z.number(),
  data: z.array(z.unknown()),
  links: z.object({ next: z.object({ href: z.string() }).optional() }).optional(),
});

const FIELDS = [
  "title",
  "body",
  "url",
  "url_alias",
  "date.original",
  "date.created",
  "date.changed",
  "source.name",
  "source.shortname",
  "country.iso3",
  "country.name",
  "primary_country.iso3",
  "primary_country.name",
];

/** The first page's URL: the configured endpoint with the country filter and fields, unless given. */
export function firstPageUrl(base: string, appname: string | undefined, pageSize: number): string {
  const url = new URL(base);
  const q = url.searchParams;
  if (appname && !q.has("appname")) q.set("appname", appname);
  if (!q.has("filter[field]")) {
    q.set("filter[field]", "country.iso3");
    q.append("filter[value][]", "pak");
    q.append("filter[value][]", "afg");
    q.set("filter[operator]", "OR");
  }
  if (!q.has("fields[include][]")) FIELDS.forEach((f) => q.append("fields[include][]", f));
  if (!q.has("limit")) q.set("limit", String(pageSize));
  if (!q.has("sort[]")) q.append("sort[]", "date.created:desc");
  return url.toString();
}

export function normalizeReport(raw: unknown): NormalizedItem | Rejection {
  const parsed = reportSchema.safeParse(raw);
  const rawId = (raw as { id?: unknown })?.id;
  if (!parsed.success) {
    return {
      externalId: rawId === undefined ? null : String(rawId),
      reason: `invalid report: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
    };
  }
  const { id, fields: f } = parsed.data;
  const body = f.body ? htmlToText(f.body) : f["body-html"] ? htmlToText(f["body-html"]) : "";
  const relevance = assessRelevance(`${f.title}\n${body}`);
  if (!relevance.relevant) return { externalId: id, reason: "off-topic" };
  const published = f.date?.original ?? f.date?.created ?? null;
  const publishedAt = published && !Number.isNaN(Date.parse(published)) ? new Date(published) : null;
  const data: ReviewItemData = {
    url: f.url_alias ?? f.url ?? null,
    title: f.title,
    publishedAt: publishedAt?.toISOString() ?? null,
    body,
    suggestions: extractSuggestions({ title: f.title, body, publishedAt }),
    raw: {
      id,
      fields: f,
      matchedTerms: relevance.matched,
      attribution: f.source?.map((s) => s.name).join(", ") ?? "ReliefWeb",
    },
  };
  return {
    externalId: id,
    contentHash: hashContent({ title: f.title, body, url: data.url, published: data.publishedAt }),
    data,
  };
}

export const reliefwebAdapter: SourceAdapter = {
  kind: "RELIEFWEB",
  credentials: SOURCE_CREDENTIALS.RELIEFWEB,
  async fetchPage(source, cursor, ctx): Promise<SourcePage> {
    const config = readConfig(source);
    const next = typeof cursor?.next === "string" ? cursor.next : null;
    const url = next ? assertSameHost(next, source) : firstPageUrl(source.url, config.appname, config.pageSize ?? 50);
    const res = await fetchSource(url, requestPolicy(source, ctx, "json"));
    let json: unknown;
    try {
      json = JSON.parse(res.text);
    } catch {
      throw new SourceError("malformed JSON from ReliefWeb");
    }
    const page = responseSchema.safeParse(json);
    if (!page.success)
      throw new SourceError(
        `unexpected ReliefWeb response shape: ${page.error.issues[0]?.path.join(".")} ${page.error.issues[0]?.message}`,
      );
    const items: NormalizedItem[] = [];
    const rejected: Rejection[] = [];
    for (const raw of page.data.data) {
      const r = normalizeReport(raw);
      if ("reason" in r) rejected.push(r);
      else items.push(r);
    }
    const href = page.data.links?.next?.href;
    return { items, rejected, nextCursor: href && page.data.data.length ? { next: href } : null };
  },
  upsert: (tx, source, item) => upsertReviewItem(tx, source.id, item),
};
