// Authorization is decided here, in the data layer, for every read of non-public data and every
// write. Pages, server actions and API routes get the viewer from the session (lib/auth/viewer.ts)
// and pass it down; proxy.ts only redirects for convenience and is never the guard.
import type { Role } from "../db/generated/client";
import { hasRole } from "./roles";

export type Viewer = { userId: string; email: string; name: string; role: Role; sessionId: string };

export class AccessDenied extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in to continue." : "Your role does not allow this.");
    this.name = "AccessDenied";
  }
}

/** Throws AccessDenied(401) without a viewer, AccessDenied(403) below the role; returns the viewer. */
export function assertRole(viewer: Viewer | null, atLeast: Role): Viewer {
  if (!viewer) throw new AccessDenied(401);
  if (!hasRole(viewer.role, atLeast)) throw new AccessDenied(403);
  return viewer;
}
