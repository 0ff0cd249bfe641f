// The embedded default database: PGlite (PostgreSQL in WebAssembly) served over the Postgres wire
// protocol on loopback, so the app, Prisma's CLI and scripts all talk to it with `pg` exactly as
// they would to a real server. Two processes opening one PGlite folder lose rows silently, so the
// folder is guarded by a lock file holding the owner's pid.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function acquireLock(dir: string): () => void {
  const lock = path.join(dir, "owner.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number(readFileSync(lock, "utf8"));
      if (owner && isAlive(owner)) {
        throw new Error(`The embedded database in ${dir} is already in use by process ${owner}. Stop it first, or set DATABASE_URL to use another server.`);
      }
      rmSync(lock, { force: true }); // stale: its owner died without cleaning up
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

/** `dir` undefined or ":memory:" → an in-memory database (tests, shadow databases). */
export async function startEmbeddedDatabase(input: { dir?: string; port: number; quiet?: boolean }): Promise<EmbeddedDatabase> {
  const opts = { ...input, dir: input.dir === ":memory:" ? undefined : input.dir };
  let release = () => {};
  if (opts.dir) {
    mkdirSync(opts.dir, { recursive: true });
    release = acquireLock(opts.dir);
  }
  const log = (msg: string) => { if (!opts.quiet) console.log(`[embedded-db] ${msg}`); };
  try {
    const fresh = opts.dir ? !existsSync(path.join(opts.dir, "PG_VERSION")) : true;
    if (opts.dir && fresh) log(`creating a new database in ${opts.dir} (takes ~15 s the first time)…`);
    const db = opts.dir ? await PGlite.create(opts.dir) : await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: opts.port, maxConnections: 16 });
    await server.start();
    const url = `postgresql://postgres:postgres@127.0.0.1:${opts.port}/postgres?sslmode=disable`;
    log(`listening on 127.0.0.1:${opts.port}${opts.dir ? ` (data in ${opts.dir})` : " (in memory)"}`);
    let stopped = false;
    return {
      url,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close(); // flushes to disk
        release();
        log("stopped");
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
