import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { CACHE_TAGS } from "../cache-tags";
import { getDataVersion } from "../share/version";
import { attacksCard } from "./cards/attacks-card";
import { claimsCard } from "./cards/claims-card";
import type { CardContext } from "./cards/context";
import { countsCard } from "./cards/counts-card";
import { incidentCard } from "./cards/incident-card";
import { mediationCard } from "./cards/mediation-card";
import { methodologyCard } from "./cards/methodology-card";
import { overviewCard } from "./cards/overview-card";
import { loadCardFonts } from "./fonts";
import { CARD, makeFit } from "./layout";
import type { CardRequest, ParsedCard } from "./requests";

type Builder = (args: never, ctx: CardContext) => Promise<ReactElement | null>;
const BUILDERS: Record<CardRequest["kind"], Builder> = {
  overview: overviewCard,
  attacks: attacksCard,
  claims: claimsCard,
  incident: incidentCard,
  mediation: mediationCard,
  methodology: methodologyCard,
  counts: countsCard,
};

/** The card's PNG bytes, or null when what it is about does not exist. Rendering (Satori + Resvg)
 *  costs tens of milliseconds, so the bytes themselves are cached, keyed by the request and the
 *  data version, and dropped by the same tags as the data they show. */
async function renderCardPng(req: CardRequest, version: string): Promise<Uint8Array | null> {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims, CACHE_TAGS.mediation, CACHE_TAGS.counts, CACHE_TAGS.refresh);
  cacheLife("max");
  void version; // part of the cache key only
  const [{ fonts, covered }, { updatedOn }] = await Promise.all([loadCardFonts(), getDataVersion()]);
  const element = await (BUILDERS[req.kind] as (a: unknown, c: CardContext) => Promise<ReactElement | null>)(req.args, {
    fit: makeFit(covered),
    updated: updatedOn,
  });
  if (!element) return null;
  const image = new ImageResponse(element, { width: CARD.width, height: CARD.height, fonts });
  return new Uint8Array(await image.arrayBuffer());
}

const json = (status: number, body: object) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** Answers a card request: 400 for malformed parameters, 404 for an unknown record, else the PNG.
 *  A URL carrying the current data version (and, for cards about "now", its day) never changes
 *  content, so shared caches keep it for a year; any other URL only briefly. */
export async function serveCard(parsed: ParsedCard): Promise<Response> {
  if (!parsed.ok)
    return json(400, { error: `invalid parameter “${parsed.param}”: ${parsed.message}`, param: parsed.param });
  const { version } = await getDataVersion();
  const png = await renderCardPng(parsed.req, version);
  if (!png) return json(404, { error: "not found" });
  const immutable = parsed.requestedVersion === version && parsed.pinned;
  return new Response(png as BodyInit, {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.byteLength),
      "Cache-Control": immutable
        ? "public, max-age=31536000, s-maxage=31536000, immutable"
        : "public, max-age=0, s-maxage=300",
      "X-Data-Version": version,
    },
  });
}
