// The embedded database's wire server: PostgreSQL's protocol on loopback in front of one PGlite.
// It replaces @electric-sql/pglite-socket's server, which queued single protocol messages from all
// connections into the one session: under parallel requests Parse/Bind/Execute of two clients
// interleaved ("prepared statement does not exist", rows of one query delivered to another).
// Here a connection holds the session for a whole response cycle (and a whole transaction), so
// several connections are served safely, one turn at a time.
import { createServer, type AddressInfo } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { Connection } from "./connection";
import { SessionTurn } from "./turn";

export type WireServerOptions = {
  db: PGlite;
  /** 0 picks a free port. */
  port: number;
  password: string;
  /** Connections beyond this are refused with SQLSTATE 53300, as PostgreSQL does. */
  maxConnections?: number;
  holdTimeoutMs?: number;
  log?: (msg: string) => void;
};

export type WireServer = { port: number; stop: () => Promise<void> };

export async function startWireServer(opts: WireServerOptions): Promise<WireServer> {
  const maxConnections = opts.maxConnections ?? 32;
  const log = opts.log ?? (() => {});
  const turn = new SessionTurn();
  const ctx = { db: opts.db, turn, password: opts.password, holdTimeoutMs: opts.holdTimeoutMs ?? 60_000, log };
  const connections = new Set<Connection>();
  let admitted = 0;

  const server = createServer((socket) => {
    const tooMany = admitted >= maxConnections;
    if (!tooMany) admitted++;
    const connection = new Connection(socket, ctx, tooMany);
    connections.add(connection);
    void connection.done.then(() => {
      connections.delete(connection);
      if (!tooMany) admitted--;
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: the password is sent in clear text, and nothing else should reach PGlite.
    server.listen(opts.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (err) => log(`server error: ${err.message}`));

  return {
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      turn.close();
      for (const connection of connections) connection.destroy();
      // Each connection finishes what PGlite is executing for it before the caller closes PGlite.
      await Promise.all([...connections].map((c) => c.done));
      await closed;
    },
  };
}
