// Bookkeeping of a refresh run: the RefreshRunSource row of each source (counts, rejections,
// error), the source's cursor and freshness on FeedSource, and the run's final status. Each write
// is its own short statement or transaction: nothing stays open while feeds are fetched.
import type { Db } from "../db/create-client";
import { Prisma, type RunStatus } from "../db/generated/client";
import type { Cursor, Rejection } from "./types";

/** Rejections kept per source and run; the count keeps going past it. */
export const MAX_REJECTIONS = 50;

export type SourceCounts = {
  pages: number;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
};

export const emptyCounts = (): SourceCounts => ({
  pages: 0,
  fetched: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
});

const countColumns = (c: SourceCounts) => ({
  fetched: c.fetched,
  created: c.created,
  updated: c.updated,
  unchanged: c.unchanged,
  rejected: c.rejected,
});

const jsonOrNull = (v: unknown) => (v == null ? Prisma.DbNull : (v as Prisma.InputJsonValue));

export async function startSourceRecord(db: Db, runId: string, feedSourceId: string, now: Date): Promise<void> {
  await db.$transaction([
    db.refreshRunSource.create({ data: { runId, feedSourceId, startedAt: now } }),
    db.feedSource.update({ where: { id: feedSourceId }, data: { lastAttemptAt: now } }),
  ]);
}

/** After every page: its counts and the cursor to resume from, together, so they never disagree. */
export async function savePageProgress(
  db: Db,
  runId: string,
  feedSourceId: string,
  counts: SourceCounts,
  rejections: Rejection[],
  cursor: Cursor | null,
): Promise<void> {
  await db.$transaction([
    db.refreshRunSource.update({
      where: { runId_feedSourceId: { runId, feedSourceId } },
      data: {
        ...countColumns(counts),
        rejections: rejections.length ? (rejections as Prisma.InputJsonValue) : Prisma.DbNull,
      },
    }),
    db.feedSource.update({ where: { id: feedSourceId }, data: { cursor: jsonOrNull(cursor) } }),
  ]);
}

export type SourceEnd = {
  counts: SourceCounts;
  rejections: Rejection[];
  error: string | null;
  succeeded: boolean;
  now: Date;
};

export async function finishSourceRecord(db: Db, runId: string, feedSourceId: string, end: SourceEnd): Promise<void> {
  await db.$transaction([
    db.refreshRunSource.update({
      where: { runId_feedSourceId: { runId, feedSourceId } },
      data: {
        ...countColumns(end.counts),
        rejections: end.rejections.length ? (end.rejections as Prisma.InputJsonValue) : Prisma.DbNull,
        error: end.error,
        finishedAt: end.now,
      },
    }),
    db.feedSource.update({
      where: { id: feedSourceId },
      // A source stopped by the run's budget without an error keeps its previous lastError.
      data: end.succeeded ? { lastSuccessAt: end.now, lastError: null } : end.error ? { lastError: end.error } : {},
    }),
  ]);
}

/** A source that was not attempted (e.g. its credential is missing): one row that says why. */
export async function recordSkippedSource(
  db: Db,
  runId: string,
  feedSourceId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db.$transaction([
    db.refreshRunSource.create({ data: { runId, feedSourceId, startedAt: now, finishedAt: now, error: reason } }),
    db.feedSource.update({ where: { id: feedSourceId }, data: { lastError: reason } }),
  ]);
}

export async function finishRun(
  db: Db,
  runId: string,
  end: { status: RunStatus; stoppedEarly: boolean; changedPublished: boolean; error: string | null; now: Date },
): Promise<void> {
  await db.refreshRun.update({
    where: { id: runId },
    data: {
      status: end.status,
      stoppedEarly: end.stoppedEarly,
      changedPublished: end.changedPublished,
      error: end.error,
      finishedAt: end.now,
    },
  });
}

/** Adds a rejection to a capped list (the count is kept separately). */
export function pushRejection(list: Rejection[], r: Rejection): void {
  if (list.length < MAX_REJECTIONS) list.push({ externalId: r.externalId, reason: r.reason.slice(0, 500) });
}
