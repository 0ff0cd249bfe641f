// A separate process that owns an embedded database, for embedded-lock.test.ts (locks are about
// processes, so the test needs real ones). Run: node --import tsx embedded-starter.ts <dir>
// Protocol on stdio: prints "READY" once loaded; on the line "go" it starts the database and prints
// "STARTED <url>" or "REFUSED <message>"; when stdin closes it stops the database and exits.
import { createInterface } from "node:readline";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { findFreePort } from "../../scripts/support/free-port";

const dir = process.argv[2];
if (!dir) throw new Error("usage: embedded-starter.ts <dir>");
let db: EmbeddedDatabase | undefined;

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line.trim() !== "go") return;
  void findFreePort()
    .then((port) => startEmbeddedDatabase({ dir, port, quiet: true }))
    .then(
      (started) => {
        db = started;
        console.log(`STARTED ${started.url}`);
      },
      (err: Error) => console.log(`REFUSED ${err.message}`),
    );
});
lines.on("close", () => {
  void (db?.stop() ?? Promise.resolve()).then(() => process.exit(0));
});
console.log("READY");
