// Vitest global setup: the integration tests run against every database the product supports.
// 1. the embedded database (PGlite behind its wire-protocol server), always;
// 2. a real PostgreSQL: TEST_DATABASE_URL if given, else a throwaway cluster started from the
//    PostgreSQL binaries on this machine; if neither exists the run fails unless
//    TEST_SKIP_POSTGRES=1 says so explicitly (CI never sets it).
// Each gets migrations through Prisma's CLI (the same path as production) and the dataset.
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../scripts/db/prisma-cli";
import { seedUrl } from "../../scripts/db/seed-url";
import { findFreePort } from "../../scripts/support/free-port";
import { findPostgresBinaries, startPostgresCluster } from "../../scripts/support/postgres-cluster";

export type TestDatabase = { name: string; url: string };

declare module "vitest" {
  export interface ProvidedContext {
    databases: TestDatabase[];
  }
}

export default async function setup(project: TestProject) {
  const stops: (() => unknown)[] = [];
  const databases: TestDatabase[] = [];
  const log = (msg: string) => console.log(`[test-db] ${msg}`);

  const embedded = await startEmbeddedDatabase({ port: await findFreePort(), quiet: true });
  stops.push(embedded.stop);
  databases.push({ name: "embedded (PGlite)", url: embedded.url });

  if (process.env.TEST_DATABASE_URL) {
    databases.push({ name: "PostgreSQL (TEST_DATABASE_URL)", url: process.env.TEST_DATABASE_URL });
  } else {
    const bin = findPostgresBinaries();
    if (bin) {
      const cluster = startPostgresCluster(bin, await findFreePort());
      stops.push(cluster.stop);
      databases.push({
        name: `PostgreSQL (${cluster.version.replace(/^postgres \(PostgreSQL\) /, "")}, throwaway cluster)`,
        url: cluster.url,
      });
    } else if (process.env.TEST_SKIP_POSTGRES !== "1") {
      await Promise.all(stops.map((s) => s()));
      throw new Error(
        "No PostgreSQL for the integration tests: set TEST_DATABASE_URL, install PostgreSQL server binaries (PG_BIN_DIR), or set TEST_SKIP_POSTGRES=1 to run on the embedded database only.",
      );
    }
  }

  try {
    await Promise.all(
      databases.map(async (d) => {
        const t0 = Date.now();
        await applyMigrations(d.url, { quiet: true });
        await seedUrl(d.url);
        log(`${d.name}: migrated and seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }),
    );
  } catch (err) {
    await Promise.all(stops.map((s) => s()));
    throw err;
  }
  log(`integration tests run on: ${databases.map((d) => d.name).join(" and ")}`);
  project.provide("databases", databases);

  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
