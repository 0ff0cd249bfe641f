// The load generator of bench:pages, run as its own process so it doesn't share an event loop (or
// a core's time slice accounting) with the benchmark's bookkeeping:
//   tsx scripts/bench/load-client.ts <url> <connections> <seconds> <max requests>
// Bounded in time (duration) and count (maxOverallRequests); prints one JSON line with the results.
import autocannon from "autocannon";
import { z } from "zod";

const args = z
  .tuple([
    z.url().refine((u) => /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u), "loopback URLs only"),
    z.coerce.number().int().min(1).max(256),
    z.coerce.number().min(1).max(120),
    z.coerce.number().int().min(1).max(1_000_000),
  ])
  .parse(process.argv.slice(2));
const [url, connections, seconds, maxRequests] = args;

// Requests/s from our own wall clock: autocannon's `duration` is too coarse for a 2–8 s run.
const started = performance.now();
const r = await autocannon({
  url,
  connections,
  duration: seconds,
  maxOverallRequests: Math.max(maxRequests, connections),
  timeout: 10,
  // What every browser and CDN sends: pages travel compressed (a static script too, where it shrinks).
  headers: { "accept-encoding": "gzip, deflate, br" },
});
const elapsed = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    url,
    requests: r.requests.total,
    seconds: elapsed,
    rps: r.requests.total / elapsed,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytes: r.throughput.total,
  }),
);
