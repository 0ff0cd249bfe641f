// The review queue's decisions. Each one runs in one transaction with an audit row per item; a bulk
// decision is all-or-nothing: if any selected item changed or was decided since the reviewer loaded
// the page, nothing is written and the stale items are named.
import { WriteRejected, fail, parseInput, type WriteFailure } from "../writes/write-result";
import { settle } from "../writes/versioned";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { ReviewStatus } from "../db/generated/client";
import type { DbTx } from "../db/create-client";
import { mergeItemsInput, rejectItemsInput } from "./review-input";

export type ReviewResult = { ok: true; ids: string[] } | (WriteFailure & { staleItemIds?: string[] });

const SNAPSHOT = {
  id: true,
  status: true,
  version: true,
  decisionReason: true,
  decidedById: true,
  incidentId: true,
  periodCountId: true,
  title: true,
} as const;

/**
 * Marks a PENDING item accepted as `incidentId`, inside the caller's transaction (the incident
 * create of the admin form), so the queue and the record never disagree. Any other state throws
 * WriteRejected (the caller's transaction rolls back) with a message for the form.
 */
export function markItemAccepted(tx: DbTx, viewer: Viewer | null, itemId: string, incidentId: string): Promise<void> {
  return acceptItem(tx, viewer, itemId, { incidentId }, "incident");
}

/** The same for an item accepted as a period count (a counter's published figure it reports). */
export function markItemAcceptedAsCount(
  tx: DbTx,
  viewer: Viewer | null,
  itemId: string,
  periodCountId: string,
): Promise<void> {
  return acceptItem(tx, viewer, itemId, { periodCountId }, "count");
}

async function acceptItem(
  tx: DbTx,
  viewer: Viewer | null,
  itemId: string,
  record: { incidentId: string } | { periodCountId: string },
  noun: string,
): Promise<void> {
  const user = assertRole(viewer, "EDITOR");
  const before = await tx.ingestedItem.findUnique({ where: { id: itemId }, select: SNAPSHOT });
  if (!before)
    throw new WriteRejected(
      fail(
        { fromItem: ["This review item no longer exists."] },
        `The review item this ${noun} was made from no longer exists; nothing was saved.`,
      ),
    );
  const { count } = await tx.ingestedItem.updateMany({
    where: { id: itemId, status: "PENDING" },
    data: {
      status: "ACCEPTED",
      ...record,
      decidedById: user.userId,
      decidedAt: new Date(),
      decisionReason: null,
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    const message = `This review item was already ${before.status.toLowerCase()}; nothing was saved. Open the queue to see its decision.`;
    throw new WriteRejected(fail({ fromItem: [message] }, message));
  }
  const after = await tx.ingestedItem.findUniqueOrThrow({ where: { id: itemId }, select: SNAPSHOT });
  await writeAudit(tx, {
    userId: user.userId,
    action: "accept",
    entityType: "IngestedItem",
    entityId: itemId,
    before,
    after,
  });
}

async function decide(
  db: Db,
  user: Viewer,
  sel: { itemIds: string[]; versions: Record<string, number> },
  decision: { status: Extract<ReviewStatus, "MERGED" | "REJECTED">; reason: string | null; incidentId: string | null },
): Promise<ReviewResult> {
  const ids = [...new Set(sel.itemIds)];
  const outcome = await settle(() =>
    db.$transaction(async (tx) => {
      const rows = await tx.ingestedItem.findMany({ where: { id: { in: ids } }, select: SNAPSHOT });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const stale = ids.filter((id) => {
        const r = byId.get(id);
        return !r || r.status !== "PENDING" || r.version !== sel.versions[id];
      });
      if (stale.length) throw new WriteRejected(staleFailure(stale, byId));
      const decidedAt = new Date();
      for (const id of ids) {
        const { count } = await tx.ingestedItem.updateMany({
          where: { id, status: "PENDING", version: sel.versions[id] },
          data: {
            status: decision.status,
            decisionReason: decision.reason,
            incidentId: decision.incidentId,
            decidedById: user.userId,
            decidedAt,
            version: { increment: 1 },
          },
        });
        if (count === 0) throw new WriteRejected(staleFailure([id], byId));
        const after = await tx.ingestedItem.findUniqueOrThrow({ where: { id }, select: SNAPSHOT });
        await writeAudit(tx, {
          userId: user.userId,
          action: decision.status === "MERGED" ? "merge" : "reject",
          entityType: "IngestedItem",
          entityId: id,
          before: byId.get(id),
          after,
        });
      }
      return { ok: true as const, ids };
    }),
  );
  return outcome;
}

function staleFailure(
  stale: string[],
  byId: Map<string, { status: ReviewStatus; title: string }>,
): WriteFailure & { staleItemIds: string[] } {
  const names = stale.map((id) => {
    const r = byId.get(id);
    return r ? `“${r.title}” (now ${r.status.toLowerCase()})` : `${id} (no longer exists)`;
  });
  return {
    ...fail(
      { itemIds: [`Changed since you loaded the page: ${names.join("; ")}.`] },
      `${stale.length === 1 ? "One selected item" : `${stale.length} selected items`} changed since you loaded the page, so nothing was saved: ${names.join("; ")}. Reload and decide again.`,
    ),
    kind: "conflict",
    staleItemIds: stale,
  };
}

/** Rejects the items with a reason (required), all or none. */
export async function rejectItems(
  db: Db,
  viewer: Viewer | null,
  itemIds: string[],
  reason: string,
  expectedVersions: Record<string, number>,
): Promise<ReviewResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(rejectItemsInput, { itemIds, reason, versions: expectedVersions });
  if (!input.ok) return input;
  return decide(db, user, input.data, { status: "REJECTED", reason: input.data.reason, incidentId: null });
}

/** Marks the items as merged into an existing incident (their material is already on record), all or none. */
export async function mergeItems(
  db: Db,
  viewer: Viewer | null,
  itemIds: string[],
  incidentId: string,
  expectedVersions: Record<string, number>,
): Promise<ReviewResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(mergeItemsInput, { itemIds, incidentId, versions: expectedVersions });
  if (!input.ok) return input;
  const incident = await db.incident.findUnique({ where: { id: input.data.incidentId }, select: { id: true } });
  if (!incident)
    return fail(
      { incidentId: ["No incident with this id."] },
      "Choose an existing incident to merge into; nothing was saved.",
    );
  return decide(db, user, input.data, { status: "MERGED", reason: null, incidentId: incident.id });
}
