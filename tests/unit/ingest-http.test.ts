// The fetch helper against a real local server that misbehaves on purpose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchSource, parseRetryAfter, type FetchOptions } from "@/lib/ingest/http/fetch-source";
import { SourceError } from "@/lib/ingest/types";
import {
  body,
  delay,
  failTimes,
  fixture,
  huge,
  redirect,
  startReplayServer,
  tooManyRequests,
  truncated,
  type ReplayServer,
} from "@/scripts/support/replay-server";

let server: ReplayServer;
let foreign: ReplayServer;

// The replay servers listen on 127.0.0.1, which only the allowance lets through (ingest-http-guard.test.ts).
const opts = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  signal: new AbortController().signal,
  expect: "xml",
  timeoutMs: 5_000,
  retries: 3,
  backoffMs: 5,
  allowedPrivateHosts: ["127.0.0.1"],
  ...over,
});

beforeAll(async () => {
  foreign = await startReplayServer({ "/feed": fixture("dawn.rss.xml") });
  server = await startReplayServer({
    "/feed": fixture("dawn.rss.xml"),
    "/slow": delay(3_000, fixture("dawn.rss.xml")),
    "/flaky": failTimes(2, fixture("dawn.rss.xml")),
    "/down": failTimes(100, fixture("dawn.rss.xml"), 503),
    "/busy": tooManyRequests(1, "1", fixture("dawn.rss.xml")),
    "/busy-long": tooManyRequests(5, "3600", fixture("dawn.rss.xml")),
    "/cut": truncated(fixture("dawn.rss.xml")),
    "/huge": huge(3 * 1024 * 1024, "application/rss+xml"),
    "/huge-declared": huge(3 * 1024 * 1024, "application/rss+xml", true),
    "/html": fixture("dawn.rss.xml", { contentType: "text/html; charset=utf-8" }),
    "/json": fixture("ucdp-page-1.json"),
    "/moved": redirect("/feed", 301),
    "/away": redirect(`${foreign.url}/feed`),
    "/loop": redirect("/loop"),
    "/gone": body("gone", "text/plain", { status: 404 }),
  });
});
afterAll(async () => {
  await server.stop();
  await foreign.stop();
});

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

describe("fetchSource", () => {
  it("returns the body and content type of a good response", async () => {
    const res = await fetchSource(`${server.url}/feed`, opts());
    expect(res.contentType).toBe("application/rss+xml");
    expect(res.text).toContain("Suicide car bomber strikes security post in Bajaur");
  });

  it("gives up on a server slower than the timeout", async () => {
    const err = await failure(fetchSource(`${server.url}/slow`, opts({ timeoutMs: 200, retries: 1 })));
    expect(err.message).toMatch(/timed out after 200 ms/);
    expect(server.requests("/slow")).toBe(2);
  });

  it("retries 500s with backoff and succeeds on the third attempt", async () => {
    const res = await fetchSource(`${server.url}/flaky`, opts());
    expect(res.text).toContain("<rss");
    expect(server.requests("/flaky")).toBe(3);
  });

  it("reports the status after the last retry", async () => {
    const err = await failure(fetchSource(`${server.url}/down`, opts({ retries: 2 })));
    expect(err.message).toBe(`HTTP 503 from ${new URL(server.url).host}/down after 3 attempts`);
    expect(server.requests("/down")).toBe(3);
  });

  it("waits as Retry-After says on 429, then succeeds", async () => {
    const res = await fetchSource(`${server.url}/busy`, opts({ backoffMs: 60_000 }));
    expect(res.text).toContain("<rss");
    expect(server.requests("/busy")).toBe(2);
  });

  it("never waits past the caller's signal for a long Retry-After", async () => {
    const signal = AbortSignal.timeout(300);
    const err = await failure(fetchSource(`${server.url}/busy-long`, opts({ signal, maxRetryAfterMs: 3_600_000 })));
    expect(err.message).toMatch(/^aborted: time budget reached .*HTTP 429/);
    expect(server.requests("/busy-long")).toBe(1);
  });

  it("rejects a body cut short before its Content-Length", async () => {
    const err = await failure(fetchSource(`${server.url}/cut`, opts({ retries: 0 })));
    expect(err.message).toMatch(/^truncated body/);
  });

  it("rejects a huge body while streaming it, and one that declares its size", async () => {
    const streamed = await failure(fetchSource(`${server.url}/huge`, opts({ maxBytes: 1024 * 1024 })));
    expect(streamed.message).toMatch(/^body too large: more than 1048576 bytes/);
    const declared = await failure(fetchSource(`${server.url}/huge-declared`, opts({ maxBytes: 1024 * 1024 })));
    expect(declared.message).toMatch(/^body too large: 3145728 bytes declared/);
  });

  it("rejects a content type that is not the expected format", async () => {
    const html = await failure(fetchSource(`${server.url}/html`, opts()));
    expect(html.message).toMatch(/^unexpected content type "text\/html" for xml/);
    const json = await failure(fetchSource(`${server.url}/json`, opts()));
    expect(json.message).toMatch(/^unexpected content type "application\/json" for xml/);
    expect((await fetchSource(`${server.url}/json`, opts({ expect: "json" }))).text).toContain("TotalPages");
  });

  it("follows a redirect on the same host", async () => {
    const res = await fetchSource(`${server.url}/moved`, opts());
    expect(res.url).toBe(`${server.url}/feed`);
  });

  it("refuses a redirect to another host without requesting it", async () => {
    const before = foreign.requests("/feed");
    const err = await failure(fetchSource(`${server.url}/away`, opts()));
    expect(err.message).toMatch(/^redirect to another host refused/);
    expect(foreign.requests("/feed")).toBe(before);
  });

  it("stops after three redirects", async () => {
    const err = await failure(fetchSource(`${server.url}/loop`, opts()));
    expect(err.message).toMatch(/^too many redirects/);
    expect(server.requests("/loop")).toBe(4);
  });

  it("does not retry a 404", async () => {
    const err = await failure(fetchSource(`${server.url}/gone`, opts()));
    expect(err.message).toMatch(/^HTTP 404/);
    expect(server.requests("/gone")).toBe(1);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2026-04-01T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 01 Apr 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 01 Apr 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
