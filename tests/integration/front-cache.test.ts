// The front cache of `npm start` (lib/front-cache) over real HTTP: an upstream server on loopback
// stands in for Next, answering with the headers Next sends, and counts what reaches it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFrontCache, type FrontCache } from "@/lib/front-cache/server";

const PAGE = "s-maxage=300, stale-while-revalidate=86100"; // what Next sends for a cached page
type Reply = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number };

let routes: Record<string, () => Reply> = {};
const seen: { url: string; headers: http.IncomingHttpHeaders; method: string }[] = [];
let version = 1;

const upstream = http.createServer((req, res) => {
  seen.push({ url: req.url!, headers: req.headers, method: req.method! });
  const reply = routes[req.url!.split("?")[0]!]?.() ?? { status: 404, body: "none", headers: {} };
  setTimeout(() => {
    res.writeHead(reply.status ?? 200, { "content-type": "text/html; charset=utf-8", ...reply.headers });
    res.end(req.method === "HEAD" ? undefined : (reply.body ?? `page v${version}`));
  }, reply.delayMs ?? 0);
});

let front: FrontCache;
let base = "";

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** One request with Node's http (fetch would add Accept-Encoding itself). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}
const hits = (path: string) => seen.filter((request) => request.url === path).length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeAll(async () => {
  const port = await listen(upstream);
  front = createFrontCache({ upstream: { host: "127.0.0.1", port }, maxBytes: 64 * 1024 });
  base = `http://127.0.0.1:${await listen(front.server)}`;
});
afterAll(async () => {
  front.server.close();
  upstream.close();
});
beforeEach(() => {
  front.store.purge();
  seen.length = 0;
  version = 1;
  routes = { "/page": () => ({ headers: { "cache-control": PAGE } }) };
});

describe("front cache", () => {
  it("keeps a page Next marks for shared caches and serves it without asking again", async () => {
    const first = await get("/page");
    await settle();
    const second = await get("/page");
    expect(first.headers["x-front-cache"]).toBe("MISS");
    expect(second.headers["x-front-cache"]).toBe("HIT");
    expect(second.body.toString()).toBe("page v1");
    expect(second.headers["cache-control"]).toBe(PAGE);
    expect(hits("/page")).toBe(1);
    // Another query string is another page.
    await get("/page?province=PK-KP");
    expect(hits("/page?province=PK-KP")).toBe(1);
  });

  it("forgets everything on a purge, and does not keep an answer fetched before it", async () => {
    await get("/page");
    await settle();
    front.store.purge();
    version = 2;
    expect((await get("/page")).body.toString()).toBe("page v2");
    expect(hits("/page")).toBe(2);

    routes["/slow"] = () => ({ headers: { "cache-control": PAGE }, delayMs: 150 });
    const pending = get("/slow");
    await new Promise((resolve) => setTimeout(resolve, 50));
    front.store.purge(); // a write lands while the old page is on its way
    await pending;
    await settle();
    expect((await get("/slow")).headers["x-front-cache"]).toBe("MISS");
    expect(hits("/slow")).toBe(2);
  });

  it("never keeps what is private, sets a cookie, varies on a cookie, or is an error", async () => {
    routes["/private"] = () => ({ headers: { "cache-control": "private, no-cache, no-store, max-age=0" } });
    routes["/no-store"] = () => ({ headers: { "cache-control": "no-store" } });
    routes["/cookie"] = () => ({ headers: { "cache-control": PAGE, "set-cookie": "session=abc" } });
    routes["/vary"] = () => ({ headers: { "cache-control": PAGE, vary: "Cookie" } });
    routes["/error"] = () => ({ status: 500, headers: { "cache-control": PAGE } });
    routes["/browser-only"] = () => ({ headers: { "cache-control": "max-age=300" } });
    for (const path of ["/private", "/no-store", "/cookie", "/vary", "/error", "/browser-only"]) {
      await get(path);
      await settle();
      await get(path);
      expect(hits(path), path).toBe(2);
    }
  });

  it("sends admin paths, router requests, HEAD and POST to Next every time, headers intact", async () => {
    routes["/admin/users"] = () => ({ headers: { "cache-control": PAGE } });
    routes["/api/admin/incidents"] = () => ({ headers: { "cache-control": PAGE } });
    for (const path of ["/admin/users", "/api/admin/incidents"]) {
      await get(path);
      await get(path);
      expect(hits(path), path).toBe(2);
    }
    await get("/page");
    await settle();
    await get("/page", { rsc: "1" });
    await get("/page", { "next-router-prefetch": "1" });
    await get("/page", {}, "HEAD");
    await get("/page", {}, "POST");
    expect(hits("/page")).toBe(5);
    const rsc = seen.find((request) => request.headers.rsc === "1")!;
    expect(rsc.headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen.filter((request) => request.method === "POST")).toHaveLength(1);
  });

  it("gzips for clients that accept it, from one plain copy", async () => {
    const plain = await get("/page");
    await settle();
    const zipped = await get("/page", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    expect(seen[0]!.headers["accept-encoding"]).toBeUndefined();
    expect(hits("/page")).toBe(1);
  });

  it("serves a stale page once while it fetches the next", async () => {
    routes["/short"] = () => ({ headers: { "cache-control": "s-maxage=1, stale-while-revalidate=60" } });
    await get("/short");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    version = 2;
    const stale = await get("/short");
    expect(stale.headers["x-front-cache"]).toBe("STALE");
    expect(stale.body.toString()).toBe("page v1");
    await settle();
    const fresh = await get("/short");
    expect(fresh.headers["x-front-cache"]).toBe("HIT");
    expect(fresh.body.toString()).toBe("page v2");
    expect(hits("/short")).toBe(2);
  });

  it("stays within its memory: the least recently used page goes first", async () => {
    routes["/big"] = () => ({ headers: { "cache-control": PAGE }, body: "x".repeat(7 * 1024) });
    for (let i = 0; i < 12; i++) await get(`/big?n=${i}`);
    await settle();
    expect(front.store.size.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(front.store.size.entries).toBeLessThan(12);
    await get("/big?n=11");
    await get("/big?n=0");
    expect(hits("/big?n=11")).toBe(1);
    expect(hits("/big?n=0")).toBe(2);
  });

  it("answers 502 when Next is not there", async () => {
    const closed = http.createServer();
    const port = await listen(closed);
    closed.close();
    const orphan = createFrontCache({ upstream: { host: "127.0.0.1", port }, maxBytes: 1024 });
    const orphanPort = await listen(orphan.server);
    const saved = base;
    base = `http://127.0.0.1:${orphanPort}`;
    try {
      const response = await get("/page");
      expect(response.status).toBe(502);
      expect(response.headers["cache-control"]).toBe("no-store");
    } finally {
      base = saved;
      orphan.server.close();
    }
  });
});
