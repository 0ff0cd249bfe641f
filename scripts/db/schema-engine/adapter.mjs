// Driver adapter for the WebAssembly schema engine: @prisma/adapter-pg's PrismaPg,
// patched at runtime (node_modules stays untouched) where the engine and the
// adapter disagree, plus a migration-aware factory that owns the shadow database.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// Resolve from adapter-pg's own location so we get the exact copies it uses.
const adapterPgPath = require.resolve("@prisma/adapter-pg");
const adapterRequire = createRequire(adapterPgPath);
const { PrismaPg } = await import(adapterPgPath);
const { bindMigrationAwareSqlAdapterFactory } = await import(adapterRequire.resolve("@prisma/driver-adapter-utils"));
const pg = adapterRequire("pg");

const PG_CHAR_OID = 18; // PostgreSQL "char" (pg_constraint.contype, pg_class.relkind, …)
const PG_TEXT_OID = 25;
const PATCHED = Symbol.for("schema-engine-shim.patched");

// Pitfall 4: on PostgreSQL 18 (PGlite) NOT NULL constraints live in pg_constraint
// with contype = 'n', and the engine panics on them (prisma/orm#29635). The engine's
// check-constraint introspection query only excludes p/u/f; we also exclude 'n'.
// Harmless on older servers, which never have contype 'n'.
function rewriteSql(sql) {
  return sql.replace("AND contype NOT IN ('p', 'u', 'f')", "AND contype NOT IN ('p', 'u', 'f', 'n')");
}

/** Patch PrismaPg's classes once (prototypes are shared by all adapters/transactions). */
async function patchAdapterPg() {
  const probe = await new PrismaPg({ connectionString: "postgresql://127.0.0.1/none" }).connect();
  const adapterProto = Object.getPrototypeOf(probe); // PrismaPgAdapter.prototype
  const queryableProto = Object.getPrototypeOf(adapterProto); // PgQueryable (also PgTransaction's base)
  await probe.dispose(); // never connected: pg.Pool is lazy
  if (queryableProto[PATCHED]) return;
  queryableProto[PATCHED] = true;

  const performIO = queryableProto.performIO;
  queryableProto.performIO = async function patchedPerformIO(query) {
    const result = await performIO.call(this, { ...query, sql: rewriteSql(query.sql) });
    // Pitfall 1: adapter-pg has no column type for "char" (OID 18) and throws
    // UnsupportedNativeDataType, yet the engine's introspection selects such
    // columns. pg already hands them over as JS strings, so label them text.
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };

  // adapter-pg's executeScript splits the script on every ";" (breaking string
  // literals, DO $$ … $$ bodies, …) and runs the pieces in autocommit mode. The
  // native engine sends the whole migration script in one simple-protocol query,
  // i.e. one implicit transaction. Do the same.
  adapterProto.executeScript = async function patchedExecuteScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
}
await patchAdapterPg();

/**
 * Split a Prisma-style URL into pg config + adapter options. `schema` and
 * `connection_limit` are Prisma's parameters, not pg's: `?schema=` becomes the
 * adapter's schema, `connection_limit` the pool size. (Not needed for pglite-socket
 * at its default maxConnections: 1: the engine only ever uses one connection
 * at a time.)
 */
export function pgConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  const limit = Number(u.searchParams.get("connection_limit")) || undefined;
  u.searchParams.delete("schema");
  u.searchParams.delete("connection_limit");
  return {
    // Note: pg lets connectionString win over other keys, so never pass both.
    config: { connectionString: u.toString(), ...(limit ? { max: limit } : {}) },
    options: schema ? { schema } : undefined,
  };
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

function sameDatabase(a, b) {
  const norm = (s) => {
    const u = new URL(s);
    return `${u.hostname}:${u.port || 5432}/${databaseName(s)}`;
  };
  return norm(a) === norm(b);
}

const NO_SHADOW_ON_PGLITE =
  "This server ignores the database name (PGlite/pglite-socket?), so no temporary shadow " +
  "database can be created on it. Start a second, empty server and set SHADOW_DATABASE_URL to it.";

const quoteIdent = (s) => `"${String(s).replace(/"/g, '""')}"`;

/** Run fn with a short-lived pg.Client (not a pool: we must be able to drop the DB after). */
export async function withClient(url, fn) {
  const client = new pg.Client(pgConfig(url).config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

function newAdapterFactory(url) {
  const { config, options } = pgConfig(url);
  return new PrismaPg(config, options);
}

/**
 * SqlMigrationAwareDriverAdapterFactory for the wasm engine.
 *
 * Pitfall 2: PrismaPg.connectToShadowDb() drops its temporary database in
 * dispose() *before* ending the pool that is still connected to it, which fails
 * with "database … is being accessed by other users" and leaks the database.
 * We create and drop the temporary shadow database ourselves, ending the pool first.
 */
export function createAdapterFactory({ url, shadowDatabaseUrl, log }) {
  let serverVersion; // version() of the main server, read on the engine's first connection

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",

    async connect() {
      const adapter = await newAdapterFactory(url).connect();
      // Ask now, on the engine's own connection: later a second connection may be
      // refused (pglite-socket's default maxConnections is 1).
      serverVersion ??= await adapter
        .underlyingDriver()
        .query("SELECT version() AS v")
        .then(
          (r) => r.rows[0].v,
          () => undefined,
        );
      return adapter;
    },

    async connectToShadowDb() {
      if (shadowDatabaseUrl) return connectExternalShadow();
      // pglite-socket ignores the database name: a "new" database would be the
      // main one, and the engine would wipe it while using it as shadow. Refuse.
      if (/PGlite/i.test(serverVersion ?? "")) throw new Error(NO_SHADOW_ON_PGLITE);
      // CREATE/DROP DATABASE on a short-lived client of our own: the engine may
      // dispose its main adapter around this call.
      const adminQuery = (sql) => withClient(url, (c) => c.query(sql));
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await adminQuery(`CREATE DATABASE ${quoteIdent(name)}`);
      log("INFO", `created temporary shadow database ${name}`);
      const drop = () =>
        adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).then(
          () => log("INFO", `dropped temporary shadow database ${name}`),
          (e) => log("WARN", `could not drop shadow database ${name}: ${e.message}`),
        );
      const adapter = await newAdapterFactory(withDatabase(url, name)).connect();
      try {
        // Same protection for any other server that ignores the database name.
        const { rows } = await adapter.underlyingDriver().query("SELECT current_database() AS db");
        if (rows[0]?.db !== name) throw new Error(NO_SHADOW_ON_PGLITE);
      } catch (error) {
        await adapter.dispose();
        await drop();
        throw error;
      }
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose(); // end the pool first …
        await drop(); // … then the database can be dropped
      };
      return adapter;
    },
  };

  async function connectExternalShadow() {
    if (sameDatabase(shadowDatabaseUrl, url)) {
      throw new Error("The shadow database URL must not point at the main database.");
    }
    // The native engine empties a user-provided shadow database before replaying
    // the migrations into it; do the same so leftovers cannot skew the diff.
    await withClient(shadowDatabaseUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT nspname FROM pg_namespace
          WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
      );
      const ddl = rows.map((r) => `DROP SCHEMA ${quoteIdent(r.nspname)} CASCADE;`).join("\n");
      await c.query(`${ddl}\nCREATE SCHEMA IF NOT EXISTS public;`);
    });
    return newAdapterFactory(shadowDatabaseUrl).connect();
  }

  return bindMigrationAwareSqlAdapterFactory(factory);
}
