// Refresh runs add feed sources, review items and published incidents, and take the one-run-at-a-
// time lock; other integration files count rows on the shared databases at the same time. So the
// refresh-job tests run on their own, empty databases: a fresh in-memory embedded database and a
// fresh database on the same PostgreSQL server, each migrated the production way, dropped after.
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db } from "@/lib/db/create-client";
import type { FeedKind } from "@/lib/db/generated/client";
import { ensureDefaultSources } from "@/lib/feeds/default-sources";
import { applyMigrations } from "../../scripts/db/prisma-cli";
import { createIsolatedDatabase } from "../setup/isolated-databases";

export { NEWS_ITEMS, rssFeed, ucdpPage, UCDP_VALID_IDS } from "../fixtures/refresh/feeds";

export type FreshDb = { name: string; db: Db; url: string };

/** One empty, migrated database per supported database kind; filled in beforeAll. */
export function freshDatabases(): FreshDb[] {
  const shared = inject("databases");
  const cases = shared.map((d) => ({ name: d.name }) as FreshDb);
  const drops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    await Promise.all(
      shared.map(async (d, n) => {
        const fresh = await createIsolatedDatabase(d.url, d.name.startsWith("embedded"));
        drops.push(fresh.drop);
        await applyMigrations(fresh.url, { quiet: true });
        const db = createDb(fresh.url, { poolMax: 4 });
        drops.unshift(() => db.$disconnect());
        Object.assign(cases[n]!, { db, url: fresh.url });
      }),
    );
  }, 240_000);
  afterAll(async () => {
    for (const drop of drops) await drop();
  });
  return cases;
}

/** Fast failure settings so a failing source costs the tests little time. */
export const QUICK = { retries: 1, backoffMs: 50 };

export async function addSource(
  db: Db,
  s: { slug: string; kind: FeedKind; url: string; credentialEnv?: string; autoPublish?: boolean },
) {
  return db.feedSource.create({ data: { ...s, name: `Test ${s.slug}`, config: QUICK } });
}

/** Only the given sources stay enabled. The default sources, which the job would add enabled and
 *  which point at the internet, are added first so they are disabled too. */
export async function enableOnly(db: Db, slugs: string[]) {
  await ensureDefaultSources(db);
  await db.feedSource.updateMany({ where: { slug: { notIn: slugs } }, data: { enabled: false } });
}
