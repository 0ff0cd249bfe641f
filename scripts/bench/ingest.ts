// npm run bench:ingest [-- --items 10000] [--sources 20] [--only postgres|embedded]
// The refresh job's throughput: a local replay server serves generated RSS feeds (real RSS 2.0,
// every item about the conflict so none is filtered out), split over several sources; the job
// ingests them into an empty review queue (first run: items/s), then runs again over the same
// feeds (nothing changed: the time of that run and its ratio to the first, target ≤ 20%). On a
// throwaway PostgreSQL cluster and on the embedded database (PGlite), each migrated from scratch.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb } from "../../lib/db/create-client";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { runRefresh, type RefreshSummary } from "../../lib/ingest/run-refresh";
import { applyMigrations } from "../db/prisma-cli";
import { findFreePort } from "../support/free-port";
import { findPostgresBinaries, startPostgresCluster } from "../support/postgres-cluster";
import { generate, startReplayServer, type Route } from "../support/replay-server";

const { values } = parseArgs({
  options: {
    items: { type: "string", default: "10000" },
    sources: { type: "string", default: "20" },
    only: { type: "string" },
  },
});
const ITEMS = Number(values.items);
const SOURCES = Number(values.sources);
if (!Number.isInteger(ITEMS) || ITEMS < SOURCES || !Number.isInteger(SOURCES) || SOURCES < 1 || SOURCES > 200) {
  console.error("bench:ingest: --items must be an integer ≥ --sources, --sources between 1 and 200");
  process.exit(2);
}

const PLACES = [
  "Bannu",
  "North Waziristan",
  "Lakki Marwat",
  "Dera Ismail Khan",
  "Bajaur",
  "Khyber",
  "Quetta",
  "Kurram",
];
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** One RSS 2.0 feed of `count` items, the same bytes on every request. */
function feedXml(source: number, count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const place = PLACES[(source + i) % PLACES.length]!;
    const day = String(1 + (i % 28)).padStart(2, "0");
    items.push(`<item><guid isPermaLink="false">bench-${source}-${i}</guid>
<title>${esc(`Militants attack security forces checkpost in ${place} (report ${source}-${i})`)}</title>
<link>https://news.example/${source}/${i}</link><pubDate>Thu, ${day} Oct 2026 08:00:00 GMT</pubDate>
<description>${esc(`<p>At least ${1 + (i % 7)} soldiers were killed when TTP militants attacked a checkpost in ${place}, Khyber Pakhtunkhwa, officials said on Thursday. The ISPR said ${2 + (i % 5)} attackers were killed.</p>`)}</description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench feed ${source}</title><link>https://news.example/</link><description>generated</description>\n${items.join("\n")}\n</channel></rss>`;
}

const perSource = Array.from(
  { length: SOURCES },
  (_, s) => Math.floor(ITEMS / SOURCES) + (s < ITEMS % SOURCES ? 1 : 0),
);
const routes: Record<string, Route> = {};
perSource.forEach((n, s) => {
  const xml = feedXml(s, n);
  routes[`/bench/${s}.xml`] = generate("application/rss+xml; charset=utf-8", () => xml);
});
const replay = await startReplayServer(routes);
const slugs = perSource.map((_, s) => `bench-rss-${String(s).padStart(3, "0")}`);

async function benchDatabase(name: string, url: string) {
  const t0 = performance.now();
  await applyMigrations(url, { quiet: true });
  const db = createDb(url, { poolMax: 4 });
  try {
    await db.feedSource.createMany({
      data: slugs.map((slug, s) => ({
        slug,
        name: `Bench feed ${s}`,
        kind: "RSS" as const,
        url: `${replay.url}/bench/${s}.xml`,
        config: { timeoutMs: 60_000 },
      })),
    });
    console.log(`\n${name}: migrated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // The replay server listens on 127.0.0.1, which feeds reach only with the allowance.
    const env = { ...process.env, FEED_TIMEOUT_MS: "60000", FEED_ALLOWED_PRIVATE_HOSTS: "127.0.0.1" };
    const run = async (): Promise<[RefreshSummary, number]> => {
      const start = performance.now();
      const r = await runRefresh(db, {
        trigger: "CLI",
        budgetMs: 15 * 60_000,
        sources: slugs,
        env,
        feedTimeoutMs: 60_000,
      });
      if (!r.ok) throw new Error("another run holds the lock");
      return [r.summary, (performance.now() - start) / 1000];
    };
    const [first, t1] = await run();
    const [second, t2] = await run();
    const ok = first.status === "SUCCEEDED" && second.status === "SUCCEEDED";
    console.log(
      `  first run : ${first.totals.created} new of ${first.totals.fetched} fetched in ${t1.toFixed(1)} s → ${(first.totals.created / t1).toFixed(0)} items/s${ok ? "" : ` (status ${first.status}: ${first.error})`}`,
    );
    console.log(
      `  second run: ${second.totals.unchanged} unchanged, ${second.totals.created} new, ${second.totals.updated} updated in ${t2.toFixed(2)} s`,
    );
    const ratio = t2 / t1;
    console.log(
      `  ratio     : ${(ratio * 100).toFixed(1)}% of the first run (target ≤ 20%: ${ratio <= 0.2 ? "met" : "NOT met"})`,
    );
    return ok && first.totals.created === ITEMS && second.totals.created === 0 && ratio <= 0.2;
  } finally {
    await db.$disconnect();
  }
}

console.log(`bench:ingest — ${ITEMS} items over ${SOURCES} RSS feeds from a local replay server`);
let allOk = true;
try {
  if (values.only !== "embedded") {
    const bin = findPostgresBinaries();
    if (!bin) console.log("\nPostgreSQL: no server binaries found (PG_BIN_DIR); skipped");
    else {
      const cluster = startPostgresCluster(bin, await findFreePort());
      try {
        allOk =
          (await benchDatabase(
            `PostgreSQL (${cluster.version.replace(/^postgres \(PostgreSQL\) /, "")}, throwaway cluster)`,
            cluster.url,
          )) && allOk;
      } finally {
        cluster.stop();
      }
    }
  }
  if (values.only !== "postgres") {
    const embedded = await startEmbeddedDatabase({ port: await findFreePort(), quiet: true });
    try {
      allOk = (await benchDatabase("embedded (PGlite, in memory)", embedded.url)) && allOk;
    } finally {
      await embedded.stop();
    }
  }
} finally {
  await replay.stop();
}
console.log(allOk ? "\nall targets met" : "\nsome targets not met (see above)");
process.exitCode = allOk ? 0 : 1;
