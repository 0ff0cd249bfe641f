// What a feed's province or track is, by name, or which of the two names nothing public. Takes the
// client, like every *-queries.ts.
import { listLatestChanges } from "../changes/change-queries";
import { CHANGE_KINDS } from "../changes/change-types";
import type { Db } from "../db/create-client";
import { FEED_LIMIT, type FeedScope } from "./feed-document";
import type { FeedFilters } from "./feed-filters";

export type FeedScopeLookup = FeedScope | { kind: "missing"; parameter: "province" | "track"; id: string };

export async function findFeedScope(db: Db, filters: FeedFilters): Promise<FeedScopeLookup> {
  if (filters.province !== undefined) {
    // A Pakistani province as /attacks filters them (prisma/schema.prisma Place, level PROVINCE).
    const place = await db.place.findFirst({
      where: { id: filters.province, level: "PROVINCE", country: "PAK" },
      select: { id: true, name: true },
    });
    return place
      ? { kind: "province", id: place.id, name: place.name }
      : { kind: "missing", parameter: "province", id: filters.province };
  }
  if (filters.track !== undefined) {
    const track = await db.mediationTrack.findFirst({
      where: { id: filters.track, published: true },
      select: { id: true, name: true },
    });
    return track
      ? { kind: "track", id: track.id, name: track.name }
      : { kind: "missing", parameter: "track", id: filters.track };
  }
  return { kind: "record" };
}

/** A feed's scope and its latest changes (no changes when the scope names nothing public).
 *  `readAt` is when they were read: the `updated` of a feed without entries. */
export async function readChangeFeed(db: Db, filters: FeedFilters) {
  const scope = await findFeedScope(db, filters);
  if (scope.kind === "missing") return { scope, changes: [], readAt: new Date().toISOString() };
  const changes = await listLatestChanges(db, {
    limit: FEED_LIMIT,
    kinds: filters.kind ?? CHANGE_KINDS,
    provinceId: filters.province,
    trackId: filters.track,
  });
  return { scope, changes, readAt: new Date().toISOString() };
}
