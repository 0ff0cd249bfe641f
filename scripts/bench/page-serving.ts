// npm run bench:pages [-- --seconds 8 --requests 20000 --connections 10 --json FILE]
// Page serving under load, on the production build (`npx next build` first, under the heavy lock):
// `next start` on a throwaway PostgreSQL 15 cluster holding the dataset, loaded by autocannon from
// a second process (scripts/bench/load-client.ts), loopback only, each run bounded in time and in
// requests. Reports requests/s, p50/p99 and errors for the dashboard pages, an incident page and a
// share card against a static file of the same server in the same run (targets: the cached pages
// ≥ 0.7× the static file's requests/s, a repeated /attacks view ≥ 0.3×, zero errors), the time of
// /attacks views never requested before (p95 ≤ 150 ms), and the server's peak RSS (≤ 500 MB).
import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { z } from "zod";
import { applyMigrations } from "../db/prisma-cli";
import { seedUrl } from "../db/seed-url";
import { findFreePort } from "../support/free-port";
import { findPostgresBinaries, startPostgresCluster } from "../support/postgres-cluster";
import { groupRss, groupRssByProcess, startBenchServer } from "./start-server";

const run = promisify(execFile);
const args = z
  .object({
    seconds: z.coerce.number().min(1).max(60).default(8),
    requests: z.coerce.number().int().min(10).max(200_000).default(20_000),
    connections: z.coerce.number().int().min(1).max(100).default(10),
    json: z.string().optional(),
  })
  .parse(
    Object.fromEntries(
      process.argv
        .slice(2)
        .reduce<[string, string][]>(
          (acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]!]] : acc),
          [],
        ),
    ),
  );

export type LoadResult = {
  url: string;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytes: number;
};

/**
 * wrk (Debian: apt-get install wrk) when installed: autocannon spends a core parsing responses and
 * saturates at ~60 MB/s of bodies on this machine while the server idles at a quarter of a core, so
 * its req/s measure the response's size more than the server. wrk runs one thread, same connections.
 */
const WRK = ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((path) => existsSync(path));

async function loadWithWrk(url: string): Promise<LoadResult> {
  const { stdout } = await run(
    WRK!,
    [
      "-t1",
      `-c${args.connections}`,
      `-d${args.seconds}s`,
      "--latency",
      "-H",
      "accept-encoding: gzip, deflate, br",
      url,
    ],
    { timeout: (args.seconds + 60) * 1000 },
  );
  const number = (pattern: RegExp) => Number(pattern.exec(stdout)?.[1] ?? 0);
  const ms = (pattern: RegExp) => {
    const match = pattern.exec(stdout);
    if (!match) return NaN;
    const scale = { us: 0.001, ms: 1, s: 1000 }[match[2] as "us" | "ms" | "s"];
    return Number(match[1]) * scale;
  };
  const requests = number(/(\d+) requests in/);
  const seconds = ms(/requests in ([\d.]+)(us|ms|s),/) / 1000;
  const size = /, ([\d.]+)(B|KB|MB|GB) read/.exec(stdout);
  const bytes = size ? Number(size[1]) * { B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30 }[size[2] as "B"] : 0;
  return {
    url,
    requests,
    seconds,
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    p50: ms(/\s50%\s+([\d.]+)(us|ms|s)/),
    p99: ms(/\s99%\s+([\d.]+)(us|ms|s)/),
    errors: number(/Socket errors: connect (\d+)/) + number(/read (\d+), write/),
    timeouts: number(/timeout (\d+)/),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    bytes,
  };
}

async function load(url: string): Promise<LoadResult> {
  if (WRK) return loadWithWrk(url);
  const { stdout } = await run(
    "node_modules/.bin/tsx",
    ["scripts/bench/load-client.ts", url, String(args.connections), String(args.seconds), String(args.requests)],
    { timeout: (args.seconds + 60) * 1000 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as LoadResult;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;

/**
 * A filter set no one asked for before renders on its first request (then is kept): time 60 such
 * views one after another, each a different province and period, none requested twice.
 */
async function timeUnseenViews(base: string): Promise<number[]> {
  const provinces = ["PK-KP", "PK-BA", "PK-PB", "PK-SD", "PK-IS", "PK-GB"];
  const grains = ["month", "week"];
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const from = new Date(Date.UTC(2025, 0, 1) + i * 5 * 86_400_000).toISOString().slice(0, 10);
    const path = `/attacks?province=${provinces[i % provinces.length]}&from=${from}&by=${grains[i % grains.length]}`;
    const started = performance.now();
    const response = await fetch(base + path);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  }
  return times;
}

const bin = findPostgresBinaries();
if (!bin) {
  console.error("bench:pages needs PostgreSQL server binaries (Debian: apt-get install postgresql, or PG_BIN_DIR)");
  process.exit(2);
}
const cluster = startPostgresCluster(bin, await findFreePort());
let stopServer = () => {};
const cleanup = () => {
  stopServer();
  cluster.stop();
};
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});
process.on("SIGTERM", () => {
  cleanup();
  process.exit(143);
});

try {
  await applyMigrations(cluster.url, { quiet: true });
  await seedUrl(cluster.url);
  const server = await startBenchServer({ databaseUrl: cluster.url });
  stopServer = server.stop;
  const { base, pid } = server;
  const idleRss = groupRss(pid);

  // Wait for the database-backed pages, then read the data version and a static asset from them.
  for (let i = 0; i < 60 && (await fetch(`${base}/methodology`)).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 500));
  const version =
    (await fetch(`${base}/cards/attacks?from=1990-01-01&to=1990-01-01`)).headers.get("x-data-version") ?? "0";
  const html = await (await fetch(`${base}/`)).text();
  const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!asset) throw new Error("no static script referenced by /");

  // [name, path, target as a share of the static file's req/s (issue 16), or none]
  const targets: [string, string, number | null][] = [
    ["static file", asset, null],
    ["/", "/", 0.7],
    ["/casualties", "/casualties", 0.7],
    ["/mediation", "/mediation", 0.7],
    ["/methodology", "/methodology", 0.7],
    ["incident page", "/incidents/bajaur-vbied-security-post-2026-02", 0.7],
    ["/attacks (KP, H1 2026)", "/attacks?province=PK-KP&from=2026-01-01&to=2026-06-30", 0.3],
    ["card (attacks)", `/cards/attacks?v=${version}`, null],
    ["static file (again)", asset, null],
  ];
  let peakRss = idleRss;
  const peakByProcess = new Map<string, number>();
  const sampler = setInterval(() => {
    const byProcess = groupRssByProcess(pid);
    peakRss = Math.max(
      peakRss,
      [...byProcess.values()].reduce((sum, rss) => sum + rss, 0),
    );
    for (const [name, rss] of byProcess) peakByProcess.set(name, Math.max(peakByProcess.get(name) ?? 0, rss));
  }, 200);
  const results: (LoadResult & { name: string; target: number | null; cacheControl: string; htmlKiB: number })[] = [];
  let unseen: number[] = [];
  let peakCachedRss = 0;
  try {
    for (const [name, path, target] of targets) {
      let cacheControl = "",
        size = 0;
      for (let i = 0; i < 3; i++) {
        const r = await fetch(base + path);
        if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
        size = (await r.arrayBuffer()).byteLength;
        cacheControl = r.headers.get("cache-control") ?? "(none)";
      }
      results.push({ name, target, cacheControl, htmlKiB: size / 1024, ...(await load(base + path)) });
    }
    peakCachedRss = peakRss; // the cached pages alone; then the renders of new views
    unseen = await timeUnseenViews(base);
  } finally {
    clearInterval(sampler);
  }

  const staticRps = (results[0]!.rps + results.at(-1)!.rps) / 2;
  console.log(
    `\n══ page serving: npm start (front cache + next start) + PostgreSQL 15, ${WRK ? `wrk, 1 thread, ${args.connections} connections, ${args.seconds} s` : `autocannon ${args.connections} connections, ≤ ${args.seconds} s and ≤ ${args.requests} requests (install wrk: autocannon's parsing limits these figures)`} per URL, Accept-Encoding gzip ══`,
  );
  console.log(
    `${"url".padEnd(26)}${"req/s".padStart(9)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"requests".padStart(10)}${"errors".padStart(8)}${"KiB sent".padStart(10)}${"× static".padStart(10)}`,
  );
  for (const r of results) {
    const bad = r.errors + r.timeouts + r.non2xx;
    console.log(
      `${r.name.padEnd(26)}${r.rps.toFixed(0).padStart(9)}${r.p50.toFixed(1).padStart(8)}${r.p99.toFixed(1).padStart(8)}${String(r.requests).padStart(10)}${String(bad).padStart(8)}${(r.bytes / Math.max(1, r.requests) / 1024).toFixed(1).padStart(10)}${(r.rps / staticRps).toFixed(2).padStart(10)}`,
    );
  }
  const errors = results.reduce((a, r) => a + r.errors + r.timeouts + r.non2xx, 0);
  for (const r of results.filter((result) => result.target !== null))
    console.log(
      `  ${r.name.padEnd(24)} target ≥ ${r.target}× static: ${r.rps >= r.target! * staticRps ? "met" : "MISSED"} (${(r.rps / staticRps).toFixed(2)}×)`,
    );
  console.log(`errors: ${errors}`);
  const unseenP95 = percentile(unseen, 0.95);
  console.log(
    `/attacks, ${unseen.length} views never requested before, one at a time: p50 ${percentile(unseen, 0.5).toFixed(0)} ms, p95 ${unseenP95.toFixed(0)} ms (target ≤ 150 ms: ${unseenP95 <= 150 ? "met" : "MISSED"})`,
  );
  console.log("\nresponse size and Cache-Control as served (what a CDN in front would be told):");
  for (const r of results.slice(0, -1))
    console.log(`  ${r.name.padEnd(24)} ${r.htmlKiB.toFixed(0).padStart(5)} KiB  ${r.cacheControl}`);
  const peakMb = peakRss / 2 ** 20;
  console.log(
    `server RSS (runner + next start, whole process group): idle ${(idleRss / 2 ** 20).toFixed(0)} MB, peak under load ${peakMb.toFixed(0)} MB (target ≤ 500 MB: ${peakMb <= 500 ? "met" : "MISSED"})`,
  );
  console.log(
    `  peak while serving the cached pages: ${(peakCachedRss / 2 ** 20).toFixed(0)} MB; while rendering the new views: ${peakMb.toFixed(0)} MB`,
  );
  console.log(
    `  peak per process: ${[...peakByProcess].map(([name, rss]) => `${name} ${(rss / 2 ** 20).toFixed(0)} MB`).join(", ")}`,
  );
  if (args.json)
    writeFileSync(
      args.json,
      JSON.stringify(
        { results, staticRps, unseenMs: unseen, idleRssMb: idleRss / 2 ** 20, peakRssMb: peakMb },
        null,
        2,
      ),
    );
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  cleanup();
}
