// The claims ledger: what each claimant said about each subject, side by side. Figures are never
// added across claimants; revisions are returned as an ordered history ending in the latest.
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import { groupBy } from "../group-by";
import type { ClaimScope } from "./scope";

export type LedgerClaim = {
  id: string;
  claimantId: string;
  claimantName: string;
  claimantSide: string;
  statedBy: string | null;
  subject: string;
  metric: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
  stance: string;
  madeOn: string;
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  quote: string;
  quoteKind: string;
  /** Further documents reporting the same statement, each with its own quote. */
  citations: ClaimCitationRow[];
  revisesId: string | null;
  chainId: string;
};

export type ClaimCitationRow = {
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  quote: string;
  quoteKind: string;
};

export type ClaimantFigure = { latest: LedgerClaim; history: LedgerClaim[] };
export type LedgerGroup = { subject: string; metric: string; claimants: ClaimantFigure[] };

function scopeWhere(scope: ClaimScope): Prisma.Sql {
  switch (scope.kind) {
    case "incident":
      return Prisma.sql`c."incidentId" = ${scope.incidentId}`;
    case "episode":
      return Prisma.sql`c."episodeId" = ${scope.episodeId}`;
    case "period":
      // A claim belongs to a period when its own scope (incident date, episode or period) lies in it.
      return Prisma.sql`(
        (c."periodStart" >= ${scope.from}::date AND c."periodEnd" <= ${scope.to}::date)
        OR EXISTS (SELECT 1 FROM "Incident" i WHERE i."id" = c."incidentId" AND i."occurredOn" BETWEEN ${scope.from}::date AND ${scope.to}::date)
        OR EXISTS (SELECT 1 FROM "Episode" e WHERE e."id" = c."episodeId" AND e."startsOn" >= ${scope.from}::date AND COALESCE(e."endsOn", e."startsOn") <= ${scope.to}::date))`;
  }
}

/** All published claims in a scope with the id of the revision chain each belongs to. The chain id
 *  is stored on every claim (a trigger sets it on insert), so no recursive walk over all claims. */
export async function listClaimsInScope(db: Db, scope: ClaimScope): Promise<LedgerClaim[]> {
  return db.$queryRaw<LedgerClaim[]>`
    SELECT c."id", c."claimantId" AS "claimantId", a."name" AS "claimantName", a."side"::text AS "claimantSide",
           c."statedBy" AS "statedBy", c."subject"::text AS subject, c."metric"::text AS metric,
           c."valueLow" AS "valueLow", c."valueHigh" AS "valueHigh", c."qualifier"::text AS qualifier,
           c."stance"::text AS stance, to_char(c."madeOn", 'YYYY-MM-DD') AS "madeOn",
           c."documentId" AS "documentId", d."title" AS "documentTitle", d."url" AS "documentUrl",
           c."quote", c."quoteKind"::text AS "quoteKind", c."revisesId" AS "revisesId", c."chainId" AS "chainId",
           COALESCE((SELECT json_agg(json_build_object('documentId', x."documentId", 'documentTitle', xd."title",
                                       'documentUrl', xd."url", 'quote', x."quote", 'quoteKind', x."quoteKind")
                             ORDER BY xd."publishedOn" NULLS LAST, x."documentId")
                     FROM "ClaimCitation" x JOIN "Document" xd ON xd."id" = x."documentId"
                     WHERE x."claimId" = c."id"), '[]'::json) AS citations
    FROM "Claim" c
    JOIN "Actor" a ON a."id" = c."claimantId"
    JOIN "Document" d ON d."id" = c."documentId"
    WHERE c."published" = true AND ${scopeWhere(scope)}
      -- a published claim about a draft incident stays out of public view until the incident is published
      AND (c."incidentId" IS NULL OR EXISTS (SELECT 1 FROM "Incident" pi WHERE pi."id" = c."incidentId" AND pi."published"))
    ORDER BY c."subject", c."metric", a."side", a."name", c."madeOn", c."createdAt"`;
}

/** Groups by subject and metric; within each, one entry per claimant chain (latest + history). */
export function groupLedger(claims: LedgerClaim[]): LedgerGroup[] {
  const groups = new Map<string, LedgerGroup>();
  const chains = groupBy(claims, (c) => c.chainId);
  for (const history of chains.values()) {
    const latest = history[history.length - 1]!;
    const key = `${latest.subject}/${latest.metric}`;
    const group = groups.get(key) ?? { subject: latest.subject, metric: latest.metric, claimants: [] };
    group.claimants.push({ latest, history });
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function compareClaims(db: Db, scope: ClaimScope): Promise<LedgerGroup[]> {
  return groupLedger(await listClaimsInScope(db, scope));
}
