// Optimistic concurrency and public corrections, shared by every versioned admin write.
// Each update runs `updateMany where {id, version}`; zero rows means someone saved first, and the
// editor gets a conflict naming the fields changed since the version they loaded (values now vs.
// then, from the audit log's snapshots) and who changed them — never a silent overwrite.
import type { DbTx } from "../db/create-client";
import { WriteRejected, type Conflict, type FieldErrors } from "./write-result";

type Snapshot = Record<string, unknown>;

// Snapshots come back from jsonb with their keys reordered, so compare in a canonical form.
const canonical = (v: unknown): string =>
  JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt"]);

/**
 * Fields whose values differ between two snapshots, bookkeeping aside. `published` counts only when
 * asked: incidents and claims publish through their own action, mediation forms carry the box.
 */
export function diffFields(before: Snapshot, after: Snapshot, opts: { countPublished?: boolean } = {}): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ignored = (k: string) => BOOKKEEPING.has(k) || (k === "published" && !opts.countPublished);
  return [...keys].filter((k) => !ignored(k) && canonical(before[k]) !== canonical(after[k])).sort();
}

/** The snapshot the editor loaded: the `before` of the first change after it, or the create's `after`. */
async function snapshotAt(tx: DbTx, entityType: string, entityId: string, version: number) {
  const rows = await tx.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: "asc" },
    select: { before: true, after: true, createdAt: true, user: { select: { name: true } } },
  });
  const seen =
    rows.map((r) => r.before as Snapshot | null).find((b) => b?.version === version) ??
    rows.map((r) => r.after as Snapshot | null).find((a) => a?.version === version) ??
    null;
  const later = rows.filter(
    (r) =>
      typeof (r.after as Snapshot | null)?.version === "number" && ((r.after as Snapshot).version as number) > version,
  );
  return { seen, changedBy: later.map((r) => ({ name: r.user?.name ?? "the system", at: r.createdAt.toISOString() })) };
}

/**
 * Builds the conflict for an editor who loaded `seenVersion`. Without a snapshot of that version
 * (records loaded by the seed have none) the editor's own submission stands in for what they saw.
 */
export async function describeConflict(
  tx: DbTx,
  entityType: string,
  entityId: string,
  seenVersion: number,
  current: Snapshot,
  submitted: Snapshot,
): Promise<Conflict> {
  const { seen, changedBy } = await snapshotAt(tx, entityType, entityId, seenVersion);
  const base = seen ?? submitted;
  const fields = diffFields(pick(base, Object.keys(current)), current).filter((f) => seen || f in submitted);
  return {
    currentVersion: Number(current.version),
    changes: fields.map((field) => ({ field, now: current[field] ?? null, seen: base[field] ?? null })),
    changedBy,
  };
}

const pick = (o: Snapshot, keys: string[]) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));

/** Throws the conflict (rolling back the transaction) when the version moved on. */
export async function rejectIfStale(
  tx: DbTx,
  entityType: string,
  entityId: string,
  seenVersion: number,
  current: Snapshot,
  submitted: Snapshot,
): Promise<void> {
  if (current.version === seenVersion) return;
  const conflict = await describeConflict(tx, entityType, entityId, seenVersion, current, submitted);
  throw new WriteRejected({
    ok: false,
    kind: "conflict",
    fieldErrors: {},
    formError: conflictMessage(conflict),
    conflict,
  });
}

export function conflictMessage(c: Conflict): string {
  const who = [...new Set(c.changedBy.map((b) => b.name))].join(", ");
  const what = c.changes.length ? ` Changed since you opened it: ${c.changes.map((ch) => ch.field).join(", ")}.` : "";
  return `Someone${who ? ` (${who})` : " else"} saved this record while you were editing it (now version ${c.currentVersion}).${what} Your changes were not saved: reload, then apply them again.`;
}

/** Whether two snapshots differ in anything an editor can change. */
export const hasChanges = (before: Snapshot, after: Snapshot, opts: { countPublished?: boolean } = {}) =>
  diffFields(before, after, opts).length > 0;

/** Thrown inside a save's transaction when nothing changed: it rolls back (no version bump, no
 *  audit row) and the save reports success. */
export class NothingChanged extends Error {}

/** The public record a change corrects; `incidentId` shows the note on that incident's page. */
export type CorrectionTarget = {
  entityType: "Incident" | "Claim" | "PeriodCount" | "MediationTrack" | "Ceasefire";
  entityId: string;
  incidentId?: string | null;
};

/** A published record changed: the note is required, and is stored as a dated public correction. */
export async function recordCorrection(
  tx: DbTx,
  entry: CorrectionTarget & { note: string | undefined; userId: string },
): Promise<void> {
  if (!entry.note)
    throw new WriteRejected({
      ok: false,
      kind: "invalid",
      fieldErrors: { correctionNote: ["This record is public: say briefly what was corrected and why."] },
      formError: "A correction note is required for changes to a published record.",
    });
  await tx.correction.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      incidentId: entry.incidentId ?? null,
      note: entry.note,
      createdById: entry.userId,
    },
  });
}

/** Field errors for ids that do not exist. `refs` maps a field path to the id it names. */
export async function checkRefs(
  tx: DbTx,
  refs: {
    actor?: Record<string, string | undefined>;
    document?: Record<string, string | undefined>;
    place?: Record<string, string | undefined>;
    episode?: Record<string, string | undefined>;
    source?: Record<string, string | undefined>;
  },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const lookups: [keyof typeof refs, (ids: string[]) => Promise<{ id: string }[]>, string][] = [
    ["actor", (ids) => tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true } }), "No such actor."],
    [
      "document",
      (ids) => tx.document.findMany({ where: { id: { in: ids } }, select: { id: true } }),
      "No such document.",
    ],
    ["place", (ids) => tx.place.findMany({ where: { id: { in: ids } }, select: { id: true } }), "No such place."],
    ["episode", (ids) => tx.episode.findMany({ where: { id: { in: ids } }, select: { id: true } }), "No such episode."],
    ["source", (ids) => tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } }), "No such source."],
  ];
  for (const [kind, find, message] of lookups) {
    const entries = Object.entries(refs[kind] ?? {}).filter((e): e is [string, string] => !!e[1]);
    if (!entries.length) continue;
    const found = new Set((await find([...new Set(entries.map((e) => e[1]))])).map((r) => r.id));
    for (const [path, id] of entries) if (!found.has(id)) (errors[path] ??= []).push(message);
  }
  return errors;
}

/** Runs a write; a WriteRejected thrown inside becomes its failure (the transaction rolled back). */
export async function settle<T>(run: () => Promise<T>): Promise<T | WriteRejected["failure"]> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof WriteRejected) return err.failure;
    throw err;
  }
}
