// Runs one adapter end to end (every page, each item in its own transaction) the way the refresh
// job does, and serves fixtures with ids shifted so this file's rows never meet another file's.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/create-client";
import type { FeedKind, FeedSource } from "@/lib/db/generated/client";
import { getAdapter } from "@/lib/ingest/sources";
import type { Cursor } from "@/lib/ingest/types";
import { FEED_FIXTURES_DIR, generate, type Route } from "@/scripts/support/replay-server";

export const NOW = new Date("2026-05-01T00:00:00Z");

export async function runAdapter(db: Db, source: FeedSource, env: Record<string, string | undefined> = {}) {
  const adapter = getAdapter(source.kind);
  // The replay server is on 127.0.0.1, which feeds may reach only with the allowance.
  const ctx = {
    signal: new AbortController().signal,
    env: { FEED_ALLOWED_PRIVATE_HOSTS: "127.0.0.1", ...env },
    now: NOW,
  };
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0, pages: 0 };
  const tags = new Set<string>();
  let cursor: Cursor | null = null;
  do {
    const page = await adapter.fetchPage(source, cursor, ctx);
    counts.pages++;
    counts.rejected += page.rejected.length;
    for (const item of page.items) {
      const r = await db.$transaction((tx) => adapter.upsert(tx, source, item));
      counts[r.outcome]++;
      r.changedTags.forEach((t) => tags.add(t));
    }
    cursor = page.nextCursor;
  } while (cursor);
  return { ...counts, tags: [...tags].sort() };
}

export async function createSource(db: Db, kind: FeedKind, url: string, extra: Partial<FeedSource> = {}) {
  const slug = `test-${kind.toLowerCase()}-${Math.random().toString(36).slice(2, 10)}`;
  return db.feedSource.create({
    data: {
      slug,
      name: slug,
      kind,
      url,
      credentialEnv: extra.credentialEnv ?? null,
      autoPublish: extra.autoPublish ?? false,
      config: { backoffMs: 5, timeoutMs: 5000 },
    },
  });
}

/** A fixture with UCDP event ids 6120xx moved to `prefix`xx, and this server's base URL filled in. */
export function shiftedFixture(
  file: string,
  prefix: string,
  edit?: (json: { Result: Record<string, unknown>[] }) => void,
): Route {
  return generate("application/json; charset=utf-8", () => {
    let text = readFileSync(path.join(FEED_FIXTURES_DIR, file), "utf8").replace(/\b6120(\d\d)\b/g, `${prefix}$1`);
    if (edit) {
      const json = JSON.parse(text) as { Result: Record<string, unknown>[] };
      edit(json);
      text = JSON.stringify(json);
    }
    return text;
  });
}
