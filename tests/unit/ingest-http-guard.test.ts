// The fetch helper refuses addresses that are not public (the server's own network), before the
// request, on every redirect hop and at connect time; a local server counts what reaches it.
import type { LookupAddress } from "node:dns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostResolver } from "@/lib/ingest/http/dial-guard";
import { fetchSource, type FetchOptions } from "@/lib/ingest/http/fetch-source";
import { SourceError } from "@/lib/ingest/types";
import { fixture, redirect, startReplayServer, type ReplayServer } from "@/scripts/support/replay-server";

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({
    "/feed": fixture("dawn.rss.xml"),
    "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
    "/to-localhost": redirect("/feed"), // replaced below once the port is known
    "/to-mapped": redirect("/feed"),
  });
  server.setRoute("/to-localhost", redirect(`http://localhost:${server.port}/feed`));
  server.setRoute("/to-mapped", redirect(`http://[::ffff:127.0.0.1]:${server.port}/feed`));
});
afterAll(() => server.stop());

const opts = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  signal: new AbortController().signal,
  expect: "xml",
  timeoutMs: 5_000,
  retries: 2,
  backoffMs: 5,
  ...over,
});

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

/** A resolver that answers from a script, one answer per call, and counts the calls. */
function scriptedResolver(...answers: string[][]): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    const answer = answers[Math.min(calls.length, answers.length - 1)]!;
    calls.push(hostname);
    return answer.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

describe("fetchSource address guard", () => {
  it("refuses a feed on 127.0.0.1 without the allowance, sending nothing, and serves it with the allowance", async () => {
    const before = server.requests("/feed");
    const err = await failure(fetchSource(`${server.url}/feed?key=s3cret-in-query`, opts()));
    expect(err.message).toBe(
      "address refused: 127.0.0.1 resolves to 127.0.0.1 (loopback); feeds may only reach public addresses",
    );
    expect(server.requests("/feed")).toBe(before);

    const res = await fetchSource(`${server.url}/feed`, opts({ allowedPrivateHosts: ["127.0.0.1"] }));
    expect(res.text).toContain("Suicide car bomber strikes security post in Bajaur");
    expect(server.requests("/feed")).toBe(before + 1);
    const samePort = await fetchSource(
      `${server.url}/feed`,
      opts({ allowedPrivateHosts: [`127.0.0.1:${server.port}`] }),
    );
    expect(samePort.status).toBe(200);
  });

  it.each([
    ["http://2130706433:PORT/feed", "127.0.0.1", "loopback"], // decimal, normalised by the URL parser
    ["http://0x7f.0.0.1:PORT/feed", "127.0.0.1", "loopback"],
    ["http://0.0.0.0:PORT/feed", "0.0.0.0", '"this network"'], // Linux connects that to the local host
    ["http://[::1]:PORT/feed", "::1", "loopback"],
    ["http://[::ffff:127.0.0.1]:PORT/feed", "::ffff:7f00:1", "loopback, embedded in IPv6"],
  ])("refuses %s without requesting it", async (url, address, reason) => {
    const before = server.log.length;
    const err = await failure(fetchSource(url.replace("PORT", String(server.port)), opts()));
    expect(err.message).toBe(
      `address refused: ${address} resolves to ${address} (${reason}); feeds may only reach public addresses`,
    );
    expect(server.log.length).toBe(before);
  });

  it("refuses an allowance for another port of the same host", async () => {
    const before = server.requests("/feed");
    const err = await failure(
      fetchSource(`${server.url}/feed`, opts({ allowedPrivateHosts: [`127.0.0.1:${server.port + 1}`] })),
    );
    expect(err.message).toMatch(/^address refused: 127\.0\.0\.1 resolves to 127\.0\.0\.1 \(loopback\)/);
    expect(server.requests("/feed")).toBe(before);
  });

  it("refuses a host name that resolves to loopback (localhost), even with 127.0.0.1 allowed", async () => {
    const before = server.requests("/feed");
    const err = await failure(
      fetchSource(`http://localhost:${server.port}/feed`, opts({ allowedPrivateHosts: ["127.0.0.1"] })),
    );
    expect(err.message).toMatch(/^address refused: localhost resolves to (127\.0\.0\.1|::1) \(loopback\)/);
    expect(server.requests("/feed")).toBe(before);
  });

  it.each([
    [
      "/to-metadata",
      /^address refused: 169\.254\.169\.254 resolves to 169\.254\.169\.254 \(link-local \(cloud metadata\)\)/,
    ],
    ["/to-localhost", /^address refused: localhost resolves to (127\.0\.0\.1|::1) \(loopback\)/],
    ["/to-mapped", /^address refused: ::ffff:7f00:1 resolves to ::ffff:7f00:1 \(loopback, embedded in IPv6\)/],
  ])("refuses a redirect from an allowed host to a refused address (%s)", async (path, message) => {
    const before = server.requests("/feed");
    const err = await failure(fetchSource(`${server.url}${path}`, opts({ allowedPrivateHosts: ["127.0.0.1"] })));
    expect(err.message).toMatch(message);
    expect(server.requests(path)).toBe(1); // not retried: a refusal is final
    expect(server.requests("/feed")).toBe(before);
  });

  it("checks the address again when connecting: a name that re-resolves to loopback (DNS rebinding) gets no connection", async () => {
    const before = server.requests("/feed");
    const resolver = scriptedResolver(["1.1.1.1"], ["127.0.0.1"]);
    const err = await failure(fetchSource(`http://rebind.test:${server.port}/feed`, opts({ resolveHost: resolver })));
    expect(err.message).toMatch(/^address refused: rebind\.test resolves to 127\.0\.0\.1 \(loopback\)/);
    expect(resolver.calls).toEqual(["rebind.test", "rebind.test"]);
    expect(server.requests("/feed")).toBe(before);
  });

  it("refuses a name with any private address among its answers", async () => {
    const resolver = scriptedResolver(["1.1.1.1", "10.0.0.7"]);
    const err = await failure(fetchSource("http://mixed.test/feed", opts({ resolveHost: resolver })));
    expect(err.message).toMatch(/^address refused: mixed\.test resolves to 10\.0\.0\.7 \(private\)/);
  });

  it("reports a name that does not resolve as a network error, retried, without the query", async () => {
    const resolver: HostResolver = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const err = await failure(fetchSource("http://nowhere.test/feed?key=s3cret", opts({ resolveHost: resolver })));
    expect(err.message).toBe(
      "network error: cannot resolve nowhere.test: ENOTFOUND (nowhere.test/feed) after 3 attempts",
    );
  });

  it("refuses other protocols", async () => {
    const err = await failure(fetchSource("file:///etc/passwd", opts()));
    expect(err.message).toBe("address refused: file: is not http or https");
  });
});
