// Admin reads of claims, drafts included: staff only (assertRole), never cached.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import { snapshotClaim } from "./claim-snapshot";

export async function listClaimsForAdmin(
  db: Db,
  viewer: Viewer | null,
  opts: { status?: "all" | "draft" | "published"; incidentId?: string; take?: number } = {},
) {
  assertRole(viewer, "VIEWER");
  return db.claim.findMany({
    where: {
      ...(opts.status === "draft" ? { published: false } : opts.status === "published" ? { published: true } : {}),
      ...(opts.incidentId ? { incidentId: opts.incidentId } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: Math.min(opts.take ?? 100, 500),
    select: {
      id: true,
      subject: true,
      metric: true,
      valueLow: true,
      valueHigh: true,
      qualifier: true,
      madeOn: true,
      published: true,
      version: true,
      revisesId: true,
      claimant: { select: { name: true } },
      incident: { select: { id: true, title: true } },
      episode: { select: { name: true } },
      revisedBy: { select: { id: true } },
    },
  });
}

export async function getClaimForEdit(db: Db, viewer: Viewer | null, id: string) {
  assertRole(viewer, "VIEWER");
  return snapshotClaim(db, id);
}

/** Claims a new claim may revise: latest of their chain (not yet revised). */
export async function listRevisableClaims(db: Db, viewer: Viewer | null, scope: { incidentId?: string }) {
  assertRole(viewer, "VIEWER");
  return db.claim.findMany({
    where: { revisedBy: null, ...(scope.incidentId ? { incidentId: scope.incidentId } : {}) },
    orderBy: [{ madeOn: "desc" }, { id: "asc" }],
    take: 300,
    select: {
      id: true,
      subject: true,
      metric: true,
      valueLow: true,
      valueHigh: true,
      qualifier: true,
      madeOn: true,
      published: true,
      claimant: { select: { name: true } },
      incident: { select: { title: true } },
    },
  });
}
