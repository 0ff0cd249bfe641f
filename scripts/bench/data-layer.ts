// npm run bench:data — latency of every dashboard data function, on the embedded database and on
// a throwaway PostgreSQL (or BENCH_DATABASE_URL), each migrated and seeded first. Prints p50/p95.
//   npm run bench:data -- --runs 50
import { performance } from "node:perf_hooks";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { createDb } from "../../lib/db/create-client";
import { findFreePort } from "../support/free-port";
import { findPostgresBinaries, startPostgresCluster } from "../support/postgres-cluster";
import { applyMigrations } from "../db/prisma-cli";
import { seedUrl } from "../db/seed-url";
import { dataCases as cases, percentile as pct } from "./data-cases";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

async function bench(name: string, url: string) {
  const t0 = performance.now();
  await applyMigrations(url, { quiet: true });
  const t1 = performance.now();
  await seedUrl(url);
  const t2 = performance.now();
  console.log(
    `\n${name}: migrate ${((t1 - t0) / 1000).toFixed(1)} s, seed ${((t2 - t1) / 1000).toFixed(1)} s, ${RUNS} runs per function`,
  );
  console.log("function".padEnd(44), "p50 ms".padStart(8), "p95 ms".padStart(8));
  const db = createDb(url, { poolMax: 4 });
  try {
    for (const [label, fn] of cases) {
      await fn(db); // warm-up: connection and query plan
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await fn(db);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      console.log(label.padEnd(44), pct(times, 50).toFixed(2).padStart(8), pct(times, 95).toFixed(2).padStart(8));
    }
  } finally {
    await db.$disconnect();
  }
}

const embedded = await startEmbeddedDatabase({ port: await findFreePort(), quiet: true });
try {
  await bench("embedded (PGlite, in memory)", embedded.url);
} finally {
  await embedded.stop();
}
if (process.env.BENCH_DATABASE_URL) {
  await bench("PostgreSQL (BENCH_DATABASE_URL)", process.env.BENCH_DATABASE_URL);
} else {
  const bin = findPostgresBinaries();
  if (!bin) {
    console.log("\nno PostgreSQL binaries: skipped the real-PostgreSQL run (set PG_BIN_DIR or BENCH_DATABASE_URL)");
  } else {
    const cluster = startPostgresCluster(bin, await findFreePort());
    try {
      await bench(`${cluster.version} (throwaway cluster)`, cluster.url);
    } finally {
      cluster.stop();
    }
  }
}
