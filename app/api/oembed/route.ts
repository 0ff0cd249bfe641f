import { unstable_rethrow } from "next/navigation";
import { connection } from "next/server";
import { CACHE_NONE, CACHE_OK, internalError, problem } from "@/lib/api/responses";
import { getClaimScopes } from "@/lib/claims/data";
import { readScope } from "@/lib/claims/search-params";
import { casualtiesEmbed, embedTargetOf, type EmbedSpec, type EmbedTarget } from "@/lib/embed/embed-paths";
import { oembedResponse, oembedSpecOf, readOembedQuery } from "@/lib/embed/oembed";
import { describeScope } from "@/lib/share/claim-scope-text";
import { siteUrl } from "@/lib/share/metadata";

// oEmbed for the embeds: GET /api/oembed?url=<page or embed address on this site>&format=json
// (maxwidth, maxheight optional). The address is read and matched in lib/embed/oembed.ts; here
// the database says whether a casualties scope exists and which episode /casualties opens on.

const notEmbeddable = () =>
  problem(404, { error: "not_found", parameter: "url", message: "no embed for this address on this site" });

/** The casualties embed of a scope that exists (the page's latest episode for /casualties itself). */
async function casualtiesTarget(scope: string | null): Promise<EmbedTarget | null> {
  const chosen = scope ?? (await getClaimScopes()).episodes.map((episode) => `episode:${episode.id}`)[0];
  if (!chosen) return null;
  const name = await describeScope(readScope(chosen, chosen).scope);
  return name === null ? null : casualtiesEmbed(chosen, name);
}

const targetOf = (spec: EmbedSpec) =>
  spec.kind === "casualties" ? casualtiesTarget(spec.scope) : Promise.resolve(embedTargetOf(spec, null));

export async function GET(request: Request): Promise<Response> {
  // Answered per query string, from the database: never prerendered at build.
  await connection();
  const query = readOembedQuery(new URL(request.url).searchParams);
  if (!query.ok) {
    return query.status === 501
      ? Response.json(
          { error: "not_implemented", parameter: query.parameter, message: query.message },
          { status: 501, headers: { "Cache-Control": CACHE_NONE } },
        )
      : problem(400, { error: "invalid_parameter", parameter: query.parameter, message: query.message });
  }
  const site = siteUrl();
  const spec = oembedSpecOf(query.value.url, site);
  if (!spec) return notEmbeddable();
  try {
    const target = await targetOf(spec);
    if (!target) return notEmbeddable();
    return Response.json(oembedResponse(target, site, query.value), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE_OK },
    });
  } catch (error) {
    unstable_rethrow(error);
    console.error("[oembed] request failed", error);
    return internalError();
  }
}
