// Runs a task against DATABASE_URL, or, when it is unset, against the embedded database (started
// for the task and stopped after it, so scripts work the same way the dev server does).
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import type { Env } from "../../lib/env";

export async function withDatabase<T>(env: Env, task: (url: string) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) return task(env.DATABASE_URL);
  const embedded = await startEmbeddedDatabase({ dir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
  try {
    return await task(embedded.url);
  } finally {
    await embedded.stop();
  }
}
