// The refresh job against rows an admin form would refuse (written straight to the database, as
// an old row or a compromised one could be): a credential variable the adapter does not declare is
// never read or sent, a feed on a private address is never requested, and either failure is
// recorded on its source while the other sources complete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRefresh } from "@/lib/ingest/run-refresh";
import { body, startReplayServer, type ReplayServer } from "../../scripts/support/replay-server";
import { addSource, enableOnly, freshDatabases, NEWS_ITEMS, rssFeed } from "./refresh-job-setup";

const SECRET = "server-only-secret-must-never-leave-0123456789";
const UCDP_TOKEN = "test-ucdp-token";
let replay: ReplayServer;

beforeAll(async () => {
  replay = await startReplayServer({
    "/rss/news.xml": body(rssFeed(NEWS_ITEMS), "application/rss+xml; charset=utf-8"),
    "/api/gedevents/25.1": body(JSON.stringify({ TotalPages: 1, NextPageUrl: null, Result: [] }), "application/json"),
    "/acled/read": body(JSON.stringify({ success: true, count: 0, data: [] }), "application/json"),
  });
});
afterAll(() => replay?.stop());

/** Everything any request to the replay server carried: paths, query strings and header values. */
const everythingSent = () => JSON.stringify(replay.log.map((r) => [r.url, r.headers]));

describe.each(freshDatabases())("refresh job guards on $name", (c) => {
  const runRow = (runId: string, slug: string) =>
    c.db.refreshRunSource.findFirstOrThrow({ where: { runId, feedSource: { slug } } });
  const env = {
    BETTER_AUTH_SECRET: SECRET,
    DATABASE_URL: `postgresql://u:${SECRET}@db.internal/x`,
    CRON_SECRET: SECRET,
    UCDP_API_TOKEN: UCDP_TOKEN,
    ACLED_API_KEY: "acled-key",
    ACLED_EMAIL: "acled@example.test",
    FEED_ALLOWED_PRIVATE_HOSTS: "127.0.0.1",
  };

  it("never sends a server secret named by a forged row; the other sources complete", async () => {
    const logStart = replay.log.length;
    await addSource(c.db, {
      slug: "g-ucdp-forged",
      kind: "UCDP",
      url: `${replay.url}/api/gedevents/25.1`,
      credentialEnv: "BETTER_AUTH_SECRET",
    });
    await addSource(c.db, {
      slug: "g-acled-forged",
      kind: "ACLED",
      url: `${replay.url}/acled/read`,
      credentialEnv: "BETTER_AUTH_SECRET",
    });
    await addSource(c.db, {
      slug: "g-rss-forged",
      kind: "RSS",
      url: `${replay.url}/rss/news.xml`,
      credentialEnv: "DATABASE_URL",
    });
    await addSource(c.db, {
      slug: "g-ucdp-good",
      kind: "UCDP",
      url: `${replay.url}/api/gedevents/25.1`,
      credentialEnv: "UCDP_API_TOKEN",
    });
    await addSource(c.db, { slug: "g-news", kind: "RSS", url: `${replay.url}/rss/news.xml` });
    await enableOnly(c.db, ["g-ucdp-forged", "g-acled-forged", "g-rss-forged", "g-ucdp-good", "g-news"]);

    const r = await runRefresh(c.db, { trigger: "CLI", budgetMs: 60_000, env, feedTimeoutMs: 5_000 });
    if (!r.ok) throw new Error("run refused");
    expect(r.summary.status).toBe("PARTIAL");
    expect((await runRow(r.summary.runId, "g-ucdp-forged")).error).toBe(
      "refused: BETTER_AUTH_SECRET is not a credential variable UCDP sources may read (allowed: UCDP_API_TOKEN).",
    );
    expect((await runRow(r.summary.runId, "g-acled-forged")).error).toBe(
      "refused: BETTER_AUTH_SECRET is not a credential variable ACLED sources may read (allowed: ACLED_API_KEY, ACLED_EMAIL).",
    );
    expect((await runRow(r.summary.runId, "g-rss-forged")).error).toMatch(
      /^refused: DATABASE_URL is not a credential variable RSS sources may read/,
    );
    expect(await runRow(r.summary.runId, "g-ucdp-good")).toMatchObject({ error: null });
    expect(await runRow(r.summary.runId, "g-news")).toMatchObject({ created: 3, error: null });
    expect((await c.db.feedSource.findUniqueOrThrow({ where: { slug: "g-acled-forged" } })).lastError).toMatch(
      /^refused: BETTER_AUTH_SECRET/,
    );

    // Only the two good sources reached the server; the token went where it belongs and the secret nowhere.
    const sent = replay.log.slice(logStart);
    expect(sent.map((x) => x.path).sort()).toEqual(["/api/gedevents/25.1", "/rss/news.xml"]);
    expect(sent.find((x) => x.path === "/api/gedevents/25.1")!.headers["x-ucdp-access-token"]).toBe(UCDP_TOKEN);
    expect(everythingSent()).not.toContain(SECRET);
  });

  it("refuses feeds on private addresses without the allowance, recording it per source", async () => {
    const logStart = replay.log.length;
    await addSource(c.db, { slug: "g-loopback", kind: "RSS", url: `${replay.url}/rss/news.xml` });
    await addSource(c.db, {
      slug: "g-localhost",
      kind: "RSS",
      url: `http://localhost:${replay.port}/rss/news.xml?token=abc123`,
    });
    await addSource(c.db, { slug: "g-metadata", kind: "RSS", url: "http://169.254.169.254/latest/meta-data/" });
    await enableOnly(c.db, ["g-loopback", "g-localhost", "g-metadata"]);

    const { FEED_ALLOWED_PRIVATE_HOSTS: _allowance, ...strict } = env;
    const r = await runRefresh(c.db, { trigger: "CLI", budgetMs: 60_000, env: strict, feedTimeoutMs: 5_000 });
    if (!r.ok) throw new Error("run refused");
    expect(r.summary.status).toBe("FAILED");
    expect((await runRow(r.summary.runId, "g-loopback")).error).toMatch(
      /^address refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\)/,
    );
    const localhost = (await runRow(r.summary.runId, "g-localhost")).error!;
    expect(localhost).toMatch(/^address refused: localhost resolves to (127\.0\.0\.1|::1) \(loopback\)/);
    expect(localhost).not.toContain("abc123");
    expect((await runRow(r.summary.runId, "g-metadata")).error).toMatch(
      /^address refused: 169\.254\.169\.254 resolves to 169\.254\.169\.254 \(link-local/,
    );
    expect(replay.log.length).toBe(logStart);
  });
});
