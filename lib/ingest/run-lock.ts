// One refresh run at a time, without holding anything open for the length of the run.
//
// Why not a session advisory lock (pg_advisory_lock) held for the run: behind a transaction-mode
// pooler (Neon, Supabase, pgbouncer) consecutive statements may go to different server
// connections, so a session lock can be taken on one and "released" on another, or leak. And on
// the embedded database (PGlite) every query is serialised through one backend, so an open
// transaction for the whole run would block the app's own reads for minutes.
//
// Instead the lock is a row plus a lease:
// 1. a SHORT transaction takes `pg_advisory_xact_lock(REFRESH_LOCK_KEY)` (released at commit, so it
//    is pooler-safe), which makes the check-then-insert below atomic across processes;
// 2. inside it, a RefreshRun with status RUNNING whose lease is still fresh means another run is
//    under way → "already running", nothing written;
// 3. a RUNNING run whose lease has expired belonged to a process that died (crash, killed
//    function): it is closed as FAILED, and the new RUNNING run is inserted; commit.
// The lease is the longest budget any run may have plus a margin: every run stops by its budget
// (fetches are aborted, item writes are short), so a RUNNING row older than that is dead.
import type { Db } from "../db/create-client";
import type { RunTrigger } from "../db/generated/client";

/** Arbitrary constant shared by every process of this app ("FMRF" in ASCII). */
export const REFRESH_LOCK_KEY = 0x464d5246;
/** No run may have a longer budget than this (the CLI's largest; the cron route uses less). */
export const MAX_BUDGET_MS = 15 * 60_000;
/** Time a run may take past its budget to finish the item in hand and write its summary. */
export const LEASE_MARGIN_MS = 60_000;
export const RUN_LEASE_MS = MAX_BUDGET_MS + LEASE_MARGIN_MS;

export type AcquiredRun = { id: string; startedAt: Date };

export async function acquireRunLock(
  db: Db,
  input: { trigger: RunTrigger; userId?: string; now?: Date },
): Promise<AcquiredRun | null> {
  const now = input.now ?? new Date();
  const leaseStart = new Date(now.getTime() - RUN_LEASE_MS);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK_KEY}::bigint)`;
    const live = await tx.refreshRun.findFirst({
      where: { status: "RUNNING", startedAt: { gt: leaseStart } },
      select: { id: true },
    });
    if (live) return null;
    await tx.refreshRun.updateMany({
      where: { status: "RUNNING", startedAt: { lte: leaseStart } },
      data: {
        status: "FAILED",
        finishedAt: now,
        error: "The run stopped without finishing (its process ended); its lease expired.",
      },
    });
    return tx.refreshRun.create({
      data: { trigger: input.trigger, triggeredById: input.userId ?? null, status: "RUNNING", startedAt: now },
      select: { id: true, startedAt: true },
    });
  });
}
