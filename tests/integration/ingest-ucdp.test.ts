// UCDP adapter end to end: replay server → incidents, documents and claims, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashContent } from "@/lib/ingest/hash";
import { ucdpAdapter } from "@/lib/ingest/sources/ucdp";
import { byQuery, startReplayServer, type ReplayServer } from "@/scripts/support/replay-server";
import { isolatedDatabases } from "../setup/isolated-databases";
import type { Db } from "@/lib/db/create-client";
import { createSource, runAdapter, shiftedFixture } from "./ingest-helpers";
import { readFileSync } from "node:fs";
import path from "node:path";

const TOKEN = "test-ucdp-token";
let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({});
});
afterAll(() => server.stop());

/** Serves the two recorded pages under `/<prefix>/api/gedevents/25.1`, page 1 possibly replaced. */
function servePages(prefix: string, page1 = "ucdp-page-1.json", edit?: Parameters<typeof shiftedFixture>[2]) {
  const p = `/${prefix}/api/gedevents/25.1`;
  // The fixtures' NextPageUrl points at /api/gedevents/25.1; route that to the same pages.
  const route = byQuery(
    "page",
    { "1": shiftedFixture("ucdp-page-2.json", prefix) },
    shiftedFixture(page1, prefix, edit),
  );
  server.setRoute(p, route);
  server.setRoute("/api/gedevents/25.1", route);
  return `${server.url}${p}`;
}

// Runs on its own seeded copies: the adapters add published incidents, which the other
// integration files (counting the seeded dataset) must not see.
describe.each(isolatedDatabases())("UCDP adapter on $name", (target) => {
  let db: Db;
  beforeAll(() => {
    db = target.db;
  });
  const prefix = String(900 + Math.floor(Math.random() * 90));
  const id = (n: number) => `${prefix}${String(n).padStart(2, "0")}`;
  const incident = (n: number) =>
    db.incident.findUniqueOrThrow({
      where: { externalSource_externalId: { externalSource: "UCDP", externalId: id(n) } },
      include: { claims: { orderBy: { createdAt: "asc" } }, citations: true },
    });

  it("fails as not configured without its token", async () => {
    const source = await createSource(db, "UCDP", servePages(prefix), { credentialEnv: "UCDP_API_TOKEN" });
    await expect(runAdapter(db, source, {})).rejects.toThrow("not configured: UCDP_API_TOKEN is not set");
  });

  it("creates incidents and UCDP claims from every page, sending the token; a second run creates nothing", async () => {
    const url = servePages(prefix);
    const source = await createSource(db, "UCDP", url, { credentialEnv: "UCDP_API_TOKEN", autoPublish: true });
    const first = await runAdapter(db, source, { UCDP_API_TOKEN: TOKEN });
    expect(first).toMatchObject({
      created: 5,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      pages: 2,
      tags: ["claims", "incidents"],
    });
    const sent = server.log.filter((r) => r.path.endsWith("/api/gedevents/25.1"));
    expect(sent.every((r) => r.headers["x-ucdp-access-token"] === TOKEN)).toBe(true);
    expect(sent[0]!.url).toContain("Country=770%2C700");

    const clash = await incident(2);
    expect(clash).toMatchObject({
      country: "PAK",
      provinceId: "PK-KP",
      districtId: "PK-KP-kurram",
      type: "BORDER_CLASH",
      published: true,
      version: 1,
      ingestedVersion: 1,
      datePrecision: "WEEK",
    });
    expect(clash.claims.map((c) => [c.subject, c.valueLow, c.valueHigh, c.qualifier, c.claimantId])).toEqual(
      expect.arrayContaining([
        ["AFGHAN_FORCES", 8, 8, "EXACT", "ucdp"],
        ["PAKISTANI_FORCES", 2, 2, "EXACT", "ucdp"],
        ["ALL_SIDES", 10, 57, "RANGE", "ucdp"],
      ]),
    );
    expect(clash.claims).toHaveLength(3);
    const actor = await db.actor.findUniqueOrThrow({ where: { id: "ucdp" } });
    expect(actor.side).toBe("INDEPENDENT");
    const doc = await db.document.findUniqueOrThrow({ where: { id: clash.claims[0]!.documentId } });
    expect(doc.sourceId).toBe("ucdp");
    expect(JSON.parse(doc.note!)).toMatchObject({ id: Number(id(2)), best: 10, low: 10, high: 57 });
    expect((await incident(10)).districtId).toBe("AF-KNR-asadabad");

    const second = await runAdapter(db, source, { UCDP_API_TOKEN: TOKEN });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 5, tags: [] });
    // 612001: militants + total; 612002: 2 sides + total; 612003: civilians + total; 612010, 612011: civilians + total.
    expect(
      await db.claim.count({ where: { incident: { externalSource: "UCDP", externalId: { startsWith: prefix } } } }),
    ).toBe(11);
  });

  it("updates the incident for a later version and keeps the earlier figures as revisions", async () => {
    const source = await createSource(db, "UCDP", servePages(prefix, "ucdp-page-1-v2.json"), {
      credentialEnv: "UCDP_API_TOKEN",
      autoPublish: true,
    });
    const run = await runAdapter(db, source, { UCDP_API_TOKEN: TOKEN });
    expect(run).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const op = await incident(1);
    expect(op).toMatchObject({ version: 2, ingestedVersion: 2, datePrecision: "WEEK" });
    expect(op.occurredUntil?.toISOString().slice(0, 10)).toBe("2026-04-26");
    const total = op.claims.filter((c) => c.subject === "ALL_SIDES");
    expect(total.map((c) => [c.valueLow, c.valueHigh, c.qualifier])).toEqual([
      [22, 22, "EXACT"],
      [71, 75, "RANGE"],
    ]);
    expect(total[1]!.revisesId).toBe(total[0]!.id);
    const militants = op.claims.filter((c) => c.subject === "MILITANTS").map((c) => c.valueLow);
    expect(militants).toEqual([22, 69]);
    // A side that had no deaths before and has some now starts its own chain.
    expect(op.claims.filter((c) => c.subject === "PAKISTANI_FORCES").map((c) => [c.valueLow, c.revisesId])).toEqual([
      [2, null],
    ]);
    expect(op.citations).toHaveLength(2);
  });

  it("leaves an incident an editor has changed alone", async () => {
    const edited = await incident(2);
    await db.incident.update({
      where: { id: edited.id },
      data: { title: "Edited by an editor", version: { increment: 1 } },
    });
    const source = await createSource(
      db,
      "UCDP",
      servePages(prefix, "ucdp-page-1-v2.json", (json) => {
        const e = json.Result.find((r) => String(r.id) === id(2))!;
        Object.assign(e, { deaths_a: 30, best: 32, low: 32, high: 60 });
      }),
      { credentialEnv: "UCDP_API_TOKEN", autoPublish: true },
    );
    const run = await runAdapter(db, source, { UCDP_API_TOKEN: TOKEN });
    expect(run).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    const after = await incident(2);
    expect(after.title).toBe("Edited by an editor");
    expect(after.claims).toHaveLength(edited.claims.length);
  });

  it("leaves no partial rows when an item fails half-way", async () => {
    const source = await createSource(db, "UCDP", servePages(prefix), {
      credentialEnv: "UCDP_API_TOKEN",
      autoPublish: true,
    });
    const page = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../fixtures/feeds/ucdp-page-1.json"), "utf8"),
    ) as { Result: Record<string, unknown>[] };
    // A death count beyond a 32-bit integer passes the record schema but cannot be stored as a claim,
    // so the write fails after the incident and document were inserted.
    const event = {
      ...page.Result[2]!,
      id: Number(id(99)),
      deaths_civilians: 3_000_000_000,
      best: 3_000_000_000,
      low: 9,
      high: 3_000_000_000,
    };
    const item = {
      externalId: id(99),
      contentHash: hashContent(event),
      data: { event, datasetVersion: "25.1", retrievedOn: "2026-05-01" },
    };
    await expect(db.$transaction((tx) => ucdpAdapter.upsert(tx, source, item))).rejects.toThrow();
    expect(await db.incident.count({ where: { externalSource: "UCDP", externalId: id(99) } })).toBe(0);
    expect(await db.document.count({ where: { contentHash: `ucdp:${item.contentHash}` } })).toBe(0);
  });
});
