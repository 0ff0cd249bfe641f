// Reading the audit log: one record's history, and the recent log. Both are for signed-in staff
// (viewer and up); the data layer checks it, whatever the page does.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";

export type AuditEntryRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  at: string;
  userName: string | null;
  userEmail: string | null;
  before: unknown;
  after: unknown;
};

const select = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  createdAt: true,
  before: true,
  after: true,
  user: { select: { name: true, email: true } },
} as const;

type Row = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  createdAt: Date;
  before: unknown;
  after: unknown;
  user: { name: string; email: string } | null;
};
const toEntry = (r: Row): AuditEntryRow => ({
  id: r.id,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  at: r.createdAt.toISOString(),
  userName: r.user?.name ?? null,
  userEmail: r.user?.email ?? null,
  before: r.before,
  after: r.after,
});

/** Every change to one record, newest first. */
export async function listRecordHistory(
  db: Db,
  viewer: Viewer | null,
  entityType: string,
  entityId: string,
): Promise<AuditEntryRow[]> {
  assertRole(viewer, "VIEWER");
  const rows = await db.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select,
  });
  return rows.map(toEntry);
}

/** The latest changes across the record, newest first. */
export async function listRecentAudit(
  db: Db,
  viewer: Viewer | null,
  opts: { limit?: number; entityType?: string } = {},
): Promise<AuditEntryRow[]> {
  assertRole(viewer, "VIEWER");
  const rows = await db.auditLog.findMany({
    where: opts.entityType ? { entityType: opts.entityType } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(opts.limit ?? 100, 500),
    select,
  });
  return rows.map(toEntry);
}

/** Fields whose values differ between an entry's before and after (for the history view). */
export function changedFields(
  entry: Pick<AuditEntryRow, "before" | "after">,
): { field: string; before: unknown; after: unknown }[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== "version" && k !== "id",
  );
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

export type AuditedEntity = "Incident" | "Claim" | "PeriodCount" | "Document" | "Source" | "Actor" | "Place";

/** A short name for a record in history headings; null when it does not exist. */
export async function describeRecord(
  db: Db,
  viewer: Viewer | null,
  entityType: AuditedEntity,
  id: string,
): Promise<string | null> {
  assertRole(viewer, "VIEWER");
  switch (entityType) {
    case "Incident":
      return (await db.incident.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
    case "Claim": {
      const c = await db.claim.findUnique({
        where: { id },
        select: { subject: true, metric: true, valueLow: true, valueHigh: true, claimant: { select: { name: true } } },
      });
      return c
        ? `${c.claimant.name}: ${c.subject.toLowerCase().replace(/_/g, " ")} ${c.metric.toLowerCase()} ${c.valueLow === c.valueHigh ? c.valueLow : `${c.valueLow}–${c.valueHigh}`}`
        : null;
    }
    case "PeriodCount": {
      const c = await db.periodCount.findUnique({
        where: { id },
        select: {
          periodStart: true,
          periodEnd: true,
          metric: true,
          region: true,
          valueLow: true,
          valueHigh: true,
          counter: { select: { name: true, shortName: true } },
        },
      });
      if (!c) return null;
      const words = (code: string) => code.toLowerCase().replace(/_/g, " ");
      const period = `${c.periodStart.toISOString().slice(0, 10)} to ${c.periodEnd.toISOString().slice(0, 10)}`;
      const figure = c.valueLow === c.valueHigh ? c.valueLow : `${c.valueLow}–${c.valueHigh}`;
      return `${c.counter.shortName ?? c.counter.name}, ${period}: ${words(c.metric)} ${figure} (${words(c.region)})`;
    }
    case "Document":
      return (await db.document.findUnique({ where: { id }, select: { title: true } }))?.title ?? null;
    case "Source":
      return (await db.source.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "Actor":
      return (await db.actor.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "Place":
      return (await db.place.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
  }
}
