// The one way adapters talk HTTP. Every failure of a whole source ends up as a SourceError with a
// reason the refresh job records: status after retries, timeout, wrong content type, a body that
// is too large or cut short, a redirect that leaves the source's host, or an address that is not
// public (dial-guard.ts, checked before every request and redirect hop and again at connect time).
// A folder of the refresh job's rather than a lib/ folder of its own: only the adapters use it,
// its failures are the job's SourceError, and its policy (the source's own host, the feeds'
// private-host allowance) is about feed URLs that admins set.
import { fetch, type Response } from "undici";
import { createDialGuard, findAddressRefusal, type DialGuard, type HostResolver } from "./dial-guard";
import { SourceError } from "../types";

export type ExpectedFormat = "xml" | "json";

export type FetchOptions = {
  signal: AbortSignal;
  expect: ExpectedFormat;
  headers?: Record<string, string>;
  /** Per-request timeout, on top of the caller's signal. */
  timeoutMs?: number;
  /** Retries after the first attempt, for 5xx, 429 and network failures. */
  retries?: number;
  /** First backoff delay; doubles with every retry. */
  backoffMs?: number;
  /** Longest wait a Retry-After header may impose. */
  maxRetryAfterMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** FEED_ALLOWED_PRIVATE_HOSTS: hosts that may resolve to private addresses (tests, self-hosting). */
  allowedPrivateHosts?: readonly string[];
  /** How host names are resolved (default: the system resolver); tests inject one to need no DNS. */
  resolveHost?: HostResolver;
};

export type FetchedBody = { text: string; contentType: string; url: string; status: number };

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const ACCEPTED_TYPES: Record<ExpectedFormat, RegExp> = {
  xml: /^(application\/(rss\+xml|atom\+xml|rdf\+xml|xml)|text\/xml)$/,
  json: /^application\/([\w.+-]+\+)?json$/,
};
const ACCEPT_HEADER: Record<ExpectedFormat, string> = {
  xml: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8",
  json: "application/json",
};

/** Where an error message may point: host and path, never the query (it can carry keys). */
function describe(url: URL): string {
  return `${url.host}${url.pathname}`;
}

/** Retry-After in seconds or as an HTTP date → milliseconds from now (null when unusable). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** `promise`, or the signal's reason as soon as it aborts (a DNS lookup takes no signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener("abort", onAbort));
}

class RetryableStatus extends Error {
  constructor(
    readonly status: number,
    readonly waitMs: number | null,
  ) {
    super(`HTTP ${status}`);
  }
}

async function readLimited(res: Response, maxBytes: number, where: string, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new SourceError(`body too large: ${declared} bytes declared, limit ${maxBytes} (${where})`);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new SourceError(`body too large: more than ${maxBytes} bytes (${where})`);
      }
      chunks.push(value);
    }
  } catch (err) {
    // A timeout while reading is a timeout, not a truncated body: the caller retries it as such.
    if (err instanceof SourceError || signal.aborted) throw err;
    throw new SourceError(`truncated body: connection closed after ${total} bytes (${where})`, true);
  }
  if (Number.isFinite(declared) && total < declared) {
    throw new SourceError(`truncated body: ${total} of ${declared} bytes (${where})`, true);
  }
  return Buffer.concat(chunks);
}

/** One attempt, following same-host redirects by hand. */
type AttemptOptions = Required<Omit<FetchOptions, "headers" | "allowedPrivateHosts" | "resolveHost">> & {
  headers: Record<string, string>;
};

/** One request through the guard: its address is checked first, and again when the socket connects. */
async function guardedFetch(url: URL, opts: AttemptOptions, guard: DialGuard, signal: AbortSignal): Promise<Response> {
  await untilAborted(guard.check(url), signal);
  try {
    return await fetch(url, {
      signal,
      redirect: "manual",
      dispatcher: guard.agent,
      headers: { accept: ACCEPT_HEADER[opts.expect], "user-agent": "frontier-monitor-ingest/1", ...opts.headers },
    });
  } catch (err) {
    throw findAddressRefusal(err) ?? err;
  }
}

async function attempt(start: URL, opts: AttemptOptions, guard: DialGuard, signal: AbortSignal): Promise<FetchedBody> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await guardedFetch(url, opts, guard, signal);
    if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
      await res.body?.cancel();
      const next = new URL(res.headers.get("location")!, url);
      // The address check comes first so a redirect towards the server's own network is reported as such.
      await untilAborted(guard.check(next), signal);
      if (next.host !== start.host) {
        throw new SourceError(`redirect to another host refused: ${describe(url)} → ${next.host}`);
      }
      if (hop + 1 > opts.maxRedirects) throw new SourceError(`too many redirects (${describe(start)})`);
      url = next;
      continue;
    }
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel();
      throw new RetryableStatus(res.status, parseRetryAfter(res.headers.get("retry-after")));
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new SourceError(`HTTP ${res.status} from ${describe(url)}`);
    }
    const contentType = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!ACCEPTED_TYPES[opts.expect].test(contentType)) {
      await res.body?.cancel();
      throw new SourceError(`unexpected content type "${contentType || "none"}" for ${opts.expect} (${describe(url)})`);
    }
    const body = await readLimited(res, opts.maxBytes, describe(url), signal);
    return { text: body.toString("utf8"), contentType, url: url.toString(), status: res.status };
  }
}

/**
 * GET `url` with the ingest policy: timeout, retries with exponential backoff for 5xx/429/network
 * errors (Retry-After honoured up to a cap, never past the caller's signal), size limit while
 * streaming, content-type check, at most `maxRedirects` redirects within the same host, and only
 * public addresses (unless the host is in `allowedPrivateHosts`).
 */
export async function fetchSource(url: string, options: FetchOptions): Promise<FetchedBody> {
  const opts = {
    signal: options.signal,
    expect: options.expect,
    headers: options.headers ?? {},
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 500,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? 3,
  };
  const start = new URL(url);
  const guard = createDialGuard(options.allowedPrivateHosts ?? [], options.resolveHost);
  try {
    return await fetchWithRetries(start, opts, guard);
  } finally {
    // Each fetch has its own agent (its lookup holds this fetch's allowance): no socket outlives it.
    void guard.agent.destroy().catch(() => {});
  }
}

async function fetchWithRetries(
  start: URL,
  opts: AttemptOptions & { signal: AbortSignal },
  guard: DialGuard,
): Promise<FetchedBody> {
  let lastError = "no attempt";
  for (let i = 0; i <= opts.retries; i++) {
    if (opts.signal.aborted) break;
    const signal = AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]);
    let waitMs: number | null = null;
    try {
      return await attempt(start, opts, guard, signal);
    } catch (err) {
      if (err instanceof SourceError) throw err;
      if (err instanceof RetryableStatus) {
        lastError = `HTTP ${err.status} from ${describe(start)}`;
        waitMs = err.waitMs === null ? null : Math.min(err.waitMs, opts.maxRetryAfterMs);
      } else if (signal.aborted) {
        if (opts.signal.aborted) break;
        lastError = `timed out after ${opts.timeoutMs} ms (${describe(start)})`;
      } else {
        lastError = `network error: ${(err as Error).message} (${describe(start)})`;
      }
    }
    if (i === opts.retries) break;
    try {
      await sleep(waitMs ?? opts.backoffMs * 2 ** i, opts.signal);
    } catch {
      break;
    }
  }
  if (opts.signal.aborted)
    throw new SourceError(`aborted: time budget reached (${describe(start)}; last: ${lastError})`, true);
  throw new SourceError(`${lastError} after ${opts.retries + 1} attempts`, true);
}
