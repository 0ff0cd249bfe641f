// JSON-RPC 2.0 server over stdin/stdout (one message per line), as the Prisma
// CLI's SchemaEngine client expects, forwarding to the wasm SchemaEngine.
import readline from "node:readline";

import { createAdapterFactory, withClient } from "./adapter.mjs";
import { createDatabase } from "./database.mjs";
import { log, rpcError } from "./errors.mjs";
import { expectedEnginesVersion, loadSchemaEngineWasm, panicRegistry } from "./wasm.mjs";

// Methods the wasm engine takes unchanged (the others are in `handlers` below).
const PASS_THROUGH = new Set([
  "applyMigrations",
  "createMigration",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

export function startRpcServer({ datamodels, datasource }) {
  let enginePromise;
  let errorRegistry; // driver-adapter-utils' registry of JS errors thrown inside the adapter
  const engine = () =>
    (enginePromise ??= createEngine({ datamodels, datasource, onRegistry: (r) => (errorRegistry = r) }));

  // Errors thrown by our adapter code (not DriverAdapterErrors) reach the engine
  // as an opaque "External error id#N"; put the real message back.
  function explain(error) {
    const m = /External error id#(\d+)/.exec(String(error?.message));
    const original = m && errorRegistry?.consumeError(Number(m[1]))?.error;
    if (original?.message) error.message = error.message.replace(m[0], original.message);
    return error;
  }

  const handlers = {
    async getDatabaseVersion(params) {
      return (await engine()).version(params ?? undefined);
    },
    async createDatabase(params) {
      const url = params?.datasource?.url ?? datasource?.url;
      return { databaseName: await createDatabase(url) };
    },
    async dbExecute(params) {
      // The wasm engine ignores `datasourceType.url` and always uses its adapter
      // (the configured datasource). Honour an explicit URL like the native engine.
      if (params?.datasourceType?.tag === "url") {
        await withClient(params.datasourceType.url, (c) => c.query(params.script));
        return {};
      }
      return (await engine()).dbExecute(params);
    },
    async evaluateDataLoss(params) {
      const e = await engine();
      try {
        return await e.evaluateDataLoss(params);
      } catch (error) {
        // Pitfall 5: in `migrate dev` on a fresh database, evaluateDataLoss can
        // fail with "PostgreSQL shadow DB must be provided through an external
        // factory" (seen here on PGlite with SHADOW_DATABASE_URL). Running
        // diagnoseMigrationHistory first (which opts in to the shadow database)
        // and retrying once makes it succeed.
        if (!/shadow/i.test(String(error?.message))) throw error;
        log(
          "INFO",
          `evaluateDataLoss failed (${error.message.split("\n")[0]}); retrying after diagnoseMigrationHistory`,
        );
        await e.diagnoseMigrationHistory({
          migrationsList: params.migrationsList,
          optInToShadowDatabase: true,
          filters: params.filters,
        });
        return e.evaluateDataLoss(params);
      }
    },
    async diff(params) {
      // The engine returns the diff in `stdout`, but the CLI only prints what the
      // engine sends through a `print` request (native schema-engine-cli leaves
      // stdout null and prints that way); `--output` captures those prints.
      const result = await (await engine()).diff(params);
      if (result?.stdout != null) {
        await requestToCli("print", { content: result.stdout });
        return { ...result, stdout: null };
      }
      return result;
    },
    async debugPanic() {
      (await engine()).debugPanic();
    },
  };

  let inFlight = null; // id of the request being handled

  async function handle(request) {
    const { id, method, params } = request;
    inFlight = id;
    try {
      let result;
      if (handlers[method]) result = await handlers[method](params);
      else if (PASS_THROUGH.has(method)) result = await (await engine())[method](params);
      else throw new Error(`Method \`${method}\` is not supported by the wasm schema engine shim.`);
      respond({ jsonrpc: "2.0", id, result: result ?? {} });
    } catch (err) {
      const error = explain(err);
      const panicMessage = panicRegistry.take() ?? (error instanceof WebAssembly.RuntimeError ? error.message : null);
      log("ERROR", String(error?.message ?? error), panicMessage ? { is_panic: true } : {});
      respond({ jsonrpc: "2.0", id, error: rpcError(error, { panicMessage }) });
      // After a Rust panic the wasm instance is unusable: exit like the native
      // engine does (the CLI maps exit code 101 to a panic report).
      if (panicMessage) process.stdout.write("", () => process.exit(101));
    } finally {
      inFlight = null;
    }
  }

  // A Rust panic inside an async wasm task surfaces as an uncaught exception
  // (RuntimeError: unreachable), not as a rejection of the awaited promise.
  // Report it for the in-flight request like the native engine does, then exit.
  const onFatal = (error) => {
    const panicMessage = panicRegistry.take() ?? String(error?.message ?? error);
    log("ERROR", panicMessage, { is_panic: true, backtrace: String(error?.stack ?? "") });
    if (inFlight !== null) respond({ jsonrpc: "2.0", id: inFlight, error: rpcError(error, { panicMessage }) });
    process.stdout.write("", () => process.exit(101));
  };
  process.on("uncaughtException", onFatal);
  process.on("unhandledRejection", onFatal);

  function respond(message) {
    process.stdout.write(`${JSON.stringify(message)}\n`);
  }

  // Requests from us to the CLI (only `print`); the CLI answers on stdin.
  let nextId = 1;
  const pending = new Map();
  function requestToCli(method, params) {
    const id = `shim-${nextId++}`;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      respond({ jsonrpc: "2.0", id, method, params });
    });
  }

  // Requests are handled strictly one after another: the wasm engine is not
  // meant to run concurrent commands.
  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      respond({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined) {
      // A reply to one of our requests.
      const p = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) p?.reject(new Error(JSON.stringify(message.error)));
      else p?.resolve(message.result);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  rl.on("close", () => {
    // stdin closed: the CLI is done with us. Finish in-flight work, then exit
    // (open pg pools would otherwise keep the process alive).
    queue.then(() => process.exit(0));
  });
}

async function createEngine({ datamodels, datasource, onRegistry }) {
  const { SchemaEngine, version } = await loadSchemaEngineWasm();
  const url = datasource?.url;
  // Unlike the native engine, the wasm engine connects (and queries version())
  // as soon as it is constructed, so every command, even
  // `migrate diff --from-empty --to-schema`, needs a reachable database.
  if (!url) {
    throw new Error(
      "The wasm schema engine needs a database connection for every command: set DATABASE_URL (datasource.url in prisma.config.ts).",
    );
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("The wasm schema engine shim supports PostgreSQL URLs only (postgres:// or postgresql://).");
  }
  const adapterFactory = createAdapterFactory({
    url,
    shadowDatabaseUrl: datasource?.shadowDatabaseUrl,
    log,
  });
  onRegistry(adapterFactory.errorRegistry);
  // The engine logs JSON lines (tracing format) through this callback; the CLI
  // reads them from our stderr.
  const onLog = (line) => process.stderr.write(String(line).endsWith("\n") ? String(line) : `${line}\n`);
  log("INFO", `Starting schema engine shim (wasm ${version})`, { git_hash: version });
  const expected = expectedEnginesVersion();
  if (expected && expected !== version) {
    log("WARN", `wasm schema engine ${version} differs from the engine the CLI expects (${expected})`);
  }
  return SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, onLog, adapterFactory);
}
