import type { CacheTag } from "@/lib/cache-tags";
import { getEnv } from "@/lib/env";
import { isAuthorizedCronRequest } from "@/lib/ingest/cron-auth";
import { expireTags } from "@/lib/expire-tags";
import { revalidateRequestSchema } from "@/lib/ingest/revalidate-request";

// POST /api/cron/revalidate { tags: [...] } — lets `npm run refresh`, which writes to the database
// from outside this server, expire the cache tags its run changed. Same bearer secret as the cron
// route; only the tag names of lib/cache-tags.ts are accepted.

const noStore = { "cache-control": "no-store" };

export async function POST(request: Request): Promise<Response> {
  if (!isAuthorizedCronRequest(request.headers.get("authorization"), getEnv().CRON_SECRET)) {
    return Response.json({ error: "unauthorized" }, { status: 401, headers: { ...noStore, "www-authenticate": "Bearer" } });
  }
  const parsed = revalidateRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ error: "invalid body", issues: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`) }, { status: 400, headers: noStore });
  }
  const tags = parsed.data.tags as CacheTag[];
  expireTags(tags);
  return Response.json({ revalidated: tags }, { status: 200, headers: noStore });
}
