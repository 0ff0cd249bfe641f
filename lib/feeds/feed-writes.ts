// Feed-source settings (admins only): URL, credential variable name, enabled. FeedSource has no
// version column and the refresh job touches the row on every run (lastAttemptAt…), so the
// concurrency check compares the editable settings with those the admin loaded (compare-and-set
// on exactly those columns): a run in between is not a conflict, another admin's edit is.
// The credential variable must be one the source's adapter declares (checked here, where the
// source's kind is known; the schema only knows the names some adapter declares).
import { WriteRejected, fail, parseInput, type WriteResult, notFound } from "../writes/write-result";
import { settle } from "../writes/versioned";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS } from "../cache-tags";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { feedSourceInput } from "./feed-input";
import { credentialRefusal } from "./credentials";

const EDITABLE = ["url", "credentialEnv", "enabled"] as const;

async function snapshotFeed(db: DbTx, id: string) {
  return db.feedSource.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, kind: true, url: true, credentialEnv: true, enabled: true },
  });
}

export async function updateFeedSource(db: Db, viewer: Viewer | null, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "ADMIN");
  const input = parseInput(feedSourceInput, raw);
  if (!input.ok) return input;
  const { id, loaded, ...next } = input.data;
  return settle(() =>
    db.$transaction(async (tx) => {
      const before = await snapshotFeed(tx, id);
      if (!before) return notFound("This feed source no longer exists.");
      const refused = credentialRefusal(before.kind, next.credentialEnv);
      if (refused) return fail({ credentialEnv: [refused] }, "Some fields need attention.");
      const changedMeanwhile = EDITABLE.filter((k) => before[k] !== loaded[k]);
      if (changedMeanwhile.length) throw new WriteRejected(conflict(changedMeanwhile, before, loaded));
      if (EDITABLE.every((k) => before[k] === next[k])) return { ok: true as const, id, version: 0, tags: [] };
      const { count } = await tx.feedSource.updateMany({ where: { id, ...loaded }, data: next });
      if (count === 0)
        throw new WriteRejected(
          fail({}, "Another admin saved this feed source at the same moment; nothing was saved. Reload and try again."),
        );
      const after = (await snapshotFeed(tx, id))!;
      await writeAudit(tx, {
        userId: user.userId,
        action: "update",
        entityType: "FeedSource",
        entityId: id,
        before,
        after,
      });
      return { ok: true as const, id, version: 0, tags: [CACHE_TAGS.refresh] };
    }),
  );
}

function conflict(
  fields: readonly (typeof EDITABLE)[number][],
  now: Record<string, unknown>,
  seen: Record<string, unknown>,
) {
  return {
    ...fail(
      {},
      `Someone else changed this feed source while you were editing it (${fields.join(", ")}). Your changes were not saved: reload, then apply them again.`,
    ),
    conflict: {
      currentVersion: 0,
      changes: fields.map((field) => ({ field, now: now[field] ?? null, seen: seen[field] ?? null })),
      changedBy: [],
    },
  };
}
