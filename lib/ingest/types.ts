// The contract between source adapters (lib/ingest/sources/*) and the refresh job
// (lib/ingest/run-refresh.ts). An adapter turns one page of a source into normalized items
// (fetch → parse → normalize) and writes each one (upsert); the job owns locking, time budget,
// cursors, per-source counts and cache invalidation.
import type { CacheTag } from "../cache-tags";
import type { DbTx } from "../db/create-client";
import type { FeedKind, FeedSource } from "../db/generated/client";

/** Opaque, JSON-serialisable position in a source; saved after every page so a stopped run resumes. */
export type Cursor = Record<string, unknown>;

export type AdapterContext = {
  /** Aborted when the source's timeout or the run's time budget is reached. */
  signal: AbortSignal;
  /**
   * Environment to read credentials from (FeedSource.credentialEnv names the variable, one the
   * adapter declares) and FEED_ALLOWED_PRIVATE_HOSTS (validated in sources/common.ts).
   */
  env: Record<string, string | undefined>;
  now: Date;
};

/** One item ready to be written. `externalId` is stable per source; `contentHash` changes with its content. */
export type NormalizedItem = {
  externalId: string;
  contentHash: string;
  data: unknown; // adapter-specific, validated by the adapter's zod schema before it gets here
};

export type Rejection = { externalId: string | null; reason: string };

export type SourcePage = {
  items: NormalizedItem[];
  rejected: Rejection[];
  /** Where the next page starts; null when this run has reached the end of the source. */
  nextCursor: Cursor | null;
};

export type UpsertOutcome = {
  outcome: "created" | "updated" | "unchanged";
  /** Cache tags of published data this write changed (empty for review-queue items). */
  changedTags: CacheTag[];
};

export interface SourceAdapter {
  readonly kind: FeedKind;
  /** The only environment variables this adapter may read as credentials (lib/feeds/credentials.ts). */
  readonly credentials: readonly string[];
  /** Fetch, parse and normalize one page. Throws `SourceError` when the whole source fails. */
  fetchPage(source: FeedSource, cursor: Cursor | null, ctx: AdapterContext): Promise<SourcePage>;
  /** Write one item (the job calls it inside a transaction). Never overwrites editor-reviewed data. */
  upsert(tx: DbTx, source: FeedSource, item: NormalizedItem): Promise<UpsertOutcome>;
}

/** A failure of a whole source (HTTP status after retries, timeout, wrong content type, bad redirect). */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message);
    this.name = "SourceError";
  }
}
