// Who is asking: the signed-in user of this request, read from the database session on every call
// (no cookie cache), so a deleted session or a disabled user stops working on the next request.
// Reads request headers: call it inside <Suspense> (pages) or in a server action / route handler.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "../db/generated/client";
import { ADMIN_PATH_HEADER, loginPath } from "./admin-path";
import { getAuth } from "./auth";
import type { Viewer } from "../access/authorize";
import { roleSchema } from "../access/role-schema";
import { hasRole } from "../access/roles";

/** The viewer of this request, or null (no session, expired or revoked session, disabled user). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Request headers first: during prerendering this is where rendering stops (nothing to cache).
  const requestHeaders = await headers();
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result) return null;
  const { user, session } = result;
  const role = roleSchema.safeParse(user.role);
  if (user.disabledAt || !role.success) return null;
  return { userId: user.id, email: user.email, name: user.name, role: role.data, sessionId: session.id };
});

/**
 * For admin pages (inside <Suspense>): no session → the login page; a lower role → the 403 page.
 * The data layer checks the role again (assertRole); this only decides what the page shows.
 */
export async function requirePageViewer(atLeast: Role): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const path = (await headers()).get(ADMIN_PATH_HEADER);
    redirect(loginPath(path ?? "/admin"));
  }
  if (!hasRole(viewer.role, atLeast)) redirect(`/admin/forbidden?need=${atLeast}`);
  return viewer;
}
