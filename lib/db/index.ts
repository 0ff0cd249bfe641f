import "server-only";
import { getEnv } from "../env";
import { createDb, type Db } from "./create-client";

// One client per server process; kept on globalThis so dev hot-reloads don't open new pools.
const globalForDb = globalThis as unknown as { frontierDb?: Db };

export function getDb(): Db {
  if (globalForDb.frontierDb) return globalForDb.frontierDb;
  const env = getEnv();
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which start the embedded database, or set DATABASE_URL.",
    );
  }
  globalForDb.frontierDb = createDb(env.DATABASE_URL, { poolMax: env.DATABASE_POOL_MAX });
  return globalForDb.frontierDb;
}

export type { Db };
