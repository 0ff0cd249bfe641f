// npm run bench:scale [-- --max 1000000] [--out DIR] [--skip growth|pages|bundle,…]
// Every scale benchmark in one go, one after another (never in parallel: they would measure each
// other), each in its own process with its own output, then one summary table:
//   1. query growth (bench:growth): p50/p95 per dashboard data function at 10k, 100k (, 1M);
//   2. page serving (bench:pages): requests/s and p99 under autocannon against a static file;
//   3. memory: the server's peak RSS under load, and the synthetic loader's peak RSS per size;
//   4. bundle (bench:bundle): first-load JS per route, gzip.
// Pages and bundle need the production build: run the whole thing under the heavy lock, e.g.
//   flock /tmp/fm-heavy.lock sh -c 'npx next build && npm run bench:scale -- --max 1000000'
// `--skip growth` reuses DIR/growth.json from an earlier run (the growth run needs no build).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { SyntheticResult } from "../data/synthetic/load";
import type { BundleRow } from "./bundle";
import type { LoadResult } from "./page-serving";

const opts = z
  .object({
    max: z.enum(["100000", "1000000"]).default("100000"),
    out: z.string().default("/tmp/bench-scale"),
    skip: z
      .string()
      .default("")
      .transform((s) => new Set(s.split(",").filter(Boolean))),
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
for (const s of opts.skip)
  if (!["growth", "pages", "bundle"].includes(s)) throw new Error(`--skip: unknown benchmark ${s}`);
mkdirSync(opts.out, { recursive: true });
const file = (name: string) => path.join(opts.out, `${name}.json`);

function step(script: string, args: string[]): Promise<void> {
  console.log(`\n▶ tsx ${script} ${args.join(" ")}`);
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", [script, ...args], { stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

if (!opts.skip.has("growth"))
  await step("scripts/bench/query-growth.ts", ["--max", opts.max, "--json", file("growth")]);
if (!opts.skip.has("pages")) await step("scripts/bench/page-serving.ts", ["--json", file("pages")]);
if (!opts.skip.has("bundle")) await step("scripts/bench/bundle.ts", ["--json", file("bundle")]);

const read = <T>(name: string): T | null =>
  existsSync(file(name)) ? (JSON.parse(readFileSync(file(name), "utf8")) as T) : null;
type Growth = {
  size: number;
  load: SyntheticResult;
  seqScans: string[];
  times: Record<string, { p50: number; p95: number }>;
}[];
const growth = read<Growth>("growth");
const pages = read<{
  results: (LoadResult & { name: string })[];
  staticRps: number;
  idleRssMb: number;
  peakRssMb: number;
}>("pages");
const bundle = read<BundleRow[]>("bundle");
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

console.log("\n════════════════════════════ scale benchmarks: summary ════════════════════════════");
if (growth) {
  const first = growth[0]!,
    last = growth.at(-1)!;
  console.log(`\nQuery growth (ms, p50 / p95; target p95 ${k(last.size)} ≤ 3× p95 ${k(first.size)})`);
  console.log(
    ["function".padEnd(42), ...growth.map((g) => k(g.size).padStart(16)), "ratio".padStart(8), "".padStart(5)].join(""),
  );
  for (const fn of Object.keys(first.times)) {
    const ratio = last.times[fn]!.p95 / first.times[fn]!.p95;
    console.log(
      [
        fn.padEnd(42),
        ...growth.map((g) => `${g.times[fn]!.p50.toFixed(1)} / ${g.times[fn]!.p95.toFixed(1)}`.padStart(16)),
        `${ratio.toFixed(2)}×`.padStart(8),
        (ratio <= 3 ? " ok" : " MISS").padStart(5),
      ].join(""),
    );
  }
  console.log(
    `sequential scans on "Incident" in filtered EXPLAINs: ${growth.map((g) => `${k(g.size)} ${g.seqScans.length}`).join(", ")}`,
  );
  console.log(
    `synthetic load: ${growth.map((g) => `${k(g.size)} ${g.load.seconds.toFixed(0)} s, peak RSS ${g.load.peakRssMb.toFixed(0)} MB`).join("; ")}`,
  );
}
if (pages) {
  console.log(
    `\nPage serving (req/s, p99 ms; target ≥ 0.7× static = ${(0.7 * pages.staticRps).toFixed(0)} req/s, 0 errors)`,
  );
  for (const r of pages.results) {
    const errors = r.errors + r.timeouts + r.non2xx;
    console.log(
      `${r.name.padEnd(28)}${r.rps.toFixed(0).padStart(8)} req/s  p99 ${String(r.p99).padStart(5)} ms  ${(r.rps / pages.staticRps).toFixed(2)}× static  ${errors} errors`,
    );
  }
  console.log(`server RSS: idle ${pages.idleRssMb.toFixed(0)} MB, peak under load ${pages.peakRssMb.toFixed(0)} MB`);
}
if (bundle) {
  console.log("\nFirst-load JS per route (gzip KiB)");
  for (const b of bundle) console.log(`${b.route.padEnd(40)}${b.gzipKiB.toFixed(1).padStart(8)}`);
}
