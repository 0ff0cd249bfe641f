// npm run bench:growth [-- --max 1000000] [--runs 20] [--seed 1] [--timeout-min 45] [--json FILE]
// How every dashboard data function (scripts/bench/data-cases.ts, the list bench:data measures)
// grows with the record: a throwaway PostgreSQL cluster, one database per size loaded with
// data:synthetic (10k and 100k incidents; 1M with --max 1000000), p50/p95 per function per size,
// the ratio p95(largest)/p95(10k) against the ≤ 3× target (sizes timed round-robin), and EXPLAIN (FORMAT JSON) of the
// filtered attack queries, reporting every sequential scan over "Incident".
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { z } from "zod";
import { createDb, type Db } from "../../lib/db/create-client";
import { Prisma } from "../../lib/db/generated/client";
import * as attacks from "../../lib/incidents/attack-queries";
import { listAttacks } from "../../lib/incidents/incident-queries";
import { findFreePort } from "../support/free-port";
import { findPostgresBinaries, startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { loadSynthetic, type SyntheticResult } from "../data/synthetic/load";
import { dataCases, percentile } from "./data-cases";

const argsSchema = z.object({
  max: z.coerce
    .number()
    .int()
    .refine((n) => [10_000, 100_000, 1_000_000].includes(n), "--max must be 10000, 100000 or 1000000")
    .default(100_000),
  runs: z.coerce.number().int().min(3, "--runs must be at least 3").max(1000).default(20),
  seed: z.coerce.number().int().min(0).default(1),
  timeoutMin: z.coerce.number().positive().max(240).default(45),
  json: z.string().optional(),
});
function parseArgs(argv: string[]) {
  const raw: Record<string, string | undefined> = {};
  const names: Record<string, string> = {
    "--max": "max",
    "--runs": "runs",
    "--seed": "seed",
    "--timeout-min": "timeoutMin",
    "--json": "json",
  };
  for (let k = 0; k < argv.length; k++) {
    const name = names[argv[k]!];
    if (!name) throw new Error(`unknown argument ${argv[k]} (known: ${Object.keys(names).join(", ")})`);
    raw[name] = argv[++k];
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return parsed.data;
}

let args: z.infer<typeof argsSchema>;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`bench:growth: ${(e as Error).message}`);
  process.exit(2);
}
const SIZES = [10_000, 100_000, 1_000_000].filter((n) => n <= args.max);

// ───────────────────────────── EXPLAIN of the filtered attack queries ─────────────────────────────

const FROM = "2026-02-01",
  TO = "2026-04-30";
const explainCases: [string, (db: Db) => Promise<unknown>][] = [
  [
    "over time (KP, date range, by type)",
    (db) => attacks.countAttacksOverTime(db, { province: "PK-KP", from: FROM, to: TO }, "month", "type"),
  ],
  [
    "over time (BA, date range, by perpetrator)",
    (db) => attacks.countAttacksOverTime(db, { province: "PK-BA", from: FROM, to: TO }, "week", "perpetrator"),
  ],
  [
    "by district (KP, date range)",
    (db) => attacks.countAttacksByDistrict(db, { province: "PK-KP", from: FROM, to: TO }),
  ],
  ["by district (date range only)", (db) => attacks.countAttacksByDistrict(db, { from: FROM, to: TO })],
  [
    "by perpetrator (KP, date range)",
    (db) => attacks.countAttacksByPerpetrator(db, { province: "PK-KP", from: FROM, to: TO }),
  ],
  [
    "by type (district bajaur, 2025 H2)",
    (db) => attacks.countAttacksByType(db, { district: "PK-KP-bajaur", from: "2025-07-01", to: "2025-12-31" }),
  ],
  ["by target (type SUICIDE_BOMBING)", (db) => attacks.countAttacksByTarget(db, { type: "SUICIDE_BOMBING" })],
  [
    "by province (perpetrator bla, date range)",
    (db) => attacks.countAttacksByProvince(db, { perpetrator: "bla", from: FROM, to: TO }),
  ],
  ["count (one month)", (db) => attacks.countAttacks(db, { from: "2026-03-01", to: "2026-03-31" })],
  [
    "incident list (KP, date range, page 1)",
    (db) => listAttacks(db, { province: "PK-KP", from: FROM, to: TO }, { sort: "date-desc", page: 1, pageSize: 25 }),
  ],
];

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Plan Rows"?: number; Plans?: PlanNode[] };
function walk(node: PlanNode, visit: (n: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** Runs `fn` against a client whose $queryRaw first EXPLAINs each statement; returns the plans. */
async function explainAll(db: Db, fn: (db: Db) => Promise<unknown>): Promise<PlanNode[]> {
  const plans: PlanNode[] = [];
  const spy = new Proxy(db, {
    get(target, prop) {
      if (prop === "$queryRaw") {
        return async (strings: TemplateStringsArray, ...values: unknown[]) => {
          const query = Prisma.sql(strings, ...values);
          const rows = await target.$queryRaw<{ "QUERY PLAN": unknown }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${query}`);
          const raw = rows[0]?.["QUERY PLAN"];
          const json = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
          plans.push(json[0]!.Plan);
          return target.$queryRaw(query);
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  await fn(spy);
  return plans;
}

// ───────────────────────────── the run ─────────────────────────────

type SizeResult = {
  size: number;
  load: SyntheticResult;
  times: Map<string, { p50: number; p95: number }>;
  seqScans: string[];
  otherSeq: string[];
};
type Loaded = { size: number; load: SyntheticResult; db: Db };

async function loadSize(cluster: PostgresCluster, size: number): Promise<Loaded> {
  const dbName = `growth_${size}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
  } finally {
    await admin.end();
  }
  const url = cluster.url.replace(/\/postgres$/, `/${dbName}`);

  console.log(`\n── ${size.toLocaleString("en")} incidents ──`);
  const load = await loadSynthetic(url, { incidents: size, seed: args.seed });
  const rows = Object.values(load.rows).reduce((a, b) => a + b, 0);
  console.log(
    `loaded ${rows.toLocaleString("en")} synthetic rows in ${load.seconds.toFixed(1)} s (migrate + seed + COPY + ANALYZE), peak RSS ${load.peakRssMb.toFixed(0)} MB`,
  );
  const db = createDb(url, { poolMax: 4 });
  const [sizes] = await db.$queryRaw<{ rollup: bigint; incidents: bigint }[]>`
    SELECT (SELECT COUNT(*) FROM "AttackRollup") AS rollup, (SELECT COUNT(*) FROM "Incident") AS incidents`;
  console.log(
    `attack rollup: ${Number(sizes!.rollup).toLocaleString("en")} rows for ${Number(sizes!.incidents).toLocaleString("en")} incidents`,
  );
  return { size, load, db };
}

/** Every size is loaded first, then each function is timed round-robin across the sizes (run k at
 *  10k, run k at 100k, …), so a burst of load from elsewhere on the machine hits all sizes alike. */
async function measureAll(loaded: Loaded[]): Promise<SizeResult[]> {
  const results: SizeResult[] = loaded.map((l) => ({
    size: l.size,
    load: l.load,
    times: new Map(),
    seqScans: [],
    otherSeq: [],
  }));
  console.log(`\n${"function".padEnd(44)}${loaded.map((l) => `${l.size} p50/p95 ms`.padStart(24)).join("")}`);
  for (const [label, fn] of dataCases) {
    for (const l of loaded) await fn(l.db); // warm-up: connection and query plan
    const t: number[][] = loaded.map(() => []);
    for (let k = 0; k < args.runs; k++) {
      for (const [j, l] of loaded.entries()) {
        const s = performance.now();
        await fn(l.db);
        t[j]!.push(performance.now() - s);
      }
    }
    const cells = t.map((xs, j) => {
      xs.sort((a, b) => a - b);
      const r = { p50: percentile(xs, 50), p95: percentile(xs, 95) };
      results[j]!.times.set(label, r);
      return `${r.p50.toFixed(2)} / ${r.p95.toFixed(2)}`.padStart(24);
    });
    console.log(label.padEnd(44) + cells.join(""));
  }
  for (const [j, l] of loaded.entries()) {
    for (const [label, fn] of explainCases) {
      for (const plan of await explainAll(l.db, fn)) {
        walk(plan, (n) => {
          if (n["Node Type"] !== "Seq Scan") return;
          const line = `${label}: Seq Scan on "${n["Relation Name"]}" (est. ${n["Plan Rows"]} rows)`;
          if (n["Relation Name"] === "Incident") results[j]!.seqScans.push(line);
          else results[j]!.otherSeq.push(line);
        });
      }
    }
  }
  return results;
}

function report(results: SizeResult[]) {
  const first = results[0]!,
    last = results[results.length - 1]!;
  const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
  console.log(`\n══ query growth: p50 / p95 ms, ${args.runs} runs each, PostgreSQL throwaway cluster ══`);
  const head = [
    "function".padEnd(42),
    ...results.map((r) => `${k(r.size)} p50/p95`.padStart(18)),
    `p95 ${k(last.size)}/${k(first.size)}`.padStart(13),
    "≤3×".padStart(5),
  ];
  console.log(head.join(" "));
  let misses = 0;
  for (const [label] of dataCases) {
    const cells = results.map((r) => {
      const t = r.times.get(label)!;
      return `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}`.padStart(18);
    });
    const ratio = last.times.get(label)!.p95 / first.times.get(label)!.p95;
    const ok = ratio <= 3;
    if (!ok) misses++;
    console.log(
      [label.padEnd(42), ...cells, `${ratio.toFixed(2)}×`.padStart(13), (ok ? "ok" : "MISS").padStart(5)].join(" "),
    );
  }
  console.log(
    `${dataCases.length - misses}/${dataCases.length} functions within 3× (p95 at ${k(last.size)} vs ${k(first.size)})`,
  );
  if (args.json) {
    writeFileSync(
      args.json,
      JSON.stringify(
        results.map((r) => ({
          size: r.size,
          load: r.load,
          seqScans: r.seqScans,
          times: Object.fromEntries(r.times),
        })),
        null,
        2,
      ),
    );
  }
  console.log(
    "\nload:",
    results
      .map((r) => `${k(r.size)} ${r.load.seconds.toFixed(1)} s, peak RSS ${r.load.peakRssMb.toFixed(0)} MB`)
      .join("; "),
  );
  for (const r of results) {
    console.log(
      `\nEXPLAIN at ${k(r.size)}: ${explainCases.length} filtered attack queries, ${r.seqScans.length} sequential scan(s) on "Incident"`,
    );
    for (const s of r.seqScans) console.log(`  ${s}`);
    if (r.otherSeq.length) console.log(`  (also on other tables: ${[...new Set(r.otherSeq)].join("; ")})`);
  }
}

const bin = findPostgresBinaries();
if (!bin) {
  console.error("bench:growth needs PostgreSQL server binaries (Debian: apt-get install postgresql, or PG_BIN_DIR)");
  process.exit(2);
}
const cluster = startPostgresCluster(bin, await findFreePort());
console.log(
  `${cluster.version}, throwaway cluster; sizes ${SIZES.join(", ")}; ${args.runs} runs per function; time limit ${args.timeoutMin} min`,
);
const stopAndExit = (code: number, why: string) => {
  console.error(`bench:growth: ${why}; stopping the cluster`);
  cluster.stop();
  process.exit(code);
};
process.on("SIGINT", () => stopAndExit(130, "interrupted"));
process.on("SIGTERM", () => stopAndExit(143, "terminated"));
const limit = setTimeout(
  () => stopAndExit(3, `time limit of ${args.timeoutMin} min reached`),
  args.timeoutMin * 60_000,
);
limit.unref();

try {
  const loaded: Loaded[] = [];
  try {
    for (const size of SIZES) loaded.push(await loadSize(cluster, size));
    report(await measureAll(loaded));
  } finally {
    await Promise.all(loaded.map((l) => l.db.$disconnect()));
  }
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  clearTimeout(limit);
  cluster.stop();
}
