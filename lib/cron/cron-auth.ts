// Who may start a refresh or ask for cache invalidation: a caller that sends
// `Authorization: Bearer $CRON_SECRET` (Vercel Cron sends exactly that). Both sides are hashed
// first so the comparison takes the same time whatever the header's length or content. The cron
// routes apply it through withCron (with-cron.ts).
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** False when the secret is unset: the routes then refuse every call. */
export function isAuthorizedCronRequest(authorization: string | null, secret: string | undefined): boolean {
  if (!secret) return false;
  return timingSafeEqual(digest(authorization ?? ""), digest(`Bearer ${secret}`));
}
