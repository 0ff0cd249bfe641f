// Writes one review-queue item (RSS, ReliefWeb, ACLED) by (feedSourceId, externalId). An edited
// item is updated in place while it waits; once an editor decided on it, it is left alone.
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/create-client";
import type { UpsertOutcome } from "./types";
import { suggestionsSchema } from "./extract";
import { z } from "zod";

/** The `data` of a NormalizedItem bound for the review queue. */
export const reviewItemDataSchema = z.object({
  url: z.string().nullable(),
  title: z.string().min(1).max(1000),
  publishedAt: z.iso.datetime().nullable(),
  body: z.string().max(200_000).nullable(),
  suggestions: suggestionsSchema.nullable(),
  raw: z.record(z.string(), z.unknown()),
});
export type ReviewItemData = z.infer<typeof reviewItemDataSchema>;

const UNCHANGED: UpsertOutcome = { outcome: "unchanged", changedTags: [] };

/** A stored item a new fetch leaves alone: same content, or an editor already decided on it.
 *  The one rule, shared with the run's bulk check (unchanged-items.ts). */
export function isReviewItemSettled(stored: { contentHash: string; status: string }, contentHash: string): boolean {
  return stored.contentHash === contentHash || stored.status !== "PENDING";
}

export async function upsertReviewItem(
  tx: DbTx,
  feedSourceId: string,
  item: { externalId: string; contentHash: string; data: unknown },
): Promise<UpsertOutcome> {
  const data = reviewItemDataSchema.parse(item.data);
  const fields = {
    contentHash: item.contentHash,
    url: data.url,
    title: data.title,
    publishedAt: data.publishedAt ? new Date(data.publishedAt) : null,
    body: data.body,
    suggestions: data.suggestions === null ? undefined : (data.suggestions as Prisma.InputJsonValue),
    raw: data.raw as Prisma.InputJsonValue,
  };
  const existing = await tx.ingestedItem.findUnique({
    where: { feedSourceId_externalId: { feedSourceId, externalId: item.externalId } },
    select: { id: true, contentHash: true, status: true },
  });
  if (!existing) {
    await tx.ingestedItem.create({ data: { feedSourceId, externalId: item.externalId, ...fields } });
    return { outcome: "created", changedTags: [] };
  }
  if (isReviewItemSettled(existing, item.contentHash)) return UNCHANGED;
  // Only a still-pending row is rewritten; the condition guards against a decision made meanwhile.
  const { count } = await tx.ingestedItem.updateMany({
    where: { id: existing.id, status: "PENDING" },
    data: { ...fields, version: { increment: 1 } },
  });
  return count ? { outcome: "updated", changedTags: [] } : UNCHANGED;
}
