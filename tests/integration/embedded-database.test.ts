import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { findFreePort } from "../../scripts/support/free-port";

describe("embedded database", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "frontier-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps its data across restarts and lets exactly one process own the folder", async () => {
    const first = await startEmbeddedDatabase({ dir, port: await findFreePort(), quiet: true });
    try {
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
      await client.end();
      await expect(startEmbeddedDatabase({ dir, port: await findFreePort(), quiet: true })).rejects.toThrow(
        `already in use by process ${process.pid}`,
      );
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedDatabase({ dir, port: await findFreePort(), quiet: true });
    try {
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const { rows } = await client.query("SELECT v FROM kept");
      await client.end();
      expect(rows).toEqual([{ v: 42 }]);
    } finally {
      await second.stop();
    }
  });
});
