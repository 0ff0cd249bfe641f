// Where the session-signing secret comes from when BETTER_AUTH_SECRET is not set.
// - `npm start` on the embedded default database: a random secret made once and kept beside the
//   data (owner-only), so sessions survive restarts and nobody has to configure anything;
//   in memory, a fresh one per run.
// - any other production start: refuse to start (checked by next.config.ts and scripts/run.ts),
//   instead of starting and failing every sign-in with a 500.
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";

export const MISSING_SECRET_MESSAGE =
  "BETTER_AUTH_SECRET is required in production (32+ random characters, e.g. `openssl rand -base64 32`). " +
  "Only `npm start` on the embedded default database makes and keeps one by itself.";

const SECRET_FILE = ".auth-secret";

/** The kept secret of an embedded database folder (made on first use), or a fresh one for `undefined` (in memory). */
export function embeddedAuthSecret(dir: string | undefined): string {
  if (!dir) return randomBytes(32).toString("base64url");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SECRET_FILE);
  try {
    // O_EXCL: two starters never write two different secrets; mode 0600: only the owner reads it.
    const fd = openSync(file, "wx", 0o600);
    const secret = randomBytes(32).toString("base64url");
    writeSync(fd, secret);
    closeSync(fd);
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length < 32)
      throw new Error(`${file} does not hold a usable secret: delete it to make a new one (signs everyone out).`);
    return kept;
  }
}
