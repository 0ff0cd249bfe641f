import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_LEASE_MS } from "@/lib/ingest/run-lock";
import { runRefresh, type RefreshOptions } from "@/lib/ingest/run-refresh";
import {
  body,
  delay,
  failTimes,
  generate,
  startReplayServer,
  type ReplayServer,
} from "../../scripts/support/replay-server";
import {
  addSource,
  enableOnly,
  freshDatabases,
  NEWS_ITEMS,
  rssFeed,
  ucdpPage,
  UCDP_VALID_IDS,
} from "./refresh-job-setup";

// The replay server is on 127.0.0.1, which feeds may reach only with the allowance.
const ENV = { UCDP_API_TOKEN: "test-ucdp-token", FEED_ALLOWED_PRIVATE_HOSTS: "127.0.0.1" };
const UCDP_PATH = "/api/gedevents/25.1";
let replay: ReplayServer;

beforeAll(async () => {
  replay = await startReplayServer({
    "/rss/news.xml": body(rssFeed(NEWS_ITEMS), "application/rss+xml; charset=utf-8"),
  });
});
afterAll(() => replay?.stop());

/** UCDP's two recorded pages (ids shifted), the second one answered by `secondPage`. */
function serveUcdp(idOffset: number, secondPage?: (inner: ReturnType<typeof generate>) => ReturnType<typeof generate>) {
  const first = generate("application/json; charset=utf-8", () => ucdpPage(1, replay.url, idOffset));
  const second = generate("application/json; charset=utf-8", () => ucdpPage(2, replay.url, idOffset));
  const wrapped = secondPage ? secondPage(second) : second;
  replay.setRoute(UCDP_PATH, {
    handle: (req, res, url) => (url.searchParams.get("page") === "1" ? wrapped : first).handle(req, res, url),
  });
}

describe.each(freshDatabases())("refresh job on $name", (c) => {
  const run = (opts: Partial<RefreshOptions> = {}) =>
    runRefresh(c.db, { trigger: "CLI", budgetMs: 60_000, env: ENV, feedTimeoutMs: 5_000, ...opts });
  const runRow = (runId: string, slug: string) =>
    c.db.refreshRunSource.findFirstOrThrow({ where: { runId, feedSource: { slug } } });
  const source = (slug: string) => c.db.feedSource.findUniqueOrThrow({ where: { slug } });

  it("fills the review queue and publishes UCDP events, recording counts; a second run creates nothing", async () => {
    await addSource(c.db, { slug: "t1-news", kind: "RSS", url: `${replay.url}/rss/news.xml` });
    await addSource(c.db, {
      slug: "t1-ucdp",
      kind: "UCDP",
      url: `${replay.url}${UCDP_PATH}`,
      credentialEnv: "UCDP_API_TOKEN",
      autoPublish: true,
    });
    await addSource(c.db, {
      slug: "t1-nokey",
      kind: "ACLED",
      url: `${replay.url}/acled/read`,
      credentialEnv: "ACLED_API_KEY",
    });
    await enableOnly(c.db, ["t1-news", "t1-ucdp", "t1-nokey"]);
    serveUcdp(0);

    const first = await run();
    if (!first.ok) throw new Error("first run refused");
    const s1 = first.summary;
    expect(s1.status).toBe("SUCCEEDED");
    expect(s1.changedPublished).toBe(true);
    expect(s1.changedTags).toEqual(["claims", "incidents"]);
    const news = await runRow(s1.runId, "t1-news");
    expect(news).toMatchObject({ fetched: 4, created: 3, updated: 0, unchanged: 0, rejected: 1, error: null });
    expect(news.rejections).toEqual([{ externalId: "news-offtopic", reason: "off-topic" }]);
    // The recorded page 2 has one event without date_start: rejected with its reason, the others written.
    const ucdpRow = await runRow(s1.runId, "t1-ucdp");
    expect(ucdpRow).toMatchObject({ fetched: 6, created: 5, updated: 0, unchanged: 0, rejected: 1, error: null });
    expect(ucdpRow.rejections).toEqual([{ externalId: "612012", reason: expect.stringMatching(/date_start/) }]);
    expect((await runRow(s1.runId, "t1-nokey")).error).toBe("skipped: ACLED_API_KEY is not set");

    const items = await c.db.ingestedItem.findMany({
      where: { feedSource: { slug: "t1-news" } },
      orderBy: { externalId: "asc" },
    });
    expect(items.map((i) => [i.externalId, i.status])).toEqual([
      ["news-1", "PENDING"],
      ["news-2", "PENDING"],
      ["news-3", "PENDING"],
    ]);
    const incidents = await c.db.incident.findMany({
      where: { externalSource: "UCDP" },
      orderBy: { externalId: "asc" },
    });
    expect(incidents.map((i) => [i.externalId, i.published])).toEqual(UCDP_VALID_IDS.map((id) => [String(id), true]));
    const ucdp = await source("t1-ucdp");
    expect(ucdp.cursor).toBeNull(); // reached the end of the source
    expect(ucdp.lastSuccessAt).not.toBeNull();
    expect(ucdp.lastError).toBeNull();
    const runRecord = await c.db.refreshRun.findUniqueOrThrow({ where: { id: s1.runId } });
    expect(runRecord).toMatchObject({
      status: "SUCCEEDED",
      trigger: "CLI",
      stoppedEarly: false,
      changedPublished: true,
    });
    expect(runRecord.finishedAt).not.toBeNull();

    const second = await run();
    if (!second.ok) throw new Error("second run refused");
    expect(second.summary.status).toBe("SUCCEEDED");
    expect(second.summary.totals).toEqual({ fetched: 10, created: 0, updated: 0, unchanged: 8, rejected: 2 });
    expect(second.summary.changedTags).toEqual([]);
    expect((await c.db.refreshRun.findUniqueOrThrow({ where: { id: second.summary.runId } })).changedPublished).toBe(
      false,
    );
    expect(await c.db.ingestedItem.count({ where: { feedSource: { slug: "t1-news" } } })).toBe(3);
    expect(await c.db.incident.count({ where: { externalSource: "UCDP" } })).toBe(5);

    // A corrected article is an update of its pending review item, not a new one.
    const edited = NEWS_ITEMS.map((i) =>
      i.guid === "news-2"
        ? { ...i, description: "<p>A suicide bomber struck the Bannu cantonment, killing 7 people, police said.</p>" }
        : i,
    );
    replay.setRoute("/rss/news.xml", body(rssFeed(edited), "application/rss+xml; charset=utf-8"));
    const third = await run({ sources: ["t1-news"] });
    if (!third.ok) throw new Error("third run refused");
    expect(await runRow(third.summary.runId, "t1-news")).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 2,
      rejected: 1,
    });
    expect(
      (await c.db.ingestedItem.findFirstOrThrow({ where: { externalId: "news-2", feedSource: { slug: "t1-news" } } }))
        .body,
    ).toContain("killing 7 people");
    replay.setRoute("/rss/news.xml", body(rssFeed(NEWS_ITEMS), "application/rss+xml; charset=utf-8"));
  });

  it("rebuilds the attack rollups, repairing rows written with the triggers off", async () => {
    await enableOnly(c.db, []);
    await c.db.incident.create({
      data: {
        title: "Rollup probe",
        summary: "A published attack in Pakistan.",
        occurredOn: new Date("2026-03-02T00:00:00Z"),
        country: "PAK",
        type: "ARMED_ASSAULT",
        targetType: "SECURITY_FORCES",
        published: true,
      },
    });
    const published = await c.db.incident.count({ where: { published: true, country: "PAK" } });
    expect(published).toBeGreaterThan(0);
    // Drift as a bulk load with the triggers off would leave it: the overall count is gone.
    await c.db.$executeRaw`DELETE FROM "AttackRollup" WHERE "dim" = 'all'`;
    const result = await run();
    if (!result.ok) throw new Error("run refused");
    const [row] = await c.db.$queryRaw<{ total: bigint | null }[]>`
      SELECT SUM("count") AS total FROM "AttackRollup" WHERE "dim" = 'all' AND "grain" = 'day'`;
    expect(Number(row?.total ?? 0)).toBe(published);
  });

  it("isolates a failing source: 500s and a timeout are recorded, the others complete", async () => {
    replay.setRoute("/t2/broken.xml", failTimes(1000, body("", "application/rss+xml")));
    replay.setRoute("/t2/slow.xml", delay(20_000, body(rssFeed(NEWS_ITEMS), "application/rss+xml")));
    for (const [slug, path] of [
      ["t2-broken", "/t2/broken.xml"],
      ["t2-slow", "/t2/slow.xml"],
      ["t2-good", "/rss/news.xml"],
    ]) {
      await addSource(c.db, { slug: slug!, kind: "RSS", url: `${replay.url}${path}` });
    }
    await enableOnly(c.db, ["t2-broken", "t2-slow", "t2-good"]);

    const r = await run({ feedTimeoutMs: 1_500 });
    if (!r.ok) throw new Error("run refused");
    expect(r.summary.status).toBe("PARTIAL");
    const broken = await runRow(r.summary.runId, "t2-broken");
    expect(broken.error).toMatch(/HTTP 500/);
    expect(broken.created).toBe(0);
    expect((await runRow(r.summary.runId, "t2-slow")).error).toMatch(/timed out/);
    expect(await runRow(r.summary.runId, "t2-good")).toMatchObject({
      fetched: 4,
      created: 3,
      rejected: 1,
      error: null,
    });
    expect(await source("t2-broken")).toMatchObject({
      lastSuccessAt: null,
      lastError: expect.stringMatching(/HTTP 500/),
    });
    expect((await source("t2-good")).lastSuccessAt).not.toBeNull();
    const row = await c.db.refreshRun.findUniqueOrThrow({ where: { id: r.summary.runId } });
    expect(row.error).toMatch(/t2-broken: .*HTTP 500/);
    expect(row.error).toMatch(/t2-slow: .*timed out/);
  });

  it("lets one run at a time: a concurrent call is refused and writes nothing; a dead run's lease expires", async () => {
    replay.setRoute("/t3/slow.xml", delay(1_500, body(rssFeed(NEWS_ITEMS), "application/rss+xml")));
    await addSource(c.db, { slug: "t3-slow", kind: "RSS", url: `${replay.url}/t3/slow.xml` });
    await enableOnly(c.db, ["t3-slow"]);
    const runsBefore = await c.db.refreshRun.count();
    const rowsBefore = await c.db.refreshRunSource.count();
    const sourcesBefore = await c.db.feedSource.count();

    const [a, b] = await Promise.all([run(), run()]);
    const refused = [a, b].filter((x) => !x.ok);
    expect(refused).toEqual([{ ok: false, reason: "already running" }]);
    expect(await c.db.refreshRun.count()).toBe(runsBefore + 1);
    expect(await c.db.refreshRunSource.count()).toBe(rowsBefore + 1);
    expect(await c.db.feedSource.count()).toBe(sourcesBefore);

    // A RUNNING row within its lease holds the lock; one past it belonged to a process that died.
    const live = await c.db.refreshRun.create({
      data: { trigger: "CRON", status: "RUNNING", startedAt: new Date(Date.now() - 60_000) },
    });
    expect(await run()).toEqual({ ok: false, reason: "already running" });
    await c.db.refreshRun.update({
      where: { id: live.id },
      data: { startedAt: new Date(Date.now() - RUN_LEASE_MS - 1_000) },
    });
    const after = await run();
    expect(after.ok).toBe(true);
    expect(await c.db.refreshRun.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/lease expired/),
    });
  });

  it("stops cleanly when the budget runs out and the next run resumes from the saved cursor", async () => {
    serveUcdp(100_000, (second) => delay(15_000, second));
    await addSource(c.db, {
      slug: "t4-ucdp",
      kind: "UCDP",
      url: `${replay.url}${UCDP_PATH}`,
      credentialEnv: "UCDP_API_TOKEN",
      autoPublish: true,
    });
    await enableOnly(c.db, ["t4-ucdp"]);

    const first = await run({ budgetMs: 3_000, feedTimeoutMs: 30_000 });
    if (!first.ok) throw new Error("run refused");
    expect(first.summary).toMatchObject({ status: "PARTIAL", stoppedEarly: true });
    expect(await runRow(first.summary.runId, "t4-ucdp")).toMatchObject({ fetched: 3, created: 3, error: null });
    expect((await c.db.refreshRun.findUniqueOrThrow({ where: { id: first.summary.runId } })).stoppedEarly).toBe(true);
    const saved = (await source("t4-ucdp")).cursor as { next?: string };
    expect(saved.next).toMatch(/page=1/);

    serveUcdp(100_000);
    const logStart = replay.log.length;
    const second = await run();
    if (!second.ok) throw new Error("run refused");
    expect(second.summary).toMatchObject({ status: "SUCCEEDED", stoppedEarly: false });
    expect(await runRow(second.summary.runId, "t4-ucdp")).toMatchObject({
      fetched: 3,
      created: 2,
      unchanged: 0,
      rejected: 1,
    });
    const requested = replay.log
      .slice(logStart)
      .filter((r) => r.path === UCDP_PATH)
      .map((r) => new URL(r.url, replay.url).searchParams.get("page"));
    expect(requested).toEqual(["1"]); // resumed at page 2, never fetched page 1 again
    expect((await source("t4-ucdp")).cursor).toBeNull();
    const ids = (
      await c.db.incident.findMany({
        where: { externalSource: "UCDP", externalId: { startsWith: "71" } },
        select: { externalId: true },
      })
    )
      .map((i) => i.externalId)
      .sort();
    expect(ids).toEqual(UCDP_VALID_IDS.map((id) => String(id + 100_000)));
  });
});
