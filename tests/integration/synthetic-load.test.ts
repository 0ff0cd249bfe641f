// The synthetic record's COPY load (scripts/data/synthetic) with the rollup triggers on, into a
// database of its own on the PostgreSQL server (PGlite has one database only): the Claim trigger
// fills every chainId from the claim revised (the generator emits revisions after the claims they
// revise), and the statement-level rollup triggers leave AttackRollup equal to a direct count.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/create-client";
import { loadSynthetic } from "../../scripts/data/synthetic/load";
import { countedIncidents, expectedRollup, storedRollup } from "../setup/rollup-oracle";

const server = inject("databases").find((d) => d.name.startsWith("PostgreSQL"));

describe.runIf(server)("synthetic load on PostgreSQL", () => {
  const name = `synthetic_check_${process.pid}`;
  const admin = () => new pg.Client({ connectionString: server!.url });
  const url = server!.url.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
  const db = createDb(url, { poolMax: 2 });
  afterAll(async () => {
    await db.$disconnect();
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  it("fills chain ids and keeps the rollups right through COPY", { timeout: 180_000 }, async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const res = await loadSynthetic(url, { incidents: 400, quiet: true, rollups: "triggers" });
    expect(res.rows.incidents).toBe(400);

    const claims = await db.$queryRaw<{ id: string; revisesId: string | null; chainId: string | null }[]>`
      SELECT "id", "revisesId", "chainId" FROM "Claim" WHERE "id" LIKE 'syn-%'`;
    const byId = new Map(claims.map((cl) => [cl.id, cl]));
    const root = (id: string): string => {
      const cl = byId.get(id)!;
      return cl.revisesId ? root(cl.revisesId) : cl.id;
    };
    expect(claims.filter((cl) => cl.revisesId && byId.get(cl.revisesId)?.revisesId).length).toBeGreaterThan(0); // chains of 3+
    expect(new Map(claims.map((cl) => [cl.id, cl.chainId]))).toEqual(new Map(claims.map((cl) => [cl.id, root(cl.id)])));

    const counted = await countedIncidents(db);
    expect(counted.length).toBeGreaterThan(400);
    expect(await storedRollup(db)).toEqual(expectedRollup(counted));
  });
});
