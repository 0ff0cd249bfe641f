// ACLED API → review queue and internal comparison only: ACLED's terms forbid republishing its raw
// events, so nothing here is ever published, and each item keeps ACLED's attribution in `raw`.
// Runs only with ACLED_API_KEY and ACLED_EMAIL; without them the source fails as "not configured".
import { z } from "zod";
import { extractSuggestions } from "../extract";
import { hashContent } from "../hash";
import { fetchSource } from "../http/fetch-source";
import { SourceError, type NormalizedItem, type Rejection, type SourceAdapter, type SourcePage } from "../types";
import { upsertReviewItem, type ReviewItemData } from "../upsert-review-item";
import { readConfig, requireCredential, requestPolicy } from "./common";
import { SOURCE_CREDENTIALS } from "../../feeds/credentials";

export const ACLED_ATTRIBUTION =
  "Armed Conflict Location & Event Data (ACLED), acleddata.com — for internal comparison only, not for republication";

const eventSchema = z.object({
  event_id_cnty: z.string().min(1),
  event_date: z.iso.date(),
  event_type: z.string(),
  sub_event_type: z.string().optional(),
  actor1: z.string().optional(),
  actor2: z.string().optional(),
  country: z.string(),
  admin1: z.string().optional(),
  admin2: z.string().optional(),
  location: z.string().optional(),
  latitude: z.union([z.string(), z.number()]).optional(),
  longitude: z.union([z.string(), z.number()]).optional(),
  source: z.string().optional(),
  notes: z.string().optional(),
  fatalities: z.union([z.string(), z.number()]).transform(Number).pipe(z.number().int().min(0)),
  timestamp: z.union([z.string(), z.number()]).optional(),
});

const responseSchema = z.object({
  success: z.boolean().optional(),
  count: z.number(),
  data: z.array(z.unknown()),
});

export function normalizeAcledEvent(raw: unknown): NormalizedItem | Rejection {
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { event_id_cnty?: unknown })?.event_id_cnty;
    return {
      externalId: typeof id === "string" ? id : null,
      reason: `invalid event: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
    };
  }
  const e = parsed.data;
  const where = [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", ");
  const title = `${e.sub_event_type ?? e.event_type}: ${where} (${e.event_date})`;
  const body = `${e.notes ?? ""}\nACLED fatalities (coded conservatively): ${e.fatalities}. Actors: ${[e.actor1, e.actor2].filter(Boolean).join(" / ")}. Sources: ${e.source ?? "n/a"}.`;
  const publishedAt = new Date(`${e.event_date}T00:00:00Z`);
  const data: ReviewItemData = {
    url: null,
    title,
    publishedAt: publishedAt.toISOString(),
    body,
    suggestions: extractSuggestions({ title, body: e.notes ?? "", publishedAt }),
    raw: { ...e, attribution: ACLED_ATTRIBUTION, republish: false },
  };
  // ACLED revises events in place; its timestamp is not part of the hash so a re-export of the same
  // content is not an edit.
  const { timestamp: _ts, ...content } = e;
  return { externalId: e.event_id_cnty, contentHash: hashContent(content), data };
}

export const acledAdapter: SourceAdapter = {
  kind: "ACLED",
  credentials: SOURCE_CREDENTIALS.ACLED,
  async fetchPage(source, cursor, ctx): Promise<SourcePage> {
    const key = requireCredential(source, ctx, source.credentialEnv ?? "ACLED_API_KEY");
    const email = requireCredential(source, ctx, "ACLED_EMAIL");
    const config = readConfig(source);
    const limit = config.pageSize ?? 500;
    const page = typeof cursor?.page === "number" ? cursor.page : 1;
    const url = new URL(source.url);
    url.searchParams.set("key", key);
    url.searchParams.set("email", email);
    if (!url.searchParams.has("iso")) url.searchParams.set("iso", "586|4");
    url.searchParams.set("limit", String(limit));
    url.searchParams.set("page", String(page));
    const res = await fetchSource(url.toString(), requestPolicy(source, ctx, "json"));
    let json: unknown;
    try {
      json = JSON.parse(res.text);
    } catch {
      throw new SourceError("malformed JSON from ACLED");
    }
    const body = responseSchema.safeParse(json);
    if (!body.success)
      throw new SourceError(
        `unexpected ACLED response shape: ${body.error.issues[0]?.path.join(".")} ${body.error.issues[0]?.message}`,
      );
    if (body.data.success === false) throw new SourceError("ACLED refused the request (success: false)");
    const items: NormalizedItem[] = [];
    const rejected: Rejection[] = [];
    for (const raw of body.data.data) {
      const r = normalizeAcledEvent(raw);
      if ("reason" in r) rejected.push(r);
      else items.push(r);
    }
    return { items, rejected, nextCursor: body.data.data.length >= limit ? { page: page + 1 } : null };
  },
  upsert: (tx, source, item) => upsertReviewItem(tx, source.id, item),
};
