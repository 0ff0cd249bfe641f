// The latest changes to the public record, newest first: new incidents, new and revised figures
// (claims and counters' period counts), correction notes, mediation steps and ceasefires, each with
// the source it rests on. Only what is public is listed (the same rules as the pages that show each
// record), for the whole record or one province's or mediation track's part of it (ChangeScope).
// Takes the client, so the app (lib/changes/data.ts), the feeds and tests against each database
// run the same code. One query per part of the record: figure-changes.ts, event-changes.ts,
// correction-changes.ts.
import type { Db } from "../db/create-client";
import { scopeHolds, type ChangePart } from "./change-scope";
import { CHANGE_KINDS, type ChangeKind, type ChangeScope, type LatestChange } from "./change-types";
import { correctionChanges } from "./correction-changes";
import { ceasefireChanges, incidentChanges, mediationStepChanges } from "./event-changes";
import { claimChanges, countChanges } from "./figure-changes";

/** Newest first; on one day, the order of CHANGE_KINDS, then the latest recorded (two correction
 *  notes of one day: the later first), then the id (a stable order for a feed). */
export const byNewest = (left: LatestChange, right: LatestChange) =>
  right.on.localeCompare(left.on) ||
  CHANGE_KINDS.indexOf(left.kind) - CHANGE_KINDS.indexOf(right.kind) ||
  (right.recordedAt ?? "").localeCompare(left.recordedAt ?? "") ||
  left.id.localeCompare(right.id);

export type ChangeQuery = ChangeScope & { limit: number; kinds?: readonly ChangeKind[] };

/**
 * The `limit` latest public changes of the given kinds (every kind by default) in the scope (the
 * whole record by default), newest first. Each part is asked for its own `limit` newest, so the
 * merge never misses one that belongs; a part the scope cannot hold is not asked at all.
 */
export async function listLatestChanges(
  db: Db,
  { limit, kinds = CHANGE_KINDS, provinceId, trackId }: ChangeQuery,
): Promise<LatestChange[]> {
  const wanted = new Set(kinds);
  const size = Math.max(0, Math.floor(limit));
  if (size === 0 || wanted.size === 0) return [];
  const scope: ChangeScope = { provinceId, trackId };
  const asks = (part: ChangePart, ...some: ChangeKind[]) =>
    scopeHolds(scope, part) && some.some((kind) => wanted.has(kind));
  const parts = await Promise.all([
    asks("incidents", "incident") ? incidentChanges(db, size, scope) : [],
    asks("claims", "claim", "claim-revision") ? claimChanges(db, size, wanted, scope) : [],
    asks("counts", "count", "count-revision") ? countChanges(db, size, wanted, scope) : [],
    asks("corrections", "correction") ? correctionChanges(db, size, scope) : [],
    asks("mediation", "mediation-step") ? mediationStepChanges(db, size, scope) : [],
    asks("ceasefires", "ceasefire-start", "ceasefire-end") ? ceasefireChanges(db, size, wanted, scope) : [],
  ]);
  return parts.flat().sort(byNewest).slice(0, size);
}
