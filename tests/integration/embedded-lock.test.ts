// One process owns an embedded database folder, decided by an OS-level lock (lib/db/embedded/lock.ts).
// Real child processes, because what matters is what happens between processes: simultaneous
// starts, an owner killed with SIGKILL, a pid file that names some other live process.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { findFreePort } from "../../scripts/support/free-port";

const root = path.resolve(import.meta.dirname, "../..");

type Starter = {
  child: ChildProcess;
  nextLine: () => Promise<string>;
  go: () => Promise<string>;
  stop: () => Promise<void>;
};

/** A child process (plain node with tsx loaded in-process, so its pid is the lock owner's). */
async function spawnStarter(dir: string): Promise<Starter> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/embedded-starter.ts", dir], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const nextLine = () => {
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise<string>((resolve) => waiters.push(resolve));
  };
  expect(await nextLine()).toBe("READY");
  return {
    child,
    nextLine,
    go: () => {
      child.stdin!.write("go\n");
      return nextLine();
    },
    stop: async () => {
      child.stdin!.end();
      await exited;
    },
  };
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded database folder lock", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "frontier-lock-"));
  beforeAll(async () => {
    // Create the database once (PGlite's initdb is the slow part), so the trials measure the lock.
    const first = await startEmbeddedDatabase({ dir, port: await findFreePort(), quiet: true });
    await query(first.url, "CREATE TABLE kept (v text)");
    await first.stop();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lets exactly one of two simultaneous starters open the folder, every time", { timeout: 300_000 }, async () => {
    // The situation in which the pid-file lock of earlier versions let both in: a stale lock
    // naming a process that has died. The OS-level lock ignores the file.
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.once("exit", resolve));
    for (let trial = 0; trial < 6; trial++) {
      writeFileSync(path.join(dir, "owner.pid"), String(dead.pid));
      const pair = await Promise.all([spawnStarter(dir), spawnStarter(dir)]);
      const outcomes = await Promise.all(pair.map((s) => s.go()));
      const winners = pair.filter((_, i) => outcomes[i]!.startsWith("STARTED"));
      const refusal = outcomes.find((o) => o.startsWith("REFUSED"));
      await Promise.all(pair.map((s) => s.stop()));
      expect(outcomes.map((o) => o.split(" ")[0]).sort(), `trial ${trial}`).toEqual(["REFUSED", "STARTED"]);
      expect(refusal).toContain(`already in use by process ${winners[0]!.child.pid}`);
    }
  });

  it(
    "can be reopened at once after its owner was killed with SIGKILL, with the data and password kept",
    { timeout: 120_000 },
    async () => {
      const owner = await spawnStarter(dir);
      const started = await owner.go();
      expect(started).toMatch(/^STARTED /);
      const firstUrl = started.slice("STARTED ".length);
      await query(firstUrl, "INSERT INTO kept VALUES ('before the kill')");

      const successor = await spawnStarter(dir); // loaded and waiting, so it starts right after the kill
      const killed = new Promise((resolve) => owner.child.once("exit", resolve));
      owner.child.kill("SIGKILL");
      await killed;
      const t0 = Date.now();
      const restarted = await successor.go();
      expect(restarted).toMatch(/^STARTED /);
      const secondUrl = restarted.slice("STARTED ".length);
      expect(Date.now() - t0).toBeLessThan(60_000);
      try {
        expect(await query(secondUrl, "SELECT v FROM kept")).toEqual([{ v: "before the kill" }]);
        // The generated password is kept beside the data, owner-only, and the same after the restart.
        const kept = readFileSync(path.join(dir, ".password"), "utf8");
        expect(decodeURIComponent(new URL(firstUrl).password)).toBe(kept);
        expect(decodeURIComponent(new URL(secondUrl).password)).toBe(kept);
        expect(statSync(path.join(dir, ".password")).mode & 0o777).toBe(0o600);
      } finally {
        await successor.stop();
      }
    },
  );

  it("ignores an owner.pid file, even one naming a live process", { timeout: 120_000 }, async () => {
    // The lock of earlier versions: a pid that happens to be alive (here: this test) blocked start-up.
    writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
    const db = await startEmbeddedDatabase({ dir, port: await findFreePort(), quiet: true });
    try {
      expect(existsSync(path.join(dir, "owner.pid"))).toBe(false);
      expect(await query(db.url, "SELECT count(*)::int AS n FROM kept")).toEqual([{ n: 1 }]);
    } finally {
      await db.stop();
    }
  });
});
