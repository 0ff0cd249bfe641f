// Admin reads of incidents, drafts included: staff only (assertRole), never cached.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import { snapshotIncident } from "./incident-snapshot";

export type PublishedFilter = "all" | "draft" | "published";

export async function listIncidentsForAdmin(
  db: Db,
  viewer: Viewer | null,
  opts: { status?: PublishedFilter; q?: string; take?: number } = {},
) {
  assertRole(viewer, "VIEWER");
  return db.incident.findMany({
    where: {
      ...(opts.status === "draft" ? { published: false } : opts.status === "published" ? { published: true } : {}),
      ...(opts.q ? { title: { contains: opts.q, mode: "insensitive" as const } } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: Math.min(opts.take ?? 100, 500),
    select: {
      id: true,
      title: true,
      occurredOn: true,
      country: true,
      published: true,
      version: true,
      updatedAt: true,
      _count: { select: { citations: true, claims: true } },
    },
  });
}

/** An incident as its edit form loads it (the audited snapshot, with its version). */
export async function getIncidentForEdit(db: Db, viewer: Viewer | null, id: string) {
  assertRole(viewer, "VIEWER");
  return snapshotIncident(db, id);
}
