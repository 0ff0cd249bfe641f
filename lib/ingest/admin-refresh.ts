// "Run refresh now" from the admin area: the same job as the cron route (runRefresh), admins only,
// recorded with who started it. The caller (a server action) invalidates the returned tags.
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS, type CacheTag } from "../cache-tags";
import type { Db } from "../db/create-client";
import { runRefresh, type RefreshResult } from "./run-refresh";

/** Long enough for a few pages of every source; the admin waits for the answer. */
export const ADMIN_REFRESH_BUDGET_MS = 120_000;

export async function runAdminRefresh(
  db: Db,
  viewer: Viewer | null,
  budgetMs = ADMIN_REFRESH_BUDGET_MS,
): Promise<{ result: RefreshResult; tags: CacheTag[] }> {
  const user = assertRole(viewer, "ADMIN");
  const result = await runRefresh(db, { trigger: "ADMIN", userId: user.userId, budgetMs });
  return { result, tags: result.ok ? [...new Set([...result.summary.changedTags, CACHE_TAGS.refresh])] : [] };
}
