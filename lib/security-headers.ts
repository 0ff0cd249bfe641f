// Response headers for every route (next.config.ts `headers()`).
// CSP: Next's inline bootstrap scripts need script-src 'unsafe-inline' without nonces, and nonces
// would make every page dynamic (a per-request value), which the cached public pages cannot be.
// 'unsafe-eval' only in development (React's dev tooling); HSTS only for a production https site.
import type { Env } from "./env";

export type Header = { key: string; value: string };

export function contentSecurityPolicy(env: Pick<Env, "NODE_ENV">): string {
  const dev = env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(env: Pick<Env, "NODE_ENV" | "SITE_URL">): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(env) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
  ];
  if (env.NODE_ENV === "production" && env.SITE_URL.startsWith("https://")) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
