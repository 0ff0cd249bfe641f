// The production server the page and card benchmarks measure: `next start` through the project's
// runner, on a throwaway in-memory embedded database (or `databaseUrl`), on free loopback ports.
// Needs a build. `pid` leads the server's process group (the runner, next and its workers).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { findFreePort } from "../support/free-port";

export async function startBenchServer(
  opts: { databaseUrl?: string } = {},
): Promise<{ base: string; pid: number; stop: () => void }> {
  const port = await findFreePort();
  // node --import tsx, as `npm start` runs it: one process for the runner (the tsx binary adds a second).
  const args = ["--import", "tsx", "scripts/run.ts", "start", "-p", String(port), "-H", "127.0.0.1"];
  const server = spawn(process.execPath, args, {
    env: {
      ...process.env,
      EMBEDDED_DB_DIR: ":memory:",
      EMBEDDED_DB_PORT: String(await findFreePort()),
      DATABASE_URL: opts.databaseUrl ?? "",
      NEXT_TELEMETRY_DISABLED: "1",
      // production refuses to start without one; a benchmark run needs no stable sessions
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  const ready = new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (b: Buffer) => {
      if (b.toString().includes("Ready")) resolve();
    });
    server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    await Promise.race([
      ready,
      new Promise((_, r) => setTimeout(() => r(new Error("server did not start in 90 s")), 90_000)),
    ]);
  } catch (err) {
    stop();
    throw err;
  }
  return { base: `http://127.0.0.1:${port}`, pid: server.pid!, stop };
}

/** Resident memory of every process in the group `pgid` (the runner, `next start` and its workers), in bytes. */
export function groupRss(pgid: number): number {
  return [...groupRssByProcess(pgid).values()].reduce((sum, rss) => sum + rss, 0);
}

/** The same, per process, by name ("node", "next-server (v16…)", "esbuild"), summed over processes of one name. */
export function groupRssByProcess(pgid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // fields[2] = pgrp
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      const name = /Name:\s+(.+)/.exec(status)?.[1] ?? pid;
      if (rss) byName.set(name, (byName.get(name) ?? 0) + Number(rss[1]) * 1024);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return byName;
}
