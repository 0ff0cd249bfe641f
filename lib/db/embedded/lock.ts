// Exactly one process may open a PGlite folder: two writers lose rows silently. The lock is a
// listening socket whose name derives from the folder, so the kernel releases it the instant its
// process dies (even on kill -9) and two starters racing for it cannot both win: bind() is atomic.
// - Linux: an abstract-namespace Unix socket (no file; gone with the process).
// - Windows: a named pipe (same semantics).
// - elsewhere (macOS, BSD): a socket file in the folder, probed by connecting. A file outlives a
//   crashed owner, so a refused probe means stale: it is removed and bound again. Residual race:
//   two starters that both find the same stale file can both remove it, and the second removal
//   unlinks the first one's fresh socket, so both would win. Needs a crash plus a simultaneous
//   double start; accepted for development machines other than Linux.
// The owner answers every connection with its pid, so a refusal can say who holds the folder.
import { createHash } from "node:crypto";
import { rmSync, realpathSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import path from "node:path";
import os from "node:os";

export type FolderLock = { release: () => Promise<void> };

function lockAddress(dir: string): { address: string; file?: string } {
  const id = createHash("sha256").update(realpathSync(dir)).digest("hex").slice(0, 32);
  if (process.platform === "linux") return { address: `\0frontier-pglite-${id}` };
  if (process.platform === "win32") return { address: `\\\\.\\pipe\\frontier-pglite-${id}` };
  // Unix socket paths are limited to ~104 bytes; a deep folder gets its socket in the temp dir.
  const inFolder = path.join(realpathSync(dir), ".lock.sock");
  const file = inFolder.length < 100 ? inFolder : path.join(os.tmpdir(), `frontier-pglite-${id}.sock`);
  return { address: file, file };
}

function listen(address: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.end(`${process.pid}\n`));
    server.once("error", reject);
    server.listen(address, () => {
      server.off("error", reject);
      server.unref(); // the lock must not keep the process alive; exiting releases it
      resolve(server);
    });
  });
}

/** Connects to a lock: "free" if nobody listens, else the owner's pid when it says so in time. */
function probe(address: string): Promise<{ held: false } | { held: true; pid?: number }> {
  return new Promise((resolve) => {
    const socket = connect(address);
    let reply = "";
    const timer = setTimeout(() => socket.destroy(), 1000);
    socket.on("data", (data) => (reply += data.toString()));
    socket.on("error", () => {
      clearTimeout(timer);
      resolve({ held: false });
    });
    socket.on("close", (hadError) => {
      clearTimeout(timer);
      if (hadError) return;
      const pid = Number.parseInt(reply, 10);
      resolve({ held: true, pid: Number.isInteger(pid) ? pid : undefined });
    });
  });
}

function inUse(dir: string, pid: number | undefined): Error {
  const who = pid ? `process ${pid}` : "another process";
  return new Error(
    `The embedded database in ${dir} is already in use by ${who}. Stop it first, or set DATABASE_URL to use another server.`,
  );
}

export async function lockFolder(dir: string): Promise<FolderLock> {
  const { address, file } = lockAddress(dir);
  for (let attempt = 0; ; attempt++) {
    try {
      const server = await listen(address);
      return {
        release: () =>
          new Promise<void>((resolve) =>
            server.close(() => {
              if (file) rmSync(file, { force: true });
              resolve();
            }),
          ),
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
      const owner = await probe(address);
      if (owner.held || attempt > 0) throw inUse(dir, owner.held ? owner.pid : undefined);
      // Nobody answered: a socket file left by a dead owner (remove it), or an abstract socket
      // or pipe whose owner died just now (already gone). Either way, try once more.
      if (file) rmSync(file, { force: true });
    }
  }
}
