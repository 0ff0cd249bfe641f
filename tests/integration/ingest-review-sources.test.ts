// RSS/Atom, ReliefWeb and ACLED adapters end to end: replay server → review-queue rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SOURCES, ensureDefaultSources } from "@/lib/feeds/default-sources";
import { byQuery, fixture, startReplayServer, type ReplayServer } from "@/scripts/support/replay-server";
import { isolatedDatabases } from "../setup/isolated-databases";
import type { Db } from "@/lib/db/create-client";
import { createSource, runAdapter } from "./ingest-helpers";

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({
    "/atom": fixture("tolonews.atom.xml"),
    "/broken": fixture("malformed.rss.xml"),
    "/v2/reports": byQuery("offset", { "2": fixture("reliefweb-reports-2.json") }, fixture("reliefweb-reports-1.json")),
    "/acled/read": fixture("acled-events.json"),
  });
});
afterAll(() => server.stop());

// Runs on its own seeded copies: the adapters add published incidents, which the other
// integration files (counting the seeded dataset) must not see.
describe.each(isolatedDatabases())("review-queue adapters on $name", (target) => {
  let db: Db;
  beforeAll(() => {
    db = target.db;
  });
  const items = (feedSourceId: string) =>
    db.ingestedItem.findMany({ where: { feedSourceId }, orderBy: { externalId: "asc" } });

  it("RSS: creates relevant items once, updates an edited item in place, and touches no published data", async () => {
    const path = `/rss-${Math.random().toString(36).slice(2)}`;
    server.setRoute(path, fixture("dawn.rss.xml"));
    const source = await createSource(db, "RSS", `${server.url}${path}`);
    expect(await runAdapter(db, source)).toMatchObject({ created: 3, updated: 0, unchanged: 0, rejected: 2, tags: [] });
    expect(await runAdapter(db, source)).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 2 });

    const before = await items(source.id);
    expect(before.map((i) => [i.externalId, i.status, i.version])).toEqual([
      ["dawn-1975001", "PENDING", 1],
      ["dawn-1976120", "PENDING", 1],
      ["https://www.dawn.com/news/1976133/drones-brought-down-over-swabi-and-nowshera", "PENDING", 1],
    ]);
    expect(before[0]!.suggestions).toMatchObject({
      figures: [expect.objectContaining({ valueLow: 11, statedBy: "ISPR" })],
    });

    server.setRoute(path, fixture("dawn-edited.rss.xml"));
    expect(await runAdapter(db, source)).toMatchObject({ created: 1, updated: 1, unchanged: 2 });
    const after = await items(source.id);
    expect(after).toHaveLength(4);
    const edited = after.find((i) => i.externalId === "dawn-1976120")!;
    expect(edited).toMatchObject({
      id: before[1]!.id,
      version: 2,
      title: "Pakistan says 133 Afghan Taliban fighters killed in retaliation (updated)",
    });
    expect(edited.body).toContain("more than 200 Afghan fighters were wounded");
  });

  it("RSS: an item an editor already decided on is left alone when the feed edits it", async () => {
    const path = `/rss-${Math.random().toString(36).slice(2)}`;
    server.setRoute(path, fixture("dawn.rss.xml"));
    const source = await createSource(db, "RSS", `${server.url}${path}`);
    await runAdapter(db, source);
    await db.ingestedItem.update({
      where: { feedSourceId_externalId: { feedSourceId: source.id, externalId: "dawn-1976120" } },
      data: { status: "REJECTED", decisionReason: "duplicate of an existing incident" },
    });
    server.setRoute(path, fixture("dawn-edited.rss.xml"));
    expect(await runAdapter(db, source)).toMatchObject({ created: 1, updated: 0, unchanged: 3 });
    const row = await db.ingestedItem.findUniqueOrThrow({
      where: { feedSourceId_externalId: { feedSourceId: source.id, externalId: "dawn-1976120" } },
    });
    expect(row).toMatchObject({
      status: "REJECTED",
      version: 1,
      title: "Pakistan says 133 Afghan Taliban fighters killed in retaliation",
    });
  });

  it("Atom: reads entries; a malformed feed fails the source with its reason and writes nothing", async () => {
    const atom = await createSource(db, "RSS", `${server.url}/atom`);
    expect(await runAdapter(db, atom)).toMatchObject({ created: 2, rejected: 1 });
    const broken = await createSource(db, "RSS", `${server.url}/broken`);
    await expect(runAdapter(db, broken)).rejects.toThrow(/^malformed XML/);
    expect(await db.ingestedItem.count({ where: { feedSourceId: broken.id } })).toBe(0);
  });

  it("ReliefWeb: follows links.next, keeps conflict reports only", async () => {
    const source = await createSource(db, "RELIEFWEB", `${server.url}/v2/reports`);
    const run = await runAdapter(db, source);
    expect(run).toMatchObject({ created: 2, rejected: 2, pages: 2 });
    expect((await items(source.id)).map((i) => i.externalId)).toEqual(["4190011", "4190031"]);
    const first = server.log.find((r) => r.path === "/v2/reports")!;
    expect(decodeURIComponent(first.url)).toContain("filter[value][]=pak");
    expect(await runAdapter(db, source)).toMatchObject({ created: 0, unchanged: 2 });
  });

  it("ACLED: not configured without credentials; with them, review items keep the attribution", async () => {
    const source = await createSource(db, "ACLED", `${server.url}/acled/read`, { credentialEnv: "ACLED_API_KEY" });
    await expect(runAdapter(db, source, {})).rejects.toThrow("not configured: ACLED_API_KEY is not set");
    await expect(runAdapter(db, source, { ACLED_API_KEY: "k" })).rejects.toThrow(
      "not configured: ACLED_EMAIL is not set",
    );
    const run = await runAdapter(db, source, { ACLED_API_KEY: "key-123", ACLED_EMAIL: "desk@example.org" });
    expect(run).toMatchObject({ created: 2, rejected: 1, pages: 1 });
    const rows = await items(source.id);
    expect(rows.map((r) => r.externalId)).toEqual(["AFG80002", "PAK140001"]);
    expect(rows[1]!.raw).toMatchObject({ republish: false, attribution: expect.stringContaining("ACLED") });
    const sent = new URL(server.log.filter((r) => r.path === "/acled/read").at(-1)!.url, server.url);
    expect(sent.searchParams.get("key")).toBe("key-123");
    expect(sent.searchParams.get("iso")).toBe("586|4");
  });

  it("default sources: inserts the missing ones once and never changes existing rows", async () => {
    await ensureDefaultSources(db);
    const rows = await db.feedSource.findMany({
      where: { slug: { in: DEFAULT_SOURCES.map((s) => s.slug) } },
      orderBy: { slug: "asc" },
    });
    expect(rows.map((r) => r.slug).sort()).toEqual(DEFAULT_SOURCES.map((s) => s.slug).sort());
    expect(rows.find((r) => r.slug === "ucdp-ged")).toMatchObject({
      autoPublish: true,
      credentialEnv: "UCDP_API_TOKEN",
    });
    expect(rows.filter((r) => r.autoPublish).map((r) => r.slug)).toEqual(["ucdp-ged"]);
    expect(await ensureDefaultSources(db)).toEqual([]);
    const again = await db.feedSource.findMany({
      where: { slug: { in: DEFAULT_SOURCES.map((s) => s.slug) } },
      orderBy: { slug: "asc" },
    });
    expect(again.map((r) => [r.slug, r.url, r.enabled, r.updatedAt.getTime()])).toEqual(
      rows.map((r) => [r.slug, r.url, r.enabled, r.updatedAt.getTime()]),
    );
  });
});
