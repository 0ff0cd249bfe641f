// npm run bench:data-out [-- --runs 40] [--scale [N]] [--timeout-min 20]
// The "data out" features, timed on the embedded database and on a throwaway PostgreSQL cluster,
// each migrated and seeded with the dataset: (1) full-text search (searchRecord) for a fixed set of
// queries, (2) the feeds of changes (scope + listLatestChanges, then the Atom and JSON documents),
// (3) a data release cut (cutRelease), then a second cut with nothing changed. With --scale
// (20,000 incidents when no N is given) the PostgreSQL database then gets N synthetic incidents
// (data:synthetic) and is timed again. Prints figures only: nothing here passes or fails.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { createDb, type Db } from "../../lib/db/create-client";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { addDays, today } from "../../lib/dates";
import { cutRelease } from "../../lib/releases/release-writes";
import { searchRecord } from "../../lib/search/search-queries";
import { searchQuerySchema } from "../../lib/search/search-query";
import { renderAtomFeed } from "../../lib/syndication/atom";
import { buildFeedDocument } from "../../lib/syndication/feed-document";
import { parseFeedFilters, type FeedFilters } from "../../lib/syndication/feed-filters";
import { readChangeFeed } from "../../lib/syndication/feed-queries";
import { toJsonFeed } from "../../lib/syndication/json-feed";
import { loadSynthetic } from "../data/synthetic/load";
import { applyMigrations } from "../db/prisma-cli";
import { seedUrl } from "../db/seed-url";
import { findFreePort } from "../support/free-port";
import { findPostgresBinaries, startPostgresCluster } from "../support/postgres-cluster";
import { percentile } from "./data-cases";

const argsSchema = z.object({
  runs: z.coerce
    .number({ error: "--runs must be a number" })
    .int()
    .min(3, "--runs must be at least 3")
    .max(1000)
    .default(40),
  scale: z.coerce
    .number({ error: "--scale must be a number" })
    .int()
    .min(1, "--scale must be at least 1")
    .max(1_000_000)
    .optional(),
  timeoutMin: z.coerce.number({ error: "--timeout-min must be a number" }).positive().max(120).default(20),
});
/** `--scale` may stand alone (then 20,000 incidents) or take a number. */
function parseArgs(argv: string[]) {
  const raw: Record<string, string> = {};
  const names: Record<string, string> = { "--runs": "runs", "--scale": "scale", "--timeout-min": "timeoutMin" };
  for (let k = 0; k < argv.length; k++) {
    const name = names[argv[k]!];
    if (!name) throw new Error(`unknown argument ${argv[k]} (known: ${Object.keys(names).join(", ")})`);
    const next = argv[k + 1];
    if (next !== undefined && !next.startsWith("--")) raw[name] = argv[++k]!;
    else if (name === "scale") raw[name] = "20000";
    else throw new Error(`${argv[k]} needs a value`);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}
let args: z.infer<typeof argsSchema>;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`bench:data-out: ${(e as Error).message}`);
  process.exit(2);
}

/** A fixed origin, so the feeds' and release's sizes do not depend on the machine's SITE_URL. */
const SITE = "https://frontier-monitor.example";
const QUERIES = [
  "Bajaur",
  "Zabihullah Mujahid",
  '"no damage to life"',
  "Fetrat",
  "Ghazab-lil-Haq",
  "TTP Bannu",
  "ceasefire Doha",
];
const FEEDS = ["", "province=PK-KP"];
const ms = (n: number) => n.toFixed(1).padStart(8);
const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(9);

/** `runs` warm timings of `fn` (one untimed call first: connection and query plan), ascending. */
async function timeRuns(fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < args.runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}
const spread = (t: number[]) => `${ms(percentile(t, 50))}${ms(percentile(t, 95))}${ms(t.at(-1)!)}`;

async function benchSearch(db: Db) {
  console.log(`  search (${args.runs} warm runs)`.padEnd(36), "hits".padStart(6), "  p50 ms  p95 ms  max ms");
  for (const text of QUERIES) {
    const query = searchQuerySchema.parse({ q: text }); // as the API reads ?q=
    const result = await searchRecord(db, query);
    const times = await timeRuns(() => searchRecord(db, query));
    console.log(`    ${text}`.padEnd(36), String(result.total).padStart(6), spread(times));
  }
}

/** What /feeds/changes.* does for one query string, without the cache (lib/syndication/data.ts). */
async function readFeed(db: Db, filters: FeedFilters) {
  const { scope, changes, readAt } = await readChangeFeed(db, filters);
  if (scope.kind === "missing") throw new Error(`feed scope missing: ${scope.id}`);
  return { scope, changes, readAt };
}

async function benchFeeds(db: Db) {
  console.log(
    `  feeds (${args.runs} warm runs)`.padEnd(24),
    "entries  query p50/p95 ms  build+render p50/p95 ms  Atom KiB  JSON KiB",
  );
  for (const qs of FEEDS) {
    const parsed = parseFeedFilters(new URLSearchParams(qs));
    if (!parsed.ok) throw new Error(`feed filters ${qs}: ${parsed.problem.message}`);
    const filters = parsed.value;
    const data = await readFeed(db, filters);
    const render = () => {
      const feed = buildFeedDocument({ siteUrl: SITE, filters, ...data });
      return { atom: renderAtomFeed(feed), json: JSON.stringify(toJsonFeed(feed)) };
    };
    const { atom, json } = render();
    const query = await timeRuns(() => readFeed(db, filters));
    const build = await timeRuns(async () => render());
    const p = (t: number[]) => `${percentile(t, 50).toFixed(1)} / ${percentile(t, 95).toFixed(1)}`;
    console.log(
      `    ${qs || "(all changes)"}`.padEnd(24),
      String(data.changes.length).padStart(7),
      p(query).padStart(17),
      p(build).padStart(24),
      kib(Buffer.byteLength(atom)),
      kib(Buffer.byteLength(json)),
    );
  }
}

async function benchRelease(db: Db, on: string) {
  const first = performance.now();
  const cut = await cutRelease(db, { on, now: new Date(), siteUrl: SITE });
  const firstMs = performance.now() - first;
  if (cut.status === "cut") {
    const bytes = cut.files.reduce((sum, f) => sum + f.bytes, 0);
    const rows = cut.files.reduce((sum, f) => sum + (f.rows ?? 0), 0);
    console.log(
      `  release ${on}: cut in ${firstMs.toFixed(0)} ms, ${cut.files.length} files, ` +
        `${rows.toLocaleString("en")} rows, ${bytes.toLocaleString("en")} bytes (${(bytes / 1024).toFixed(1)} KiB)`,
    );
  } else console.log(`  release ${on}: ${cut.status} since ${cut.latest.id} in ${firstMs.toFixed(0)} ms`);
  const second = performance.now();
  const again = await cutRelease(db, { on, now: new Date(), siteUrl: SITE });
  console.log(`  second cut, nothing changed: ${again.status} in ${(performance.now() - second).toFixed(0)} ms`);
}

async function benchDatabase(title: string, url: string, releaseOn: string) {
  console.log(`\n== ${title} ==`);
  const db = createDb(url, { poolMax: 4 });
  try {
    await benchSearch(db);
    await benchFeeds(db);
    await benchRelease(db, releaseOn);
  } finally {
    await db.$disconnect();
  }
}

async function migrateAndSeed(url: string): Promise<string> {
  const started = performance.now();
  await applyMigrations(url, { quiet: true });
  await seedUrl(url);
  return `migrated and seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

// ───────────────────────────── the run ─────────────────────────────

const cpus = os.cpus();
const load = os.loadavg().map((l) => l.toFixed(2));
const script = path.relative(process.cwd(), process.argv[1]!);
console.log(`command: tsx ${[script, ...process.argv.slice(2)].join(" ")}`);
console.log(
  `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
    `load average ${load.join(" ")} (1/5/15 min), node ${process.version}`,
);
console.log(`${args.runs} warm runs per figure; time limit ${args.timeoutMin} min; scale ${args.scale ?? "off"}`);

/** Every database this run started, so an error, a signal or the time limit stops them all. */
const stops: (() => void | Promise<void>)[] = [];
const stopAll = async () => {
  for (const stop of stops.splice(0).reverse()) await Promise.resolve(stop()).catch(() => {});
};
const stopAndExit = (code: number, why: string) => {
  console.error(`bench:data-out: ${why}; stopping the databases`);
  void stopAll().finally(() => process.exit(code));
};
process.on("SIGINT", () => stopAndExit(130, "interrupted"));
process.on("SIGTERM", () => stopAndExit(143, "terminated"));
const limit = setTimeout(
  () => stopAndExit(3, `time limit of ${args.timeoutMin} min reached`),
  args.timeoutMin * 60_000,
);
limit.unref();

const day = today();
try {
  const embedded = await startEmbeddedDatabase({ port: await findFreePort(), quiet: true });
  stops.push(embedded.stop);
  const seeded = await migrateAndSeed(embedded.url);
  await benchDatabase(`embedded (PGlite, in memory), seeded dataset; ${seeded}`, embedded.url, day);
  await stopAll();

  const bin = findPostgresBinaries();
  if (!bin) console.log("\nno PostgreSQL server binaries (PG_BIN_DIR): skipped the PostgreSQL runs");
  else {
    const cluster = startPostgresCluster(bin, await findFreePort());
    stops.push(cluster.stop);
    const version = cluster.version.replace(/^postgres \(PostgreSQL\) /, "PostgreSQL ");
    const pgSeeded = await migrateAndSeed(cluster.url);
    await benchDatabase(`${version} (throwaway cluster), seeded dataset; ${pgSeeded}`, cluster.url, day);
    if (args.scale) {
      // Into the same database: the synthetic rows join the dataset, and the cut the next day is
      // the daily cut after the seeded one (its changelog lists the new rows).
      const load = await loadSynthetic(cluster.url, { incidents: args.scale, quiet: true });
      const rows = Object.values(load.rows).reduce((a, b) => a + b, 0);
      const loaded = `+${args.scale.toLocaleString("en")} synthetic incidents (${rows.toLocaleString("en")} rows)`;
      const took = `loaded in ${load.seconds.toFixed(1)} s, peak RSS ${load.peakRssMb.toFixed(0)} MB`;
      await benchDatabase(`${version}, seeded dataset ${loaded}; ${took}`, cluster.url, addDays(day, 1));
    }
  }
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  clearTimeout(limit);
  await stopAll();
}
