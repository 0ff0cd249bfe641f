import "server-only";
import { unstable_rethrow } from "next/navigation";
import { connection } from "next/server";
import { LICENCE_URL } from "../api/citation";
import { CACHE_OK, internalError, invalidParameter, problem } from "../api/responses";
import { siteUrl } from "../share/metadata";
import { renderAtomFeed } from "./atom";
import { getChangeFeed } from "./data";
import { buildFeedDocument } from "./feed-document";
import { parseFeedFilters } from "./feed-filters";
import { toJsonFeed } from "./json-feed";

export const FEED_CONTENT_TYPES = {
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const;

/**
 * GET /feeds/changes.atom and /feeds/changes.json. Like the API routes (lib/api/serve.ts):
 * `connection()` first, as the answer depends on the query string and the database is not there
 * at build time; the data comes from the cached reader, so the response is cheap and sent with the
 * API's CDN headers (a write expires the reader's tags and empties the front cache of `npm start`).
 * A bad parameter gets a 400 naming it, an unknown province or track a 404, both never cached.
 */
export async function serveFeed(request: Request, format: keyof typeof FEED_CONTENT_TYPES): Promise<Response> {
  await connection();
  const parsed = parseFeedFilters(new URL(request.url).searchParams);
  if (!parsed.ok) return invalidParameter(parsed.problem);
  try {
    const { scope, changes, readAt } = await getChangeFeed(parsed.value);
    if (scope.kind === "missing") {
      const what = scope.parameter === "province" ? "Pakistani province" : "published mediation track";
      return problem(404, {
        error: "not_found",
        parameter: scope.parameter,
        message: `no ${what} with id "${scope.id}"`,
      });
    }
    const feed = buildFeedDocument({ siteUrl: siteUrl(), filters: parsed.value, scope, changes, readAt });
    const body = format === "atom" ? renderAtomFeed(feed) : JSON.stringify(toJsonFeed(feed));
    return new Response(body, {
      headers: {
        "Content-Type": FEED_CONTENT_TYPES[format],
        "Cache-Control": CACHE_OK,
        Link: `<${LICENCE_URL}>; rel="license"`,
      },
    });
  } catch (err) {
    unstable_rethrow(err); // Next's own control-flow errors are not ours to swallow
    console.error("[feeds] request failed", err);
    return internalError();
  }
}
