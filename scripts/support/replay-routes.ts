// Route behaviours for the replay server (scripts/support/replay-server.ts documents the API):
// recorded fixtures, inline or generated payloads, and faults on demand.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

export const FEED_FIXTURES_DIR = path.resolve(import.meta.dirname, "../../tests/fixtures/feeds");

/** Placeholder for this server's base URL inside fixture files. */
export const REPLAY_BASE = "http://replay.invalid";

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;
export type Route = { handle: Handler };

const typeByExtension: Record<string, string> = {
  ".xml": "application/xml; charset=utf-8",
  ".rss": "application/rss+xml; charset=utf-8",
  ".atom": "application/atom+xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function contentTypeFor(file: string): string {
  if (file.endsWith(".rss.xml")) return typeByExtension[".rss"]!;
  if (file.endsWith(".atom.xml")) return typeByExtension[".atom"]!;
  return typeByExtension[path.extname(file)] ?? "application/octet-stream";
}

/** Inline payload with a status and content type. */
export function body(
  payload: string | Buffer,
  contentType: string,
  opts: { status?: number; headers?: Record<string, string> } = {},
): Route {
  const buf = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  return {
    handle(_req, res) {
      res.writeHead(opts.status ?? 200, {
        "content-type": contentType,
        "content-length": String(buf.length),
        ...opts.headers,
      });
      res.end(buf);
    },
  };
}

/** A file from tests/fixtures/feeds (read on every request so tests may rewrite it). */
export function fixture(
  file: string,
  opts: { contentType?: string; status?: number; headers?: Record<string, string> } = {},
): Route {
  return {
    handle(req, res, url) {
      const own = `http://${req.headers.host ?? "127.0.0.1"}`;
      const buf = Buffer.from(
        readFileSync(path.join(FEED_FIXTURES_DIR, file), "utf8").replaceAll(REPLAY_BASE, own),
        "utf8",
      );
      return body(buf, opts.contentType ?? contentTypeFor(file), opts).handle(req, res, url);
    },
  };
}

/** Content computed per request (e.g. a 10,000-item feed for a benchmark, or paging by query). */
export function generate(contentType: string, produce: (url: URL) => string | Buffer): Route {
  return {
    handle(req, res, url) {
      const out = produce(url);
      const own = `http://${req.headers.host ?? "127.0.0.1"}`;
      return body(typeof out === "string" ? out.replaceAll(REPLAY_BASE, own) : out, contentType).handle(req, res, url);
    },
  };
}

/** Picks a route by the value of one query parameter (paging); `fallback` when absent or unknown. */
export function byQuery(param: string, routes: Record<string, Route>, fallback: Route): Route {
  return {
    handle(req, res, url) {
      const route = routes[url.searchParams.get(param) ?? ""] ?? fallback;
      return route.handle(req, res, url);
    },
  };
}

/** Waits `ms` before answering (use a longer delay than the client's timeout). */
export function delay(ms: number, then: Route): Route {
  return {
    handle(req, res, url) {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          if (!res.destroyed) void Promise.resolve(then.handle(req, res, url)).then(resolve);
          else resolve();
        }, ms);
        res.on("close", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** Answers `status` (500 by default) `times` times, then behaves like `then`. */
export function failTimes(times: number, then: Route, status = 500): Route {
  let served = 0;
  return {
    handle(req, res, url) {
      if (served++ < times) return body(`error ${status}`, "text/plain", { status }).handle(req, res, url);
      return then.handle(req, res, url);
    },
  };
}

/** Answers 429 with `Retry-After: retryAfter` (seconds or an HTTP date) `times` times, then `then`. */
export function tooManyRequests(times: number, retryAfter: string, then: Route): Route {
  let served = 0;
  return {
    handle(req, res, url) {
      if (served++ < times) {
        return body("slow down", "text/plain", { status: 429, headers: { "retry-after": retryAfter } }).handle(
          req,
          res,
          url,
        );
      }
      return then.handle(req, res, url);
    },
  };
}

/** Sends half of the inner route's body with its full Content-Length, then closes the socket. */
export function truncated(inner: Route | { payload: string; contentType: string }): Route {
  return {
    async handle(req, res, url) {
      let payload: Buffer;
      let contentType: string;
      if ("handle" in inner) {
        // Capture what the inner route would have sent.
        const chunks: Buffer[] = [];
        let type = "application/octet-stream";
        const fake = {
          writeHead: (_s: number, h: Record<string, string>) => {
            type = h["content-type"] ?? type;
          },
          end: (b: Buffer) => chunks.push(b),
          on: () => undefined,
          destroyed: false,
        } as unknown as ServerResponse;
        await inner.handle(req, fake, url);
        payload = Buffer.concat(chunks);
        contentType = type;
      } else {
        payload = Buffer.from(inner.payload, "utf8");
        contentType = inner.contentType;
      }
      res.writeHead(200, { "content-type": contentType, "content-length": String(payload.length) });
      res.write(payload.subarray(0, Math.floor(payload.length / 2)), () => {
        res.socket?.destroy();
      });
    },
  };
}

/** Streams `bytes` bytes of filler (chunked, no Content-Length unless `declareLength`). */
export function huge(bytes: number, contentType: string, declareLength = false): Route {
  return {
    handle(_req, res) {
      res.writeHead(200, {
        "content-type": contentType,
        ...(declareLength ? { "content-length": String(bytes) } : {}),
      });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < bytes && !res.destroyed) {
          const n = Math.min(chunk.length, bytes - sent);
          sent += n;
          if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
            res.once("drain", pump);
            return;
          }
        }
        if (!res.destroyed) res.end();
      };
      pump();
    },
  };
}

/** Redirects (302 by default) to `location` (absolute, or a path on this server). */
export function redirect(location: string, status = 302): Route {
  return {
    handle(_req, res) {
      res.writeHead(status, { location, "content-length": "0" });
      res.end();
    },
  };
}
