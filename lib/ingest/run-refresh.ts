// The refresh job: one run over every enabled feed source, shared by the cron route, the admin
// area and `npm run refresh`.
//
// How a run goes:
// - acquireRunLock (run-lock.ts) inserts a RUNNING RefreshRun in a short transaction, or answers
//   "already running" without writing anything;
// - the default sources are ensured, then each enabled source runs in turn (run-source.ts), the
//   least recently attempted first so a budget-starved source gets its turn on the next run;
//   a source whose credential variable is unset is recorded as skipped;
// - every page request is bounded by FEED_TIMEOUT_MS and by the run's budget together; when the
//   budget is spent the run stops cleanly (stoppedEarly) and the next one resumes from the cursors
//   saved after every page;
// - the run ends SUCCEEDED, PARTIAL (a source failed, or the budget ran out) or FAILED (every
//   attempted source failed, or the job itself broke), with the union of the cache tags of
//   published data it changed. Invalidating those tags is the caller's job: inside Next that is
//   lib/ingest/refresh-in-app.ts; the CLI asks the running app to do it;
// - with budget left, the attack rollups are rebuilt from the incidents (a safety net: triggers keep
//   them right on every write).
import type { CacheTag } from "../cache-tags";
import type { Db } from "../db/create-client";
import type { RunStatus, RunTrigger } from "../db/generated/client";
import { getEnv } from "../env";
import { rebuildAttackRollups } from "../incidents/rollup-queries";
import { ensureDefaultSources } from "../feeds/default-sources";
import { finishRun, recordSkippedSource, emptyCounts, type SourceCounts } from "./record-run";
import { acquireRunLock, MAX_BUDGET_MS } from "./run-lock";
import { decideRunStatus, missingCredentials, type SourceState } from "./run-outcome";
import { describeError, runSource } from "./run-source";
import { getAdapter } from "./sources";
import { credentialRefusal } from "../feeds/credentials";

export type { SourceState };

export type SourceProgress = {
  slug: string;
  name: string;
  state: SourceState;
  counts: SourceCounts;
  error: string | null;
};

export type RefreshOptions = {
  trigger: RunTrigger;
  userId?: string;
  /** Time the run may take, from its start; at most MAX_BUDGET_MS. */
  budgetMs: number;
  onProgress?: (p: SourceProgress) => void;
  /** Only these sources (by slug), e.g. `npm run refresh -- --source rss-dawn`. Default: all enabled. */
  sources?: string[];
  /** Where credentials are read from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Default: FEED_TIMEOUT_MS. */
  feedTimeoutMs?: number;
};

export type RefreshSummary = {
  runId: string;
  trigger: RunTrigger;
  status: RunStatus;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  stoppedEarly: boolean;
  changedPublished: boolean;
  changedTags: CacheTag[];
  totals: Omit<SourceCounts, "pages">;
  sources: SourceProgress[];
  error: string | null;
};

export type RefreshResult = { ok: true; summary: RefreshSummary } | { ok: false; reason: "already running" };

function sumCounts(list: SourceProgress[]): Omit<SourceCounts, "pages"> {
  const t = { fetched: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const s of list) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += s.counts[k];
  return t;
}

export async function runRefresh(db: Db, opts: RefreshOptions): Promise<RefreshResult> {
  const budgetMs = Math.min(Math.max(1, opts.budgetMs), MAX_BUDGET_MS);
  const env = opts.env ?? process.env;
  const feedTimeoutMs = opts.feedTimeoutMs ?? getEnv().FEED_TIMEOUT_MS;
  const run = await acquireRunLock(db, { trigger: opts.trigger, userId: opts.userId });
  if (!run) return { ok: false, reason: "already running" };

  const runSignal = AbortSignal.timeout(Math.max(1, budgetMs - (Date.now() - run.startedAt.getTime())));
  const progress: SourceProgress[] = [];
  const changedTags = new Set<CacheTag>();
  let crashError: string | null = null;
  const report = (p: SourceProgress) => opts.onProgress?.({ ...p, counts: { ...p.counts } });

  try {
    await ensureDefaultSources(db);
    const sources = await db.feedSource.findMany({
      where: { enabled: true, ...(opts.sources ? { slug: { in: opts.sources } } : {}) },
      orderBy: [{ lastAttemptAt: { sort: "asc", nulls: "first" } }, { slug: "asc" }],
    });
    for (const source of sources) {
      const entry: SourceProgress = {
        slug: source.slug,
        name: source.name,
        state: "running",
        counts: emptyCounts(),
        error: null,
      };
      progress.push(entry);
      if (runSignal.aborted) {
        entry.state = "not reached";
        report(entry);
        continue;
      }
      // A name the adapter does not declare is not "unset": the adapter refuses it and the source fails.
      const missing = credentialRefusal(source.kind, source.credentialEnv)
        ? []
        : missingCredentials(source.credentialEnv, env);
      if (missing.length > 0) {
        entry.state = "skipped";
        entry.error = `skipped: ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set`;
        await recordSkippedSource(db, run.id, source.id, entry.error, new Date());
        report(entry);
        continue;
      }
      report(entry);
      const result = await runSource(db, getAdapter(source.kind), source, {
        runId: run.id,
        runSignal,
        feedTimeoutMs,
        env,
        onPage: (counts) => {
          entry.counts = counts;
          report(entry);
        },
      });
      entry.state = result.outcome;
      entry.counts = result.counts;
      entry.error = result.error;
      for (const t of result.changedTags) changedTags.add(t);
      report(entry);
    }
    // The attack rollups are kept by triggers on every write; rebuilding them here repairs anything
    // written with the triggers off (bulk loads). Skipped when the budget is spent: the next run does it.
    if (!runSignal.aborted) await rebuildAttackRollups(db);
  } catch (err) {
    crashError = describeError(err);
  }

  const finishedAt = new Date();
  const status = decideRunStatus(
    progress.map((p) => p.state),
    crashError !== null,
  );
  const stoppedEarly = progress.some((p) => p.state === "stopped" || p.state === "not reached");
  const failures = progress.filter((p) => p.state === "failed").map((p) => `${p.slug}: ${p.error}`);
  const error = crashError ?? (failures.length ? failures.join("; ").slice(0, 2000) : null);
  await finishRun(db, run.id, { status, stoppedEarly, changedPublished: changedTags.size > 0, error, now: finishedAt });
  return {
    ok: true,
    summary: {
      runId: run.id,
      trigger: opts.trigger,
      status,
      startedAt: run.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - run.startedAt.getTime(),
      stoppedEarly,
      changedPublished: changedTags.size > 0,
      changedTags: [...changedTags].sort(),
      totals: sumCounts(progress),
      sources: progress,
      error,
    },
  };
}
