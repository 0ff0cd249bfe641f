// Response headers for every route (next.config.ts `headers()`).
// CSP: Next's inline bootstrap scripts need script-src 'unsafe-inline' without nonces, and nonces
// would make every page dynamic (a per-request value), which the cached public pages cannot be.
// 'unsafe-eval' only in development (React's dev tooling); HSTS only for a production https site.
// Framing: no site may frame the site's pages (clickjacking), except the embeds under /embed/,
// which exist to be framed by anyone: they answer frame-ancestors * and no X-Frame-Options.
import type { Env } from "./env";

export type Header = { key: string; value: string };
type HeaderEnv = Pick<Env, "NODE_ENV" | "SITE_URL">;

/** Who may put a page in a frame: nobody, or (the embeds) any site. */
export type Framing = "none" | "any";

export function contentSecurityPolicy(env: Pick<Env, "NODE_ENV">, framing: Framing = "none"): string {
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
    framing === "any" ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(env: HeaderEnv, framing: Framing = "none"): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(env, framing) },
    // Older browsers know only this header; it cannot say "anyone", so the embeds leave it out.
    ...(framing === "none" ? [{ key: "X-Frame-Options", value: "DENY" }] : []),
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

// Next applies the headers of every rule whose source matches, so the two sources must not
// overlap: the site rule excludes exactly what the embed rule matches (a path starting /embed/).
// Unnamed groups on purpose: Next fills a rule's named parameters (:path) into its header values.
export const EMBED_SOURCE = "/embed/(.*)";
export const SITE_SOURCE = "/((?!embed/).*)";

/** next.config.ts `headers()`: every route gets exactly one of the two sets. */
export function headerRules(env: HeaderEnv): { source: string; headers: Header[] }[] {
  return [
    { source: SITE_SOURCE, headers: securityHeaders(env, "none") },
    { source: EMBED_SOURCE, headers: securityHeaders(env, "any") },
  ];
}
