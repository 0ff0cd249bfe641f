// The embedded database's password. It listens on loopback only, but every local process and user
// (and any web page that can make the browser reach 127.0.0.1) could otherwise connect as superuser.
// EMBEDDED_DB_PASSWORD wins; else a folder database keeps a generated one in <dir>/.password
// (owner-only), so the URL stays the same across restarts; an in-memory one gets a fresh one.
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";
import { envSchema } from "../../env";

export const PASSWORD_FILE = ".password";

/** EMBEDDED_DB_PASSWORD, validated by the same rule as the rest of the environment (lib/env.ts). */
export function passwordFromEnv(source: Record<string, string | undefined> = process.env): string | undefined {
  const result = envSchema.shape.EMBEDDED_DB_PASSWORD.safeParse(source.EMBEDDED_DB_PASSWORD);
  if (!result.success)
    throw new Error(
      `Invalid environment:\n  EMBEDDED_DB_PASSWORD: ${result.error.issues[0]?.message}\nSee .env.example.`,
    );
  return result.data;
}

const generate = () => randomBytes(24).toString("base64url"); // 32 characters, URL-safe

/** Call with the folder locked (lock.ts): a second starter could otherwise read a half-written file. */
export function embeddedPassword(dir: string | undefined, fromEnv = passwordFromEnv()): string {
  if (fromEnv) return fromEnv;
  if (!dir) return generate();
  const file = path.join(dir, PASSWORD_FILE);
  try {
    const fd = openSync(file, "wx", 0o600); // O_CREAT | O_EXCL: never overwrite a kept password
    try {
      const password = generate();
      writeSync(fd, password);
      return password;
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  chmodSync(file, 0o600); // a copied folder may have lost its mode
  const kept = readFileSync(file, "utf8").trim();
  if (kept.length < 16)
    throw new Error(`${file} does not hold a usable password (16+ characters): delete it and a new one is generated.`);
  return kept;
}
