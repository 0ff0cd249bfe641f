// The embedded default database: PGlite (PostgreSQL in WebAssembly) served over the Postgres wire
// protocol on loopback, so the app, Prisma's CLI and scripts all talk to it with `pg` exactly as
// they would to a real server. Our own server (server.ts) serves several connections one turn at
// a time; the folder is locked by the OS (lock.ts); clients need a password (password.ts).
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockFolder, type FolderLock } from "./lock";
import { embeddedPassword } from "./password";
import { startWireServer } from "./server";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export type EmbeddedOptions = {
  /** undefined or ":memory:" → an in-memory database (tests, shadow databases). */
  dir?: string;
  port: number;
  quiet?: boolean;
  /** Overrides EMBEDDED_DB_PASSWORD and the kept password (tests). */
  password?: string;
  maxConnections?: number;
  /** Idle time after which a connection holding the session while others wait is disconnected (tests). */
  holdTimeoutMs?: number;
};

export async function startEmbeddedDatabase(input: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = input.dir === ":memory:" ? undefined : input.dir;
  const log = (msg: string) => {
    if (!input.quiet) console.log(`[embedded-db] ${msg}`);
  };
  let lock: FolderLock | undefined;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    lock = await lockFolder(dir);
    rmSync(path.join(dir, "owner.pid"), { force: true }); // the pid-file lock of earlier versions
  }
  let db: PGlite | undefined;
  try {
    const password = input.password ?? embeddedPassword(dir);
    if (dir && !existsSync(path.join(dir, "PG_VERSION")))
      log(`creating a new database in ${dir} (takes ~15 s the first time)…`);
    db = dir ? await PGlite.create(dir) : await PGlite.create();
    const server = await startWireServer({
      db,
      port: input.port,
      password,
      maxConnections: input.maxConnections,
      holdTimeoutMs: input.holdTimeoutMs,
      log,
    });
    const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${server.port}/postgres?sslmode=disable`;
    log(`listening on 127.0.0.1:${server.port}${dir ? ` (data in ${dir})` : " (in memory)"}`);
    const openDb = db;
    let stopped = false;
    return {
      url,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await openDb.close(); // flushes to disk
        await lock?.release();
        log("stopped");
      },
    };
  } catch (err) {
    await db?.close().catch(() => {});
    await lock?.release();
    throw err;
  }
}
