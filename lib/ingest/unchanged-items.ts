// The cheap path of a scheduled run: most items of a page were seen before with the same content.
// One query per page finds the items the adapter's upsert would answer "unchanged" for, so only
// new or changed items pay for a transaction. It applies the adapters' own rules
// (isReviewItemSettled, isUcdpIncidentSettled), so it can never call "unchanged" what the upsert
// would have written.
import type { Db } from "../db/create-client";
import type { FeedSource } from "../db/generated/client";
import { isUcdpIncidentSettled } from "./sources/ucdp-upsert";
import type { NormalizedItem } from "./types";
import { isReviewItemSettled } from "./upsert-review-item";

async function unchangedReviewItems(db: Db, source: FeedSource, hashes: Map<string, string>): Promise<string[]> {
  const stored = await db.ingestedItem.findMany({
    where: { feedSourceId: source.id, externalId: { in: [...hashes.keys()] } },
    select: { externalId: true, contentHash: true, status: true },
  });
  return stored.filter((s) => isReviewItemSettled(s, hashes.get(s.externalId)!)).map((s) => s.externalId);
}

async function unchangedUcdpIncidents(db: Db, hashes: Map<string, string>): Promise<string[]> {
  const stored = await db.incident.findMany({
    where: { externalSource: "UCDP", externalId: { in: [...hashes.keys()] } },
    select: { externalId: true, ingestHash: true, version: true, ingestedVersion: true },
  });
  return stored
    .filter((s) => s.externalId !== null && isUcdpIncidentSettled(s, hashes.get(s.externalId)!))
    .map((s) => s.externalId!);
}

export async function findUnchangedItems(db: Db, source: FeedSource, items: NormalizedItem[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const hashes = new Map(items.map((i) => [i.externalId, i.contentHash]));
  const ids =
    source.kind === "UCDP" ? await unchangedUcdpIncidents(db, hashes) : await unchangedReviewItems(db, source, hashes);
  return new Set(ids);
}
