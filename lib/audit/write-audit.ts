// Every write records who changed what, before and after, in the same transaction as the change,
// so the log can never disagree with the data (a rolled-back write leaves no audit row either).
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/create-client";

export type AuditAction =
  | "create"
  | "update"
  | "delete"
  | "publish"
  | "unpublish"
  | "seed"
  | "ingest"
  | "accept"
  | "merge"
  | "reject"
  | "sign-in"
  | "revoke-session"
  | "role-change"
  | "disable";

export type AuditEntry = {
  userId: string | null; // null: the system (seed, scheduled refresh)
  action: AuditAction;
  entityType: string; // Prisma model name, e.g. "Incident"
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// Dates, Decimals and BigInts become JSON-safe values; undefined stays absent.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

export async function writeAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
