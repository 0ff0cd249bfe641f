// The feeds admin page: every source with its settings and whether its credential variable is
// set in this server's environment. The value itself never leaves this function.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";

export async function listFeedSourcesForAdmin(
  db: Db,
  viewer: Viewer | null,
  env: Record<string, string | undefined> = process.env,
) {
  assertRole(viewer, "ADMIN");
  const rows = await db.feedSource.findMany({ orderBy: [{ enabled: "desc" }, { name: "asc" }] });
  return rows.map((s) => ({
    id: s.id,
    slug: s.slug,
    name: s.name,
    kind: s.kind,
    url: s.url,
    enabled: s.enabled,
    autoPublish: s.autoPublish,
    credentialEnv: s.credentialEnv,
    credentialSet: s.credentialEnv ? Boolean(env[s.credentialEnv]) : null,
    lastSuccessAt: s.lastSuccessAt?.toISOString() ?? null,
    lastAttemptAt: s.lastAttemptAt?.toISOString() ?? null,
    lastError: s.lastError,
  }));
}

export type AdminFeedSource = Awaited<ReturnType<typeof listFeedSourcesForAdmin>>[number];
