// Loads the WebAssembly schema engine that ships inside the `prisma` CLI package,
// using the wasm-bindgen JS glue from @prisma/schema-engine-wasm.
//
// Why two packages: node_modules/prisma/build/schema_engine_bg.wasm is built from
// exactly the engine commit the CLI expects (its version() equals
// @prisma/engines-version), but the CLI bundles no loader for it. The glue in
// @prisma/schema-engine-wasm has the identical import list, so we instantiate the
// CLI's .wasm with that glue. If the CLI's file is missing we fall back to the
// .wasm shipped next to the glue.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function resolvePackageDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}

// Pitfall 3: the glue reports Rust panics through this global. Without it the
// panic hook throws a ReferenceError inside wasm and the process dies silently.
// We keep the last message so the RPC layer can report it as is_panic.
export const panicRegistry = {
  message: null,
  set_message(message) {
    this.message = message;
  },
  take() {
    const m = this.message;
    this.message = null;
    return m;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

let cached;

export async function loadSchemaEngineWasm() {
  if (cached) return cached;
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(gluePath);
  const candidates = [
    process.env.PRISMA_SCHEMA_ENGINE_WASM,
    path.join(resolvePackageDir("prisma"), "build", "schema_engine_bg.wasm"),
    path.join(path.dirname(gluePath), "schema_engine_bg.wasm"),
  ].filter(Boolean);
  const wasmPath = candidates.find((p) => fs.existsSync(p));
  if (!wasmPath) throw new Error(`schema_engine_bg.wasm not found in: ${candidates.join(", ")}`);
  const wasmModule = await WebAssembly.compile(fs.readFileSync(wasmPath));
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  cached = { SchemaEngine: glue.SchemaEngine, version: glue.version(), wasmPath };
  return cached;
}

/** Engine commit the CLI expects, e.g. "0edf323e…". */
export function expectedEnginesVersion() {
  try {
    const prismaRequire = createRequire(require.resolve("prisma/package.json"));
    return prismaRequire("@prisma/engines-version").enginesVersion;
  } catch {
    return null;
  }
}
