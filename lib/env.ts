// The one place environment variables are read and validated. Imported by next.config.ts so a bad
// value stops `next dev/build/start` at once, and by scripts before they touch the database.
import { z } from "zod";

const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" });

/** One FEED_ALLOWED_PRIVATE_HOSTS entry: a host name, IPv4 or [IPv6] address, optionally with :port. */
const privateHostEntry = z
  .string()
  .regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/, "each entry must be host or host:port (IPv6 in brackets)");
/** Comma-separated hosts feeds may reach on private addresses (tests/self-hosting only). */
export const allowedPrivateHostsSchema = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(",")
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean)
      : (v ?? []),
  z.array(privateHostEntry),
);

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL the app reads and writes. Unset: `npm run dev/start` start the embedded database. */
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  /** Connections per process. On the embedded database the runner sets 4 (it serves them one turn at a time). */
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  /** Folder of the embedded database (PGlite), or ":memory:" for a throwaway one. One process owns it. */
  EMBEDDED_DB_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
  /** Loopback port the embedded database listens on. */
  EMBEDDED_DB_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1024).max(65535).default(54329)),
  /** Password of the embedded database. Unset: generated once and kept in <EMBEDDED_DB_DIR>/.password (in memory: fresh per start). */
  EMBEDDED_DB_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  /** Memory for the front cache of `npm start` (lib/front-cache), in MB; 0: no front cache. */
  PAGE_CACHE_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(4096).default(64)),
  /** Old-space heap limit of `next start` under `npm start`, in MB (V8 otherwise grows towards a share of the machine's memory). */
  SERVER_HEAP_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(128).max(16_384).default(384)),
  /** Public origin used in canonical URLs and feeds. */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  /** Schema-engine choice for Prisma's CLI: auto | wasm | native (see README "Migrations"). */
  PRISMA_ENGINE: z.preprocess(emptyAsUndefined, z.enum(["auto", "wasm", "native"]).default("auto")),
  /** Bearer token the scheduler sends to /api/cron/refresh. Unset: the route refuses every call. */
  CRON_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  /** Per-source HTTP timeout of the refresh job, in milliseconds. */
  FEED_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(500).max(120_000).default(15_000)),
  /**
   * Tests/self-hosting only: feed hosts (host or host:port, comma-separated) that may resolve to
   * loopback, private or link-local addresses. Empty: feeds reach public addresses only.
   */
  FEED_ALLOWED_PRIVATE_HOSTS: allowedPrivateHostsSchema,
  /** Token for the UCDP API (sent as the x-ucdp-access-token header); the UCDP source is skipped without it. */
  UCDP_API_TOKEN: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** ACLED API key and account e-mail; the ACLED source runs only when both are set. */
  ACLED_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  ACLED_EMAIL: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Secret that signs session cookies (32+ characters). Required in production. */
  BETTER_AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  /** Development only: "1" creates the documented seed accounts (see README "Admin"). Ignored in production. */
  DEV_SEED_ACCOUNTS: z.preprocess(emptyAsUndefined, z.enum(["0", "1"]).default("0")),
  /**
   * Request header that holds the client's IP, for the sign-in throttle and session IPs
   * (lib/auth/client-ip.ts). Unset: `x-vercel-forwarded-for` on Vercel, otherwise none (IP unknown).
   */
  AUTH_CLIENT_IP_HEADER: z.preprocess(
    emptyAsUndefined,
    z.enum(["x-forwarded-for", "x-real-ip", "x-vercel-forwarded-for", "none"]).optional(),
  ),
  /** With AUTH_CLIENT_IP_HEADER=x-forwarded-for: how many proxies of yours append to it. */
  AUTH_TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(10).default(1)),
  /** Set to "1" by Vercel itself. */
  VERCEL: z.preprocess(emptyAsUndefined, z.string().optional()),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
