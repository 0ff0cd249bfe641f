// The front cache of `npm start`: what a CDN does in front of a deployment on Vercel, in the
// runner's process in front of `next start` (docs/caching.md). It keeps the responses Next marks
// for shared caches (policy.ts), serves them from memory without waking Next, serves a stale one
// while it fetches the next (stale-while-revalidate), and forgets everything when the app says
// the data changed (a purge message from Next, sent by every write that expires cache tags), so a
// reader right after a write still gets the new page. Everything else is passed through as is.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { createGzip } from "node:zlib";
import { acceptsGzip, cacheKeyOf, forwardedHeaders, freshnessOf, isCompressible } from "./policy";
import { ResponseStore, type StoredResponse } from "./store";

export type FrontCacheOptions = {
  /** Where Next listens (loopback). */
  upstream: { host: string; port: number };
  maxBytes: number;
};

export type FrontCache = { server: http.Server; store: ResponseStore };

export function createFrontCache({ upstream, maxBytes }: FrontCacheOptions): FrontCache {
  const store = new ResponseStore(maxBytes);
  const refreshing = new Set<string>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  function send(req: IncomingMessage, res: ServerResponse, entry: StoredResponse, state: string) {
    const gzip = acceptsGzip(req.headers) && isCompressible(String(entry.headers["content-type"] ?? ""));
    const body = gzip ? store.gzipped(entry) : entry.body;
    res.writeHead(entry.status, {
      ...entry.headers,
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "content-length": body.length,
      age: String(Math.floor((Date.now() - entry.storedAt) / 1000)),
      "x-front-cache": state,
    });
    res.end(body);
  }

  /** Asks Next; streams the answer to `res` (if any) and keeps it when it may be kept. */
  function fetchUpstream(req: IncomingMessage, key: string | null, res: ServerResponse | null) {
    const generation = store.generation;
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const headers = { ...req.headers, "x-forwarded-for": forwardedFor };
    if (key) delete headers["accept-encoding"]; // keep one plain copy; gzip is made here
    const upstreamReq = http.request(
      { ...upstream, agent, method: req.method, path: req.url, headers },
      (upstreamRes) => {
        const status = upstreamRes.statusCode ?? 502;
        const freshness = key ? freshnessOf(status, upstreamRes.headers) : null;
        const compress =
          res !== null &&
          key !== null &&
          acceptsGzip(req.headers) &&
          isCompressible(upstreamRes.headers["content-type"]) &&
          upstreamRes.headers["content-encoding"] === undefined;
        if (res) {
          const outHeaders = forwardedHeaders(upstreamRes.headers, compress);
          if (key) outHeaders["x-front-cache"] = "MISS";
          if (compress) outHeaders["content-encoding"] = "gzip";
          res.writeHead(status, outHeaders);
          if (compress) upstreamRes.pipe(createGzip()).pipe(res);
          else upstreamRes.pipe(res);
        }
        if (!freshness || !key) {
          if (!res) upstreamRes.resume();
          return;
        }
        const chunks: Buffer[] = [];
        upstreamRes.on("data", (chunk: Buffer) => chunks.push(chunk));
        upstreamRes.on("end", () => {
          const headersToKeep = forwardedHeaders(upstreamRes.headers, true);
          const body = Buffer.concat(chunks);
          store.set(key, { status, headers: headersToKeep, body, storedAt: Date.now(), ...freshness }, generation);
        });
      },
    );
    upstreamReq.on("error", () => {
      if (res && !res.headersSent) {
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end("The application server did not answer.");
      } else res?.destroy();
    });
    if (res) req.pipe(upstreamReq);
    else upstreamReq.end(); // a refresh in the background: the reader's request was a GET, long answered
    return upstreamReq;
  }

  const server = http.createServer((req, res) => {
    const key = cacheKeyOf(req.method, req.url, req.headers);
    const hit = key ? store.get(key) : null;
    if (!key || !hit) {
      fetchUpstream(req, key, res);
      return;
    }
    send(req, res, hit.entry, hit.state === "fresh" ? "HIT" : "STALE");
    if (hit.state === "stale" && !refreshing.has(key)) {
      refreshing.add(key);
      fetchUpstream(req, key, null).on("close", () => refreshing.delete(key));
    }
  });
  server.on("close", () => agent.destroy());
  return { server, store };
}
