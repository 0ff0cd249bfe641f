#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary.
//
// The Prisma CLI downloads a native schema engine before every command, which is
// impossible without internet. Pointing PRISMA_SCHEMA_ENGINE_BINARY at this file
// (prisma.config.ts does that when PRISMA_ENGINE=wasm, or in `auto` mode when no
// native binary is present) makes the CLI spawn us instead. We speak the same
// protocol as the native binary, on top of the WebAssembly build of the very same
// engine commit that ships inside the `prisma` package, with @prisma/adapter-pg as
// the database driver:
//
//   schema-engine --version                       → "schema-engine-cli <commit>"
//   schema-engine --datasource JSON cli can-connect-to-database | create-database
//   schema-engine [--datamodels FILE]… [--datasource JSON]   → JSON-RPC 2.0 server,
//       one message per line on stdin/stdout, JSON log lines on stderr.
//
// PostgreSQL only. Known pitfalls handled here are numbered as in
// /work/shared/ENVIRONMENT.md ("Prisma 7 without its downloaded engine").
import fs from "node:fs";
import path from "node:path";

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") args.version = true;
    else if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types")
      i++; // not used by the wasm engine
    else if (a === "cli") args.cli = argv[++i];
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));

  if (args.version) {
    // Same format as the native binary; the CLI prints it in `prisma --version`.
    const { loadSchemaEngineWasm } = await import("./schema-engine/wasm.mjs");
    process.stdout.write(`schema-engine-cli ${(await loadSchemaEngineWasm()).version}\n`);
    return;
  }

  if (args.cli) {
    await runCliSubcommand(args);
    return;
  }

  const datamodels = args.datamodels.map((file) => [path.resolve(file), fs.readFileSync(file, "utf8")]);
  const { startRpcServer } = await import("./schema-engine/rpc.mjs");
  startRpcServer({ datamodels, datasource: args.datasource });
}

async function runCliSubcommand({ cli, datasource }) {
  const { log } = await import("./schema-engine/errors.mjs");
  // Pitfall 6: the CLI drops the first stderr line of these subcommands and
  // JSON-parses every following line, so always lead with one log line.
  log("INFO", `schema engine shim: cli ${cli}`);
  try {
    const url = datasource?.url;
    if (!url) throw new Error("No datasource URL given (--datasource).");
    const { canConnect, createDatabase } = await import("./schema-engine/database.mjs");
    if (cli === "can-connect-to-database") await canConnect(url);
    else if (cli === "create-database")
      log("INFO", `Database '${await createDatabase(url)}' was successfully created.`);
    else throw new Error(`Unknown cli subcommand: ${cli}`);
    process.exit(0);
  } catch (error) {
    // The CLI looks for level ERROR + target schema_engine::logger + error_code/message.
    log("ERROR", String(error.message), { error_code: error.code }, "schema_engine::logger");
    process.exit(1);
  }
}

main().catch(async (error) => {
  const { log } = await import("./schema-engine/errors.mjs");
  log("ERROR", String(error?.stack ?? error), {}, "schema_engine::logger");
  process.exit(1);
});
