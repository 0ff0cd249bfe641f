// npm run dev | npm run build | npm start
// Without DATABASE_URL: start the embedded PostgreSQL (PGlite, data in .data/), apply migrations,
// load the dataset if the database is empty, then run Next with DATABASE_URL pointing at it.
// With DATABASE_URL: the same against that server. Ctrl-C stops Next, then the database, cleanly.
// The build reads the database too: public pages are prerendered from the record (docs/caching.md),
// so `build` must see the database that `start` will serve.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { embeddedAuthSecret, MISSING_SECRET_MESSAGE } from "../lib/auth/auth-secret";
import { parseEnv } from "../lib/env";
import { devAccountsEnabled, seedDevAccounts } from "./db/dev-accounts";
import { applyMigrations } from "./db/prisma-cli";
import { createFrontCache, type FrontCache } from "../lib/front-cache/server";
import { FRONT_CACHE_PURGE } from "../lib/front-cache/purge";
import { expireBuildPages } from "./support/expire-build-pages";
import { findFreePort } from "./support/free-port";
import { localUrl, splitListenArgs } from "./support/listen-args";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start" && mode !== "build") {
  console.error("usage: tsx scripts/run.ts dev|build|start [next args…]");
  process.exit(2);
}
const env = parseEnv();
let embedded: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;
let front: FrontCache | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next && next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((r) => next!.once("exit", r));
  }
  front?.server.close();
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

// Production without a session secret would start and then fail every sign-in: refuse here,
// unless the embedded default database can keep a generated one (lib/auth/auth-secret.ts).
let authSecret = env.BETTER_AUTH_SECRET;
if (mode === "start" && !authSecret) {
  if (env.DATABASE_URL) {
    console.error(`[run] ${MISSING_SECRET_MESSAGE}`);
    process.exit(1);
  }
  authSecret = embeddedAuthSecret(env.EMBEDDED_DB_DIR === ":memory:" ? undefined : env.EMBEDDED_DB_DIR);
  console.log("[run] BETTER_AUTH_SECRET not set: using the one kept with the embedded database");
}

/**
 * Node's default old-space limit is a share of the machine's memory (gigabytes here), and V8 lets
 * the heap grow towards it before collecting hard: `next start` measured 600+ MB after rendering 60
 * new views whose live data is far smaller. SERVER_HEAP_MB bounds it; a NODE_OPTIONS that sets its
 * own limit wins.
 */
function withHeapLimit(nodeOptions: string | undefined, heapMb: number): string {
  if (nodeOptions?.includes("--max-old-space-size")) return nodeOptions;
  return [nodeOptions, `--max-old-space-size=${heapMb}`].filter(Boolean).join(" ");
}

/** A TypeScript script of ours in a child process (its memory is returned when it ends). */
async function runNode(args: string[], extraEnv: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    stdio: "inherit",
    env: { ...process.env, ...extraEnv },
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`${args[0]} failed (exit ${code})`);
}

// The cron routes' secret; without one configured, one for this process alone, so that the runner
// can expire the build's pages (scripts/support/expire-build-pages.ts) while no one else can call them.
const cronSecret = env.CRON_SECRET ?? randomBytes(24).toString("hex");

try {
  let url = env.DATABASE_URL;
  if (!url) {
    // ":memory:" gives a throwaway database (browser tests); anything else is a folder kept across runs.
    const dir = env.EMBEDDED_DB_DIR === ":memory:" ? undefined : env.EMBEDDED_DB_DIR;
    embedded = await startEmbeddedDatabase({ dir, port: env.EMBEDDED_DB_PORT });
    url = embedded.url;
  } else {
    console.log(`[run] using DATABASE_URL (${new URL(url).host})`);
  }
  console.log("[run] applying migrations…");
  await applyMigrations(url, { quiet: true });
  await runNode(["scripts/db/seed.ts", "--if-empty"], { DATABASE_URL: url });
  if (mode === "dev" && devAccountsEnabled(env)) {
    const created = await seedDevAccounts(url);
    console.log(
      `[run] DEV_SEED_ACCOUNTS=1: dev accounts ${created.length ? `created: ${created.join(", ")}` : "already present"} (development only; passwords in README)`,
    );
  }
  const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
  // `start`: the front cache takes the address asked for and Next a loopback port behind it
  // (docs/caching.md); PAGE_CACHE_MB=0 leaves Next on the address itself.
  let nextArgs = process.argv.slice(3);
  let nextUrl = "";
  if (mode === "start") {
    const listen = splitListenArgs(nextArgs);
    nextUrl = localUrl(listen.port, listen.host);
    if (env.PAGE_CACHE_MB > 0) {
      const internalPort = await findFreePort();
      nextArgs = [...listen.rest, "-p", String(internalPort), "-H", "127.0.0.1"];
      nextUrl = localUrl(internalPort, "127.0.0.1");
      front = createFrontCache({
        upstream: { host: "127.0.0.1", port: internalPort },
        maxBytes: env.PAGE_CACHE_MB * 2 ** 20,
      });
      front.server.listen(listen.port, listen.host);
      await once(front.server, "listening");
      console.log(
        `[run] front cache (${env.PAGE_CACHE_MB} MB) on ${localUrl(listen.port, listen.host)}, Next behind it`,
      );
    }
  }
  // DATABASE_POOL_MAX 4 on the embedded database: its server gives each connection whole turns
  // (a transaction keeps its turn), so several connections are safe, but PGlite still runs one
  // statement at a time. More connections would only queue at the server; 4 keep a request from
  // waiting for a pool slot behind one slow transaction, and leave room under the server's limit
  // of 32 for scripts, Prisma's CLI and psql beside the app.
  next = spawn(nextBin, [mode, ...nextArgs], {
    stdio: ["inherit", "inherit", "inherit", "ipc"], // ipc: the app's purge messages (lib/front-cache/purge.ts)
    env: {
      ...process.env,
      ...(mode === "start" ? { NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, env.SERVER_HEAP_MB) } : {}),
      DATABASE_URL: url,
      ...(authSecret ? { BETTER_AUTH_SECRET: authSecret } : {}),
      CRON_SECRET: cronSecret,
      ...(embedded ? { DATABASE_POOL_MAX: "4" } : {}),
    },
  });
  next.on("exit", (code) => void shutdown(code ?? (mode === "build" ? 1 : 0)));
  next.on("message", (message: { type?: string }) => {
    if (message?.type === FRONT_CACHE_PURGE) front?.store.purge();
  });
  if (mode === "start") void expireBuildPages(nextUrl, cronSecret);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await shutdown(1);
}
