import "server-only";
import { unstable_rethrow } from "next/navigation";
import { connection } from "next/server";
import { requestContext } from "./context";
import { cachedReader } from "./data";
import { internalError, type ApiContext } from "./responses";
import type { ApiReader } from "./reader";

/**
 * What every API route does around its handler. `connection()` first: with Cache Components a
 * GET handler is prerendered at build time unless it waits for a request, and these answer per
 * query string from a database that is not there at build time. Reads then go through the cached
 * reader. A failure of ours becomes a JSON 500 without internals; bad input never gets this far
 * (the handlers answer it with a 400).
 */
export async function serve(handler: (reader: ApiReader, ctx: ApiContext) => Promise<Response>): Promise<Response> {
  await connection();
  try {
    return await handler(cachedReader, requestContext());
  } catch (err) {
    unstable_rethrow(err); // Next's own control-flow errors are not ours to swallow
    console.error("[api] request failed", err);
    return internalError();
  }
}
