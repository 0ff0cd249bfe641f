import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

/*
 * Schema engine selection (PRISMA_ENGINE = wasm | native | auto, default auto).
 *
 * Every Prisma CLI command first makes sure a native `schema-engine` binary is
 * present and downloads it otherwise, unless PRISMA_SCHEMA_ENGINE_BINARY points
 * at an existing file. Offline, we point that variable at
 * scripts/db/schema-engine.mjs, which runs the WebAssembly build of the same
 * engine (shipped inside the `prisma` package) through @prisma/adapter-pg.
 *
 *   native: leave Prisma alone (it uses/downloads its binary).
 *   wasm:   always use scripts/db/schema-engine.mjs.
 *   auto:   native if its binary is already on disk where the CLI looks for it,
 *           else wasm — so online machines keep the native engine.
 * A PRISMA_SCHEMA_ENGINE_BINARY set by the user always wins.
 *
 * This file runs in the CLI process before the download check, so setting
 * process.env here is early enough (and the spawned engine inherits it).
 */
const root = path.dirname(fileURLToPath(import.meta.url));
const shim = path.join(root, "scripts", "db", "schema-engine.mjs");
const requireFromRoot = createRequire(path.join(root, "package.json"));

function nativeSchemaEngineIsPresent(): boolean {
  try {
    const requireFromPrisma = createRequire(requireFromRoot.resolve("prisma/package.json"));
    const { enginesVersion } = requireFromPrisma("@prisma/engines-version") as { enginesVersion: string };
    const fitsPlatform = (target: string) => {
      if (process.platform === "win32") return target === "windows";
      if (process.platform === "darwin") return target === (process.arch === "arm64" ? "darwin-arm64" : "darwin");
      return (
        !target.startsWith("darwin") && target !== "windows" && target.includes("arm64") === (process.arch === "arm64")
      );
    };

    // 1. Where the CLI keeps the binary it uses: node_modules/@prisma/engines/schema-engine-<binaryTarget>.
    const enginesDir = path.dirname(requireFromPrisma.resolve("@prisma/engines/package.json"));
    const inPackage = fs
      .readdirSync(enginesDir)
      .some(
        (f) =>
          /^schema-engine-[\w.-]+?(\.exe)?$/.test(f) &&
          !/\.(gz|sha256)$/.test(f) &&
          fitsPlatform(f.replace(/^schema-engine-|\.exe$/g, "")),
      );
    if (inPackage) return true;

    // 2. The download cache, from which the CLI copies without network access:
    //    <cache>/master/<enginesVersion>/<binaryTarget>/schema-engine (+ .sha256,
    //    which the CLI insists on unless PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING is set).
    const cacheRoot =
      process.platform === "win32" && process.env.APPDATA
        ? path.join(process.env.APPDATA, "Prisma")
        : process.env.XDG_CACHE_HOME
          ? path.join(process.env.XDG_CACHE_HOME, "prisma")
          : path.join(os.homedir(), ".cache", "prisma");
    const versionDir = path.join(cacheRoot, "master", enginesVersion);
    if (!fs.existsSync(versionDir)) return false;
    return fs.readdirSync(versionDir).some((target) => {
      const bin = path.join(versionDir, target, process.platform === "win32" ? "schema-engine.exe" : "schema-engine");
      return (
        fitsPlatform(target) &&
        fs.existsSync(bin) &&
        (fs.existsSync(`${bin}.sha256`) || Boolean(process.env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING))
      );
    });
  } catch {
    return false;
  }
}

function selectSchemaEngine(): void {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return; // explicit user choice wins
  const mode = (process.env.PRISMA_ENGINE ?? "auto").toLowerCase();
  if (!["wasm", "native", "auto"].includes(mode)) {
    throw new Error(`PRISMA_ENGINE must be "wasm", "native" or "auto" (got "${process.env.PRISMA_ENGINE}")`);
  }
  if (mode === "native") return;
  if (mode === "auto" && nativeSchemaEngineIsPresent()) return;
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = shim;
}

selectSchemaEngine();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    // process.env rather than env(): env() throws when unset, which would break
    // `prisma generate` / `prisma --version` on machines without a database.
    url: process.env.DATABASE_URL,
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
