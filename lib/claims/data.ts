import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { isoDay, optionalIsoDay } from "../dates";
import { getDb } from "../db";
import { groupLedger, listClaimsInScope } from "./claim-queries";
import type { ClaimScope } from "./scope";

/** The ledger is the scope's claims grouped: built from the cached claims below, so a page that
 *  shows both the ledger and its sources reads the claims from the database once. */
export async function getClaimsLedger(scope: ClaimScope) {
  "use cache";
  cacheTag(CACHE_TAGS.claims);
  cacheLife("record");
  return groupLedger(await getClaimsInScope(scope));
}

export async function getClaimsInScope(scope: ClaimScope) {
  "use cache";
  cacheTag(CACHE_TAGS.claims);
  cacheLife("record");
  return listClaimsInScope(getDb(), scope);
}

/** Scopes a reader can pick: episodes, and incidents that have claims, newest first. */
export async function getClaimScopes() {
  "use cache";
  cacheTag(CACHE_TAGS.claims, CACHE_TAGS.incidents);
  cacheLife("record");
  const db = getDb();
  const [episodes, incidents] = await Promise.all([
    db.episode.findMany({
      where: { claims: { some: { published: true } } },
      orderBy: { startsOn: "desc" },
      select: { id: true, name: true, startsOn: true, endsOn: true },
    }),
    db.incident.findMany({
      where: { published: true, claims: { some: { published: true } } },
      orderBy: { occurredOn: "desc" },
      select: { id: true, title: true, occurredOn: true },
    }),
  ]);
  return {
    episodes: episodes.map((e) => ({
      id: e.id,
      name: e.name,
      startsOn: isoDay(e.startsOn),
      endsOn: optionalIsoDay(e.endsOn),
    })),
    incidents: incidents.map((i) => ({ id: i.id, title: i.title, occurredOn: isoDay(i.occurredOn) })),
  };
}

/** The scopes whose ledgers are prerendered (each episode's; a month when there is none, as a
 *  route with params must prerender one): /casualties/<scope> and /embed/casualties/<scope>. */
export async function prerenderedScopeParams(): Promise<{ scope: string }[]> {
  const { episodes } = await getClaimScopes();
  return episodes.length
    ? episodes.map((episode) => ({ scope: `episode:${episode.id}` }))
    : [{ scope: "month:2026-03" }];
}
