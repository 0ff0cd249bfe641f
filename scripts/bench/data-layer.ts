// npm run bench:data — latency of every dashboard data function, on the embedded database and on
// a throwaway PostgreSQL (or BENCH_DATABASE_URL), each migrated and seeded first. Prints p50/p95.
//   npm run bench:data -- --runs 50
import { performance } from "node:perf_hooks";
import { compareClaims } from "../../lib/claims/claim-queries";
import { getHeadlines } from "../../lib/dashboard/headline-queries";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { createDb, type Db } from "../../lib/db/create-client";
import * as attacks from "../../lib/incidents/attack-queries";
import { getIncident, listAttacks } from "../../lib/incidents/incident-queries";
import { listCeasefires, listMediationTracks } from "../../lib/mediation/mediation-queries";
import { findFreePort } from "../../tests/setup/free-port";
import { findPostgresBinaries, startPostgresCluster } from "../../tests/setup/postgres-cluster";
import { applyMigrations } from "../db/prisma-cli";
import { seedUrl } from "../db/seed-url";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

const cases: [string, (db: Db) => Promise<unknown>][] = [
  ["attacks over time (month, by type)", (db) => attacks.countAttacksOverTime(db, {}, "month", "type")],
  ["attacks over time (week, by perpetrator)", (db) => attacks.countAttacksOverTime(db, { province: "PK-KP" }, "week", "perpetrator")],
  ["attacks by province", (db) => attacks.countAttacksByProvince(db, {})],
  ["attacks by district (filtered)", (db) => attacks.countAttacksByDistrict(db, { from: "2026-02-01", to: "2026-04-30" })],
  ["attacks by perpetrator", (db) => attacks.countAttacksByPerpetrator(db, {})],
  ["attacks by type / target", (db) => Promise.all([attacks.countAttacksByType(db, {}), attacks.countAttacksByTarget(db, {})])],
  ["incident list (page 1)", (db) => listAttacks(db, {}, { sort: "date-desc", page: 1, pageSize: 25 })],
  ["incident detail", (db) => getIncident(db, "bajaur-vbied-security-post-2026-02")],
  ["claims ledger (episode)", (db) => compareClaims(db, { kind: "episode", episodeId: "feb-mar-2026-war" })],
  ["mediation tracks", (db) => listMediationTracks(db)],
  ["ceasefires", (db) => listCeasefires(db, "2026-11-22")],
  ["headline figures", (db) => getHeadlines(db, "2026-11-22", 365)],
];

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function bench(name: string, url: string) {
  const t0 = performance.now();
  await applyMigrations(url, { quiet: true });
  const t1 = performance.now();
  await seedUrl(url);
  const t2 = performance.now();
  console.log(`\n${name}: migrate ${((t1 - t0) / 1000).toFixed(1)} s, seed ${((t2 - t1) / 1000).toFixed(1)} s, ${RUNS} runs per function`);
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
