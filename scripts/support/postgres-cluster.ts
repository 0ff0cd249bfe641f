// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp folder, start on a
// free loopback port, trust auth, durability off (it is thrown away). PostgreSQL refuses to run as
// root, so as root the binaries run as the `postgres` OS user.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type PostgresCluster = { url: string; version: string; stop: () => void };

export function findPostgresBinaries(): string | null {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv && existsSync(path.join(fromEnv, "initdb"))) return fromEnv;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

function asPostgresUser(bin: string, args: string[]): string[] {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot ? ["runuser", "-u", "postgres", "--", bin, ...args] : [bin, ...args];
}

function run(cmd: string[]): string {
  const [file, ...args] = cmd;
  return execFileSync(file!, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function startPostgresCluster(binDir: string, port: number): PostgresCluster {
  const dir = mkdtempSync(path.join(os.tmpdir(), "frontier-pg-"));
  chmodSync(dir, 0o777); // the postgres user must be able to write here
  const data = path.join(dir, "data");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) run(["chown", "postgres", dir]);
  run(
    asPostgresUser(path.join(binDir, "initdb"), [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-locale",
    ]),
  );
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run(
    asPostgresUser(path.join(binDir, "pg_ctl"), [
      "-D",
      data,
      "-o",
      opts,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "start",
    ]),
  );
  const version = run([path.join(binDir, "postgres"), "--version"]).trim();
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop: () => {
      if (stopped) return;
      stopped = true;
      const [file, ...args] = asPostgresUser(path.join(binDir, "pg_ctl"), [
        "-D",
        data,
        "-m",
        "immediate",
        "-w",
        "stop",
      ]);
      spawnSync(file!, args, { stdio: "ignore" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
