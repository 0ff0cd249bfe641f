// Reads for the public status page: recent refresh runs with their per-source counts, and each
// feed source's freshness. Take the db so tests and scripts use them directly; the app reads them
// through lib/ingest/data.ts (cached). Dates are ISO strings: the results cross the cache boundary.
import type { Db } from "../db/create-client";
import type { FeedKind, RunStatus, RunTrigger } from "../db/generated/client";
import type { Rejection } from "./types";

export type RunSourceRow = {
  slug: string;
  name: string;
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  error: string | null;
  finished: boolean;
};

export type RunRow = {
  id: string;
  trigger: RunTrigger;
  status: RunStatus;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  stoppedEarly: boolean;
  changedPublished: boolean;
  error: string | null;
  sources: RunSourceRow[];
};

export type SourceFreshnessRow = {
  slug: string;
  name: string;
  kind: FeedKind;
  enabled: boolean;
  autoPublish: boolean;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function readRejections(value: unknown): Rejection[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is Rejection => typeof r === "object" && r !== null && typeof (r as Rejection).reason === "string",
  );
}

export async function listRecentRuns(db: Db, limit = 20): Promise<RunRow[]> {
  const runs = await db.refreshRun.findMany({
    orderBy: { startedAt: "desc" },
    take: limit,
    include: { sources: { include: { feedSource: { select: { slug: true, name: true } } } } },
  });
  return runs.map((r) => ({
    id: r.id,
    trigger: r.trigger,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    finishedAt: iso(r.finishedAt),
    durationMs: r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null,
    stoppedEarly: r.stoppedEarly,
    changedPublished: r.changedPublished,
    error: r.error,
    sources: r.sources
      .map((s) => ({
        slug: s.feedSource.slug,
        name: s.feedSource.name,
        fetched: s.fetched,
        created: s.created,
        updated: s.updated,
        unchanged: s.unchanged,
        rejected: s.rejected,
        rejections: readRejections(s.rejections),
        error: s.error,
        finished: s.finishedAt !== null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}

export async function listSourceFreshness(db: Db): Promise<SourceFreshnessRow[]> {
  const sources = await db.feedSource.findMany({ orderBy: [{ enabled: "desc" }, { name: "asc" }] });
  return sources.map((s) => ({
    slug: s.slug,
    name: s.name,
    kind: s.kind,
    enabled: s.enabled,
    autoPublish: s.autoPublish,
    lastSuccessAt: iso(s.lastSuccessAt),
    lastAttemptAt: iso(s.lastAttemptAt),
    lastError: s.lastError,
  }));
}
