// The embedded database asks for a password (lib/db/embedded/password.ts): loopback is reachable
// by every local process and user, so "any user, any password" was a superuser for all of them.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { embeddedPassword, passwordFromEnv } from "@/lib/db/embedded/password";
import { findFreePort } from "../../scripts/support/free-port";

function withPassword(url: string, password: string): string {
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}

async function connectError(url: string): Promise<{ code?: string; message: string }> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    return err as { code?: string; message: string };
  }
  await client.end();
  throw new Error("connected although it should have been refused");
}

describe("embedded database authentication", () => {
  let db: EmbeddedDatabase;
  beforeAll(async () => {
    db = await startEmbeddedDatabase({ port: await findFreePort(), quiet: true });
  });
  afterAll(() => db?.stop());

  /** Writes raw bytes to the server and collects everything it answers until it closes. */
  const sendRaw = (bytes: Buffer) =>
    new Promise<Buffer>((resolve, reject) => {
      const socket = connect(Number(new URL(db.url).port), "127.0.0.1");
      const chunks: Buffer[] = [];
      socket.on("data", (chunk) => chunks.push(chunk));
      socket.on("error", reject);
      socket.on("close", () => resolve(Buffer.concat(chunks)));
      socket.write(bytes);
    });

  it("accepts its password and refuses others with 28P01", async () => {
    const good = new pg.Client({ connectionString: db.url });
    await good.connect();
    expect((await good.query("SELECT current_user AS u")).rows).toEqual([{ u: "postgres" }]);
    await good.end();

    const password = decodeURIComponent(new URL(db.url).password);
    expect(password.length).toBeGreaterThanOrEqual(16);
    for (const wrong of ["postgres", "", `${password}x`, password.slice(0, -1)]) {
      const err = await connectError(withPassword(db.url, wrong || "-"));
      expect(err.code).toBe("28P01");
      expect(err.message).toMatch(/password authentication failed/);
    }
  });

  it("answers a client that skips the password message with a protocol error, before touching PGlite", async () => {
    const params = Buffer.from("user\0postgres\0database\0postgres\0\0");
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length);
    startup.writeInt32BE(196608, 4);
    const query = Buffer.concat([Buffer.from("Q"), Buffer.alloc(4), Buffer.from("SELECT 1\0")]);
    query.writeInt32BE(4 + "SELECT 1\0".length, 1);
    const reply = await sendRaw(Buffer.concat([startup, params, query]));
    expect(reply.subarray(0, 9)).toEqual(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3])); // AuthenticationCleartextPassword
    expect(String.fromCharCode(reply[9]!)).toBe("E");
    expect(reply.toString("latin1")).toContain("08P01");
    expect(reply.toString("latin1")).not.toContain("SELECT");
  });

  it("answers malformed startup packets with 08P01 and keeps serving", async () => {
    for (const garbage of [
      Buffer.from([0, 0, 0, 4]),
      Buffer.from([0x7f, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.from("GET / HTTP/1.1\r\n\r\n"),
    ]) {
      const reply = await sendRaw(garbage);
      expect(reply.toString("latin1")).toContain("08P01");
    }
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.end();
  });

  it("gives each in-memory database a fresh password, and uses EMBEDDED_DB_PASSWORD when set", async () => {
    const other = await startEmbeddedDatabase({
      port: await findFreePort(),
      quiet: true,
      password: "a fixed test password",
    });
    try {
      expect(new URL(other.url).password).not.toBe(new URL(db.url).password);
      expect(decodeURIComponent(new URL(other.url).password)).toBe("a fixed test password"); // encoded in the URL…
      const client = new pg.Client({ connectionString: other.url }); // …and accepted from it
      await client.connect();
      await client.end();
    } finally {
      await other.stop();
    }
    expect(embeddedPassword(undefined)).not.toBe(embeddedPassword(undefined));
    expect(passwordFromEnv({ EMBEDDED_DB_PASSWORD: "sixteen chars ok" })).toBe("sixteen chars ok");
    expect(passwordFromEnv({ EMBEDDED_DB_PASSWORD: "" })).toBeUndefined();
    expect(() => passwordFromEnv({ EMBEDDED_DB_PASSWORD: "short" })).toThrow(
      /EMBEDDED_DB_PASSWORD: must be at least 16/,
    );
  });

  it("keeps a folder's generated password in .password (0600), reused on later starts, unless the env sets one", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "frontier-password-"));
    try {
      const file = path.join(dir, ".password");
      const first = embeddedPassword(dir, undefined);
      expect(readFileSync(file, "utf8")).toBe(first);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(embeddedPassword(dir, undefined)).toBe(first);
      expect(embeddedPassword(dir, "from the environment")).toBe("from the environment");
      expect(readFileSync(file, "utf8")).toBe(first); // the env value is not written anywhere
      writeFileSync(file, "");
      expect(() => embeddedPassword(dir, undefined)).toThrow(/does not hold a usable password/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
