// npm test — lint, typecheck, unit + integration tests (embedded database and real PostgreSQL),
// production build, browser tests. Every step runs even when an earlier one fails, so one run
// shows everything that is wrong; the last line is the total: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Step = {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  count?: () => { passed: number; failed: number; skipped: number };
};
const bin = (name: string) => `node_modules/.bin/${name}`;
mkdirSync("test-results", { recursive: true });

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

const steps: Step[] = [
  { name: "lint (eslint)", cmd: [bin("eslint"), ".", "--max-warnings=0"] },
  { name: "lint (no import cycles between lib/ folders)", cmd: [bin("tsx"), "scripts/check/import-graph.ts"] },
  {
    name: "lint (prettier --check)",
    cmd: [bin("prettier"), "--check", "--log-level=warn", "**/*.{ts,tsx,mjs,mts,css,json}"],
  },
  { name: "typecheck (tsc)", cmd: [bin("tsc"), "--noEmit"] },
  {
    name: "unit + integration (vitest)",
    cmd: [bin("vitest"), "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"],
    count: () => {
      const r = readJson("test-results/vitest.json") as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      } | null;
      return r
        ? { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }
        : { passed: 0, failed: 0, skipped: 0 };
    },
  },
  {
    // The build prerenders the public pages from the database (docs/caching.md): a throwaway
    // in-memory embedded one holding the dataset, as the browser tests' servers will.
    name: "production build (next build)",
    cmd: [bin("tsx"), "scripts/run.ts", "build"],
    env: {
      DATABASE_URL: "",
      EMBEDDED_DB_DIR: ":memory:",
      EMBEDDED_DB_PORT: process.env.BUILD_DB_PORT ?? "54397",
      EMBEDDED_DB_PASSWORD: "build-only-password-0123456789",
    },
  },
  {
    name: "browser (playwright + chromium)",
    cmd: [bin("playwright"), "test"],
    count: () => {
      const r = readJson("test-results/playwright.json") as {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
      } | null;
      return r
        ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped }
        : { passed: 0, failed: 0, skipped: 0 };
    },
  },
];

const only = process.argv.slice(2);
let passed = 0,
  failed = 0,
  skipped = 0;
const rows: string[] = [];
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.startsWith(o))) continue;
  for (const f of ["test-results/vitest.json", "test-results/playwright.json"]) rmSync(f, { force: true });
  console.log(`\n━━ ${step.name} ━━`);
  const t0 = Date.now();
  const res = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: "inherit", env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = res.status === 0;
  if (step.count) {
    const c = step.count();
    // A runner that exits non-zero without a failed test (crash, setup error) still fails the step.
    const stepFailed = c.failed + (ok || c.failed > 0 ? 0 : 1);
    passed += c.passed;
    failed += stepFailed;
    skipped += c.skipped;
    rows.push(
      `${ok ? "ok  " : "FAIL"} ${step.name}: ${c.passed} passed, ${stepFailed} failed${c.skipped ? `, ${c.skipped} skipped` : ""} (${seconds} s)`,
    );
  } else {
    if (ok) passed += 1;
    else failed += 1;
    rows.push(`${ok ? "ok  " : "FAIL"} ${step.name} (${seconds} s)`);
  }
}
console.log(`\n━━ summary ━━\n${rows.join("\n")}\n`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
