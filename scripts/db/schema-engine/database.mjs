// Database-level operations the wasm engine does not offer (it only ever talks
// to an already existing database through the adapter): the `cli` subcommands
// `can-connect-to-database` / `create-database` and the `createDatabase` RPC.
import { databaseName, withClient, withDatabase } from "./adapter.mjs";
import { connectionErrorToKnown } from "./errors.mjs";

/** Throws an Error carrying { error_code, message } like the native engine reports. */
function known(error, url) {
  const k = connectionErrorToKnown(error, url);
  return Object.assign(new Error(k.message), { code: k.error_code });
}

export async function canConnect(url) {
  try {
    await withClient(url, (c) => c.query("SELECT 1"));
  } catch (error) {
    throw known(error, url);
  }
}

/** CREATE DATABASE through the server's maintenance database; returns the name. */
export async function createDatabase(url) {
  const name = databaseName(url);
  let lastError;
  for (const maintenanceDb of ["postgres", "template1"]) {
    try {
      await withClient(withDatabase(url, maintenanceDb), (c) =>
        c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`),
      );
      return name;
    } catch (error) {
      lastError = error;
      if (error?.code !== "3D000") break; // only retry if the maintenance DB is missing
    }
  }
  throw known(lastError, url);
}
