// The cheap path of a scheduled run: most items of a page were seen before with the same content.
// One query per page finds the items the adapter's upsert would answer "unchanged" for, so only
// new or changed items pay for a transaction. The rules mirror the adapters' own:
// - review-queue kinds (upsert-review-item.ts): same content hash, or an editor already decided;
// - UCDP (sources/ucdp-upsert.ts): the incident has the same ingest hash, or an editor changed it.
// A miss here is harmless (the upsert decides); a false "unchanged" would lose an update, hence
// the exact same conditions.
import type { Db } from "../db/create-client";
import type { FeedSource } from "../db/generated/client";
import type { NormalizedItem } from "./types";

async function unchangedReviewItems(db: Db, source: FeedSource, hashes: Map<string, string>): Promise<string[]> {
  const stored = await db.ingestedItem.findMany({
    where: { feedSourceId: source.id, externalId: { in: [...hashes.keys()] } },
    select: { externalId: true, contentHash: true, status: true },
  });
  return stored.filter((s) => s.status !== "PENDING" || hashes.get(s.externalId) === s.contentHash).map((s) => s.externalId);
}

async function unchangedUcdpIncidents(db: Db, hashes: Map<string, string>): Promise<string[]> {
  const stored = await db.incident.findMany({
    where: { externalSource: "UCDP", externalId: { in: [...hashes.keys()] } },
    select: { externalId: true, ingestHash: true, version: true, ingestedVersion: true },
  });
  return stored
    .filter((s) => s.externalId !== null && (s.version !== s.ingestedVersion || hashes.get(s.externalId) === s.ingestHash))
    .map((s) => s.externalId!);
}

export async function findUnchangedItems(db: Db, source: FeedSource, items: NormalizedItem[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const hashes = new Map(items.map((i) => [i.externalId, i.contentHash]));
  const ids = source.kind === "UCDP" ? await unchangedUcdpIncidents(db, hashes) : await unchangedReviewItems(db, source, hashes);
  return new Set(ids);
}
