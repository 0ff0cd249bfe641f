// The admin overview: what waits for an editor (drafts, pending review items) and the last refresh.
// Not public data, so it checks the role (viewer and up) like every other admin read.
import type { Db } from "../db/create-client";
import { assertRole, type Viewer } from "../access/authorize";

export type AdminOverview = {
  drafts: { incidents: number; claims: number; counts: number; tracks: number; ceasefires: number };
  pendingReview: number;
  lastRefresh: { startedAt: Date; status: string } | null;
};

export async function getAdminOverview(db: Db, viewer: Viewer | null): Promise<AdminOverview> {
  assertRole(viewer, "VIEWER");
  const [incidents, claims, counts, tracks, ceasefires, pendingReview, lastRun] = await Promise.all([
    db.incident.count({ where: { published: false } }),
    db.claim.count({ where: { published: false } }),
    db.periodCount.count({ where: { published: false } }),
    db.mediationTrack.count({ where: { published: false } }),
    db.ceasefire.count({ where: { published: false } }),
    db.ingestedItem.count({ where: { status: "PENDING" } }),
    db.refreshRun.findFirst({ orderBy: { startedAt: "desc" }, select: { startedAt: true, status: true } }),
  ]);
  return { drafts: { incidents, claims, counts, tracks, ceasefires }, pendingReview, lastRefresh: lastRun };
}
