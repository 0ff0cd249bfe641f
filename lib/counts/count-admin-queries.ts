// Admin reads of period counts, drafts included: staff only (assertRole), never cached.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import { snapshotPeriodCount } from "./count-snapshot";

export async function listPeriodCountsForAdmin(
  db: Db,
  viewer: Viewer | null,
  opts: { status?: "all" | "draft" | "published"; counterId?: string; take?: number } = {},
) {
  assertRole(viewer, "VIEWER");
  return db.periodCount.findMany({
    where: {
      ...(opts.status === "draft" ? { published: false } : opts.status === "published" ? { published: true } : {}),
      ...(opts.counterId ? { counterId: opts.counterId } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: Math.min(opts.take ?? 100, 500),
    select: {
      id: true,
      periodKind: true,
      periodStart: true,
      periodEnd: true,
      periodApproximate: true,
      metric: true,
      violence: true,
      group: true,
      region: true,
      term: true,
      valueLow: true,
      valueHigh: true,
      qualifier: true,
      published: true,
      version: true,
      revisesId: true,
      counter: { select: { name: true, shortName: true } },
      revisedBy: { select: { id: true } },
    },
  });
}

/** The count as the edit form needs it, and the later count that revises it (if any). */
export async function getPeriodCountForEdit(db: Db, viewer: Viewer | null, id: string) {
  assertRole(viewer, "VIEWER");
  const snapshot = await snapshotPeriodCount(db, id);
  if (!snapshot) return null;
  const revisedBy = await db.periodCount.findUnique({ where: { revisesId: id }, select: { id: true } });
  return { ...snapshot, revisedById: revisedBy?.id ?? null };
}

/** Counts a new count may revise: the latest of their chain (not yet revised). */
export async function listRevisableCounts(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "VIEWER");
  return db.periodCount.findMany({
    where: { revisedBy: null },
    orderBy: [{ periodStart: "desc" }, { counterId: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      periodKind: true,
      periodStart: true,
      periodEnd: true,
      metric: true,
      violence: true,
      group: true,
      region: true,
      valueLow: true,
      valueHigh: true,
      qualifier: true,
      published: true,
      counter: { select: { name: true, shortName: true } },
    },
  });
}
