// The refresh-route spec's own `next start` server and its in-memory embedded database, started by
// playwright.config.ts beside the shared one: refresh runs add records, and the other specs assert
// the seeded dataset's totals on the shared server.
export const REFRESH_PORT = Number(process.env.E2E_REFRESH_PORT ?? 3124);
export const REFRESH_DB_PORT = Number(process.env.E2E_REFRESH_DB_PORT ?? 54398);
export const REFRESH_BASE_URL = `http://127.0.0.1:${REFRESH_PORT}`;
/** Password of both e2e servers' embedded databases (EMBEDDED_DB_PASSWORD in playwright.config.ts). */
export const E2E_DB_PASSWORD = "e2e-embedded-db-password-0123456789";
export const REFRESH_DB_URL = `postgresql://postgres:${E2E_DB_PASSWORD}@127.0.0.1:${REFRESH_DB_PORT}/postgres?sslmode=disable`;
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";
