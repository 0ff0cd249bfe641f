// The audited form of a period count (before/after in the audit log; conflicts are computed from it).
import { isoDay } from "../dates";
import type { DbTx } from "../db/create-client";

export async function snapshotPeriodCount(tx: DbTx, id: string) {
  const c = await tx.periodCount.findUnique({ where: { id } });
  if (!c) return null;
  return {
    id: c.id,
    counterId: c.counterId,
    periodKind: c.periodKind,
    periodStart: isoDay(c.periodStart),
    periodEnd: isoDay(c.periodEnd),
    periodApproximate: c.periodApproximate,
    metric: c.metric,
    violence: c.violence,
    group: c.group,
    region: c.region,
    area: c.area,
    term: c.term,
    valueLow: c.valueLow,
    valueHigh: c.valueHigh,
    qualifier: c.qualifier,
    documentId: c.documentId,
    quote: c.quote,
    lowConfidence: c.lowConfidence,
    note: c.note,
    revisesId: c.revisesId,
    published: c.published,
    version: c.version,
  };
}

export type PeriodCountSnapshot = NonNullable<Awaited<ReturnType<typeof snapshotPeriodCount>>>;
