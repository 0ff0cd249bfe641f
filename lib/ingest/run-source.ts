// One source within a refresh run: pages fetched from the saved cursor, each item written in its
// own short transaction, the cursor and counts saved after every page. A failure of the source is
// caught here and recorded; the run goes on with the next source.
import type { CacheTag } from "../cache-tags";
import type { Db } from "../db/create-client";
import type { FeedSource } from "../db/generated/client";
import { findUnchangedItems } from "./unchanged-items";
import {
  emptyCounts,
  finishSourceRecord,
  pushRejection,
  savePageProgress,
  startSourceRecord,
  type SourceCounts,
} from "./record-run";
import type { Cursor, Rejection, SourceAdapter, SourcePage } from "./types";

export type SourceOutcome = "succeeded" | "failed" | "stopped";

export type SourceResult = {
  outcome: SourceOutcome;
  counts: SourceCounts;
  rejections: Rejection[];
  error: string | null;
  changedTags: Set<CacheTag>;
};

export type RunSourceOptions = {
  runId: string;
  /** Aborted when the run's budget is spent: the source stops cleanly and keeps its cursor. */
  runSignal: AbortSignal;
  /** Time one page request may take (FEED_TIMEOUT_MS). */
  feedTimeoutMs: number;
  env: Record<string, string | undefined>;
  onPage?: (counts: SourceCounts) => void;
};

/** Interactive transactions of one item: short, but a busy embedded database may make them wait. */
const ITEM_TX = { maxWait: 15_000, timeout: 30_000 };

export function describeError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s+/g, " ").trim().slice(0, 1000) || "unknown error";
}

async function fetchPage(
  adapter: SourceAdapter,
  source: FeedSource,
  cursor: Cursor | null,
  opts: RunSourceOptions,
): Promise<SourcePage | "stopped"> {
  const timeout = AbortSignal.timeout(opts.feedTimeoutMs);
  const signal = AbortSignal.any([opts.runSignal, timeout]);
  try {
    return await adapter.fetchPage(source, cursor, { signal, env: opts.env, now: new Date() });
  } catch (err) {
    if (opts.runSignal.aborted) return "stopped";
    if (timeout.aborted) throw new Error(`timed out after ${opts.feedTimeoutMs} ms (${describeError(err)})`);
    throw err;
  }
}

export async function runSource(
  db: Db,
  adapter: SourceAdapter,
  source: FeedSource,
  opts: RunSourceOptions,
): Promise<SourceResult> {
  const counts = emptyCounts();
  const rejections: Rejection[] = [];
  const changedTags = new Set<CacheTag>();
  let cursor = (source.cursor ?? null) as Cursor | null;
  let outcome: SourceOutcome = "succeeded";
  let error: string | null = null;

  await startSourceRecord(db, opts.runId, source.id, new Date());
  try {
    pages: for (;;) {
      if (opts.runSignal.aborted) {
        outcome = "stopped";
        break;
      }
      const page = await fetchPage(adapter, source, cursor, opts);
      if (page === "stopped") {
        outcome = "stopped";
        break;
      }
      counts.pages += 1;
      counts.fetched += page.items.length + page.rejected.length;
      counts.rejected += page.rejected.length;
      for (const r of page.rejected) pushRejection(rejections, r);

      // The common case on a scheduled run is "nothing new": one query per page settles it.
      const unchanged = await findUnchangedItems(db, source, page.items);
      for (const item of page.items) {
        if (opts.runSignal.aborted) {
          // Stop mid-page: the cursor stays before this page, whose written items will read as
          // unchanged when the next run fetches it again.
          outcome = "stopped";
          await savePageProgress(db, opts.runId, source.id, counts, rejections, cursor);
          break pages;
        }
        if (unchanged.has(item.externalId)) {
          counts.unchanged += 1;
          continue;
        }
        try {
          const r = await db.$transaction((tx) => adapter.upsert(tx, source, item), ITEM_TX);
          counts[r.outcome] += 1;
          for (const t of r.changedTags) changedTags.add(t);
        } catch (err) {
          counts.rejected += 1;
          pushRejection(rejections, { externalId: item.externalId, reason: describeError(err) });
        }
      }
      cursor = page.nextCursor;
      await savePageProgress(db, opts.runId, source.id, counts, rejections, cursor);
      opts.onPage?.({ ...counts });
      if (cursor === null) break;
    }
  } catch (err) {
    outcome = "failed";
    error = describeError(err);
  }
  await finishSourceRecord(db, opts.runId, source.id, {
    counts,
    rejections,
    error,
    succeeded: outcome === "succeeded",
    now: new Date(),
  });
  return { outcome, counts, rejections, error, changedTags };
}
