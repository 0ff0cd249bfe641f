/**
 * Replay server: a local HTTP server (node:http on 127.0.0.1, free port) that serves recorded
 * feed payloads from `tests/fixtures/feeds/` and misbehaves on demand, so the ingest adapters
 * and the refresh job are tested against real HTTP without touching the internet.
 *
 * API
 *   const server = await startReplayServer({
 *     "/rss/dawn.xml":  fixture("dawn.rss.xml"),                       // file, content type from extension
 *     "/rss/tribune":   fixture("tribune.rss.xml", { contentType: "text/html" }), // wrong type
 *     "/slow":          delay(5_000, fixture("dawn.rss.xml")),          // longer than the timeout
 *     "/flaky":         failTimes(2, fixture("ucdp-page-1.json")),      // 2×500, then the fixture
 *     "/busy":          tooManyRequests(1, "1", fixture(...)),          // 429 + Retry-After, then ok
 *     "/cut":           truncated(fixture(...)),                        // closes before Content-Length
 *     "/huge":          huge(20_000_000, "application/json"),           // streams N bytes
 *     "/away":          redirect("http://example.org/feed"),            // 302 to another host
 *     "/gen":           generate("application/rss+xml", (url) => "..."),// computed per request (REPLAY_BASE filled in too)
 *     "/json":          body('{"a":1}', "application/json"),            // inline payload
 *     "/api/ged":       byQuery("page", { "1": fixture("ucdp-page-2.json") }, fixture("ucdp-page-1.json")),
 *   });
 *   server.url                 // "http://127.0.0.1:PORT" (no trailing slash)
 *   server.requests("/flaky")  // number of requests to that path so far (query ignored)
 *   server.log                 // every request: { method, path, url, headers }
 *   server.setRoute(path, r)   // replace or add a route while running (e.g. an edited feed)
 *   await server.stop()
 *
 * Fixture files may write `http://replay.invalid` where the real payload has an absolute URL of
 * the API itself (UCDP's NextPageUrl, ReliefWeb's links.next.href): it is replaced by this
 * server's own base URL when served.
 *
 * Routes match the request's pathname exactly (the query string is ignored for matching but
 * kept in `log[].url`, so paging can be asserted). Unknown paths answer 404. Stateful behaviours
 * (failTimes, tooManyRequests) count per route object, so re-create a route to reset it.
 */
import { createServer } from "node:http";
import { findFreePort } from "./free-port";
import type { Route } from "./replay-routes";

export * from "./replay-routes";

export type RequestRecord = {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
};

export type ReplayServer = {
  url: string;
  port: number;
  log: RequestRecord[];
  requests(path: string): number;
  setRoute(path: string, route: Route): void;
  stop(): Promise<void>;
};

export async function startReplayServer(routes: Record<string, Route>): Promise<ReplayServer> {
  const table = new Map(Object.entries(routes));
  const log: RequestRecord[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    log.push({ method: req.method ?? "GET", path: url.pathname, url: url.pathname + url.search, headers: req.headers });
    const route = table.get(url.pathname);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    Promise.resolve(route.handle(req, res, url)).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(err));
    });
  });
  const port = await findFreePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    requests: (p) => log.filter((r) => r.path === p).length,
    setRoute: (p, r) => void table.set(p, r),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
