import { defineConfig, devices } from "@playwright/test";
import { E2E_DB_PASSWORD, REFRESH_DB_PORT, REFRESH_PORT } from "./tests/e2e/refresh-server";

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
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `node_modules/.bin/tsx scripts/run.ts start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
        CRON_SECRET: "e2e-cron-secret-0123456789",
        EMBEDDED_DB_DIR: ":memory:",
        EMBEDDED_DB_PORT: String(Number(process.env.E2E_DB_PORT ?? 54399)),
        EMBEDDED_DB_PASSWORD: E2E_DB_PASSWORD,
        DATABASE_URL: "",
      },
    },
    {
      // A second server of its own for tests/e2e/refresh-route.spec.ts, whose refresh runs add
      // records: the other specs assert the seeded dataset's totals on the first one.
      command: `node_modules/.bin/tsx scripts/run.ts start -p ${REFRESH_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${REFRESH_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
        CRON_SECRET: "e2e-cron-secret-0123456789",
        EMBEDDED_DB_DIR: ":memory:",
        EMBEDDED_DB_PORT: String(REFRESH_DB_PORT),
        EMBEDDED_DB_PASSWORD: E2E_DB_PASSWORD,
        DATABASE_URL: "",
        UCDP_API_TOKEN: "e2e-ucdp-token",
        FEED_TIMEOUT_MS: "5000",
        // The spec's replay server listens on 127.0.0.1, a private address feeds may not reach otherwise.
        FEED_ALLOWED_PRIVATE_HOSTS: "127.0.0.1",
      },
    },
  ],
});
