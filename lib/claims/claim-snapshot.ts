// The audited form of a claim (before/after in the audit log; conflicts are computed from it).
import { isoDay, optionalIsoDay } from "../dates";
import type { DbTx } from "../db/create-client";

export async function snapshotClaim(tx: DbTx, id: string) {
  const c = await tx.claim.findUnique({ where: { id } });
  if (!c) return null;
  return {
    id: c.id,
    claimantId: c.claimantId,
    statedBy: c.statedBy,
    subject: c.subject,
    metric: c.metric,
    valueLow: c.valueLow,
    valueHigh: c.valueHigh,
    qualifier: c.qualifier,
    stance: c.stance,
    incidentId: c.incidentId,
    episodeId: c.episodeId,
    periodStart: optionalIsoDay(c.periodStart),
    periodEnd: optionalIsoDay(c.periodEnd),
    madeOn: isoDay(c.madeOn),
    madeOnPrecision: c.madeOnPrecision,
    documentId: c.documentId,
    quote: c.quote,
    note: c.note,
    revisesId: c.revisesId,
    published: c.published,
    version: c.version,
  };
}

export type ClaimSnapshot = NonNullable<Awaited<ReturnType<typeof snapshotClaim>>>;
