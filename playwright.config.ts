import { defineConfig, devices } from "@playwright/test";

// Browser tests run against the production build (`next start`) on a throwaway in-memory embedded
// database, seeded at start, in the Chromium installed from Debian (no browser download).
const PORT = Number(process.env.E2E_PORT ?? 3123);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node_modules/.bin/tsx scripts/run.ts start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789", CRON_SECRET: "e2e-cron-secret-0123456789", EMBEDDED_DB_DIR: ":memory:", EMBEDDED_DB_PORT: String(Number(process.env.E2E_DB_PORT ?? 54399)), DATABASE_URL: "" },
  },
});
