// Adapters' fetchPage against a local server: paging, credentials, and payloads rejected per source.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedKind, FeedSource } from "@/lib/db/generated/client";
import { getAdapter } from "@/lib/ingest/sources";
import { SourceError, type AdapterContext } from "@/lib/ingest/types";
import { body, byQuery, fixture, startReplayServer, type ReplayServer } from "@/scripts/support/replay-server";

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({
    "/api/gedevents/25.1": byQuery("page", { "1": fixture("ucdp-page-2.json") }, fixture("ucdp-page-1.json")),
    "/shape/api/gedevents/25.1": fixture("ucdp-wrong-shape.json"),
    "/garbage/api/gedevents/25.1": body("{ not json", "application/json"),
    "/escape/api/gedevents/25.1": body(
      JSON.stringify({ TotalPages: 2, NextPageUrl: "https://elsewhere.example/api/gedevents/25.1?page=1", Result: [] }),
      "application/json",
    ),
    "/escape2/api/gedevents/25.1": body(
      JSON.stringify({
        TotalPages: 2,
        NextPageUrl: "https://elsewhere.example/api/gedevents/25.1?page=1",
        Result: [{ id: 1 }],
      }),
      "application/json",
    ),
    "/html-feed": fixture("dawn.rss.xml", { contentType: "text/html" }),
    "/v2/reports": body(JSON.stringify({ totalCount: 1, count: 1, data: "nope" }), "application/json"),
  });
});
afterAll(() => server.stop());

// The replay server is on 127.0.0.1: the allowance tests/self-hosting set (FEED_ALLOWED_PRIVATE_HOSTS).
const ALLOW_LOCAL = { FEED_ALLOWED_PRIVATE_HOSTS: "127.0.0.1" };
const ctx = (env: Record<string, string> = {}): AdapterContext => ({
  signal: new AbortController().signal,
  env: { ...ALLOW_LOCAL, ...env },
  now: new Date("2026-05-01T00:00:00Z"),
});
const source = (kind: FeedKind, path: string, over: Partial<FeedSource> = {}) =>
  ({
    id: "src",
    slug: `test-${kind}`,
    name: "test",
    kind,
    url: `${server.url}${path}`,
    enabled: true,
    credentialEnv: null,
    config: { retries: 0 },
    cursor: null,
    autoPublish: false,
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...over,
  }) as FeedSource;

describe("UCDP fetchPage", () => {
  const ucdp = getAdapter("UCDP");
  const env = { UCDP_API_TOKEN: "t0ken" };

  it("pages through NextPageUrl until it is empty", async () => {
    const s = source("UCDP", "/api/gedevents/25.1", { credentialEnv: "UCDP_API_TOKEN" });
    const first = await ucdp.fetchPage(s, null, ctx(env));
    expect(first.items.map((i) => i.externalId)).toEqual(["612001", "612002", "612003"]);
    expect(first.nextCursor).toEqual({ next: `${server.url}/api/gedevents/25.1?pagesize=3&Country=770,700&page=1` });
    const second = await ucdp.fetchPage(s, first.nextCursor, ctx(env));
    expect(second.items.map((i) => i.externalId)).toEqual(["612010", "612011"]);
    expect(second.rejected).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ["/shape/api/gedevents/25.1", /^unexpected UCDP response shape: Result/],
    ["/garbage/api/gedevents/25.1", /^malformed JSON from UCDP/],
  ])("rejects the whole page at %s", async (path, message) => {
    const s = source("UCDP", path, { credentialEnv: "UCDP_API_TOKEN" });
    await expect(ucdp.fetchPage(s, null, ctx(env))).rejects.toThrow(message);
  });

  it("stops at an empty page and refuses a next-page link to another host", async () => {
    const empty = source("UCDP", "/escape/api/gedevents/25.1", { credentialEnv: "UCDP_API_TOKEN" });
    expect((await ucdp.fetchPage(empty, null, ctx(env))).nextCursor).toBeNull();
    const s = source("UCDP", "/escape2/api/gedevents/25.1", { credentialEnv: "UCDP_API_TOKEN" });
    const page = await ucdp.fetchPage(s, null, ctx(env));
    await expect(ucdp.fetchPage(s, page.nextCursor, ctx(env))).rejects.toThrow(
      /^next-page link leaves 127\.0\.0\.1:\d+: elsewhere\.example$/,
    );
  });
});

describe("other sources", () => {
  it("RSS: a feed served as text/html fails the source", async () => {
    await expect(getAdapter("RSS").fetchPage(source("RSS", "/html-feed"), null, ctx())).rejects.toThrow(
      /^unexpected content type "text\/html"/,
    );
  });

  it("ReliefWeb: a body of the wrong shape fails the source", async () => {
    await expect(getAdapter("RELIEFWEB").fetchPage(source("RELIEFWEB", "/v2/reports"), null, ctx())).rejects.toThrow(
      /^unexpected ReliefWeb response shape: data/,
    );
  });

  it("refuses a feed on a private address unless the allowance names its host", async () => {
    const before = server.log.length;
    const strict: AdapterContext = { ...ctx(), env: {} };
    await expect(getAdapter("RSS").fetchPage(source("RSS", "/html-feed"), null, strict)).rejects.toThrow(
      /^address refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\)/,
    );
    await expect(
      getAdapter("RSS").fetchPage(source("RSS", "/html-feed"), null, {
        ...strict,
        env: { FEED_ALLOWED_PRIVATE_HOSTS: "not a host!" },
      }),
    ).rejects.toThrow(/^invalid FEED_ALLOWED_PRIVATE_HOSTS/);
    expect(server.log.length).toBe(before);
  });

  it("has no adapter for GDELT yet", () => {
    expect(() => getAdapter("GDELT")).toThrow(SourceError);
  });
});

describe("credential variables", () => {
  const SECRET = "server-secret-never-sent-0123456789abcdef";
  const env = {
    UCDP_API_TOKEN: "t0ken",
    ACLED_API_KEY: "k",
    ACLED_EMAIL: "e@example.test",
    BETTER_AUTH_SECRET: SECRET,
    DATABASE_URL: SECRET,
    CRON_SECRET: SECRET,
  };

  it("each adapter declares the variables it may read", () => {
    expect(getAdapter("UCDP").credentials).toEqual(["UCDP_API_TOKEN"]);
    expect(getAdapter("ACLED").credentials).toEqual(["ACLED_API_KEY", "ACLED_EMAIL"]);
    expect(getAdapter("RSS").credentials).toEqual([]);
    expect(getAdapter("RELIEFWEB").credentials).toEqual([]);
  });

  it.each([
    ["UCDP", "/api/gedevents/25.1", "BETTER_AUTH_SECRET", "allowed: UCDP_API_TOKEN"],
    ["ACLED", "/acled/read", "DATABASE_URL", "allowed: ACLED_API_KEY, ACLED_EMAIL"],
    ["ACLED", "/acled/read", "UCDP_API_TOKEN", "allowed: ACLED_API_KEY, ACLED_EMAIL"],
    ["RSS", "/html-feed", "CRON_SECRET", "these sources take no credential; leave it empty"],
    ["RELIEFWEB", "/v2/reports", "BETTER_AUTH_SECRET", "these sources take no credential; leave it empty"],
  ] as const)("%s refuses a row naming %s and sends nothing", async (kind, path, name, allowed) => {
    const before = server.log.length;
    const forged = source(kind, path, { credentialEnv: name });
    await expect(getAdapter(kind).fetchPage(forged, null, ctx(env))).rejects.toThrow(
      `refused: ${name} is not a credential variable ${kind} sources may read (${allowed}).`,
    );
    expect(server.log.length).toBe(before);
  });
});
