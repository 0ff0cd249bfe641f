import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";
import { securityHeaders } from "./lib/security-headers";

// Validate the environment before anything starts: a bad value fails `next dev/build/start` here.
const env = parseEnv();

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  // Prisma's generated client and pg load at run time on the server; don't bundle them.
  // Share cards read their fonts from lib/og/fonts at run time; ship the files with those routes.
  outputFileTracingIncludes: { "/cards/**": ["./lib/og/fonts/*.ttf"] },
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "@electric-sql/pglite"],
  // CSP, framing, referrer, sniffing, permissions, and HSTS for a production https site (see the module).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(env) }];
  },
};

export default nextConfig;
