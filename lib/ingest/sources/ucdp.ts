// UCDP GED / Candidate events API for Pakistan (Gleditsch–Ward 770) and Afghanistan (700). Both
// datasets share the endpoint `/api/gedevents/<version>`; the version in FeedSource.url picks one.
// Events become incidents with claims attributed to UCDP as an independent counter (ucdp-upsert.ts).
import { z } from "zod";
import { hashContent } from "../hash";
import { fetchSource } from "../http/fetch-source";
import { SourceError, type NormalizedItem, type Rejection, type SourceAdapter, type SourcePage } from "../types";
import { assertSameHost, readConfig, requireCredential, requestPolicy } from "./common";
import { SOURCE_CREDENTIALS } from "../../feeds/credentials";
import { ucdpEventSchema, UCDP_COUNTRIES, type UcdpItem } from "./ucdp-schema";
import { upsertUcdpEvent } from "./ucdp-upsert";

const pageSchema = z.object({
  TotalCount: z.number().nullish(),
  TotalPages: z.number().nullish(),
  PreviousPageUrl: z.string().nullish(),
  NextPageUrl: z.string().nullish(),
  Result: z.array(z.unknown()),
});

export function datasetVersionOf(url: string): string {
  return /\/gedevents\/([\w.]+)/.exec(new URL(url).pathname)?.[1] ?? "unknown";
}

export function firstPageUrl(base: string, pageSize: number): string {
  const url = new URL(base);
  if (!url.searchParams.has("Country")) url.searchParams.set("Country", "770,700");
  if (!url.searchParams.has("pagesize")) url.searchParams.set("pagesize", String(pageSize));
  return url.toString();
}

export function normalizeUcdpEvent(raw: unknown, datasetVersion: string, now: Date): NormalizedItem | Rejection {
  const parsed = ucdpEventSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { id?: unknown })?.id;
    const issue = parsed.error.issues[0];
    return {
      externalId: id === undefined ? null : String(id),
      reason: `invalid event: ${issue?.path.join(".")} ${issue?.message}`,
    };
  }
  const event = parsed.data;
  const country =
    event.country_id !== undefined ? UCDP_COUNTRIES[event.country_id as keyof typeof UCDP_COUNTRIES] : undefined;
  if (event.country_id !== undefined && !country)
    return { externalId: String(event.id), reason: `outside Pakistan and Afghanistan (country ${event.country})` };
  const data: UcdpItem = { event, datasetVersion, retrievedOn: now.toISOString().slice(0, 10) };
  // The hash covers the record only: the same event in a newer release with the same content is no change.
  return { externalId: String(event.id), contentHash: hashContent(event), data };
}

export const ucdpAdapter: SourceAdapter = {
  kind: "UCDP",
  credentials: SOURCE_CREDENTIALS.UCDP,
  async fetchPage(source, cursor, ctx): Promise<SourcePage> {
    const token = requireCredential(source, ctx);
    const config = readConfig(source);
    const next = typeof cursor?.next === "string" ? cursor.next : null;
    const url = next ? assertSameHost(next, source) : firstPageUrl(source.url, config.pageSize ?? 1000);
    const res = await fetchSource(url, {
      ...requestPolicy(source, ctx, "json"),
      headers: { "x-ucdp-access-token": token },
    });
    let json: unknown;
    try {
      json = JSON.parse(res.text);
    } catch {
      throw new SourceError("malformed JSON from UCDP");
    }
    const page = pageSchema.safeParse(json);
    if (!page.success)
      throw new SourceError(
        `unexpected UCDP response shape: ${page.error.issues[0]?.path.join(".")} ${page.error.issues[0]?.message}`,
      );
    const version = datasetVersionOf(source.url);
    const items: NormalizedItem[] = [];
    const rejected: Rejection[] = [];
    for (const raw of page.data.Result) {
      const r = normalizeUcdpEvent(raw, version, ctx.now);
      if ("reason" in r) rejected.push(r);
      else items.push(r);
    }
    const nextUrl = page.data.NextPageUrl;
    return { items, rejected, nextCursor: nextUrl && page.data.Result.length ? { next: nextUrl } : null };
  },
  upsert: (tx, source, item) => upsertUcdpEvent(tx, source, item),
};
