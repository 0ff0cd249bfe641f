import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { MISSING_SECRET_MESSAGE } from "./lib/auth/auth-secret";
import { parseEnv } from "./lib/env";
import { headerRules } from "./lib/security-headers";

// Validate the environment before anything starts: a bad value fails `next dev/build/start` here.
const env = parseEnv();

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // Every cached read of the record uses this profile (cacheLife("record")), so every public page
  // built from them does too: Next sends it as `s-maxage=300, stale-while-revalidate=86100`.
  // Writes and refresh runs expire the tags at once (lib/expire-tags.ts); the five minutes bound
  // how long a CDN that cannot be purged, or another server instance, may show an older page.
  cacheLife: { record: { stale: 60, revalidate: 300, expire: 86_400 } },
  poweredByHeader: false,
  // No ETag: Next computes one per response by hashing the whole page in JavaScript, a tenth of
  // the server's time per cached page (bench:pages profile). Pages are sent with s-maxage to CDNs,
  // which keep their own validators; a browser re-fetches a page anyway (no max-age for pages).
  generateEtags: false,
  experimental: {
    // proxy.ts sees every /admin request and every server action, and Next buffers the body of
    // each for it: keep that buffer at the size a server action may have (1 MB by default) instead
    // of 10 MB, so a burst of large anonymous posts cannot make the server hold 10 MB each.
    proxyClientMaxBodySize: "1mb",
    // Pages regenerated after a write stay in this process's memory, never rewritten into .next:
    // the prerendered files stay those of the build, and two servers (or a restart on another
    // database) sharing one build never serve each other's data (docs/caching.md).
    isrFlushToDisk: false,
  },
  // Prisma's generated client and pg load at run time on the server; don't bundle them. undici
  // (the feed fetcher's connection guard, lib/ingest/http/dial-guard.ts) too: Node loads it as published.
  // Share cards read their fonts from lib/og/fonts at run time; ship the files with those routes.
  outputFileTracingIncludes: { "/cards/**": ["./lib/og/fonts/*.ttf"] },
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "@electric-sql/pglite", "undici"],
  // CSP, framing, referrer, sniffing, permissions, and HSTS for a production https site (see the
  // module). Two rules that never both match: the site's (no framing) and the embeds' (/embed/*,
  // framed by any site).
  // /data is the folder of the data releases; its own address shows the list.
  async redirects() {
    return [{ source: "/data", destination: "/data/releases", permanent: false }];
  },
  async headers() {
    return headerRules(env);
  },
};

// `next start` without a session secret fails here, at start, with the reason (scripts/run.ts
// supplies one for the embedded default database). A local `next build` needs none; on Vercel the
// functions never read this file at run time, so the deployment's build is where it must fail.
export default function config(phase: string): NextConfig {
  const starting =
    phase === PHASE_PRODUCTION_SERVER || (phase === PHASE_PRODUCTION_BUILD && process.env.VERCEL === "1");
  if (starting && !env.BETTER_AUTH_SECRET) throw new Error(MISSING_SECRET_MESSAGE);
  return nextConfig;
}
