import type { CacheTag } from "@/lib/cache-tags";
import { revalidateRequestSchema } from "@/lib/cron/revalidate-request";
import { withCron } from "@/lib/cron/with-cron";
import { expireTags } from "@/lib/expire-tags";

// POST /api/cron/revalidate { tags: [...] } — lets `npm run refresh`, which writes to the database
// from outside this server, expire the cache tags its run changed. Same bearer secret as the cron
// route (withCron); only the tag names of lib/cache-tags.ts are accepted.

export const POST = withCron(async (request) => {
  const parsed = revalidateRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
    return Response.json({ error: "invalid body", issues }, { status: 400 });
  }
  const tags = parsed.data.tags as CacheTag[];
  expireTags(tags);
  return Response.json({ revalidated: tags }, { status: 200 });
});
