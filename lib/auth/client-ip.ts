// The one rule for "which address is this client", used by the sign-in throttle and for the IP
// stored on sessions (and so in the sign-in audit row). Any client can send X-Forwarded-For and
// friends, so a forwarded header is trusted only when the deployment says a proxy of its own sets
// it (AUTH_CLIENT_IP_HEADER), or on Vercel, whose edge writes `x-vercel-forwarded-for` itself.
// Otherwise the address is unknown (null): Next's App Router never exposes the socket address.
import { isIP } from "node:net";
import type { Env } from "../env";

export type ClientIpRule =
  | { header: null }
  | { header: "x-vercel-forwarded-for" | "x-real-ip" }
  /** `hops`: how many proxies of ours append to X-Forwarded-For; the Nth entry from the right is the client. */
  | { header: "x-forwarded-for"; hops: number };

export function clientIpRule(
  env: Pick<Env, "AUTH_CLIENT_IP_HEADER" | "AUTH_TRUSTED_PROXY_HOPS" | "VERCEL">,
): ClientIpRule {
  switch (env.AUTH_CLIENT_IP_HEADER) {
    case "x-forwarded-for":
      return { header: "x-forwarded-for", hops: env.AUTH_TRUSTED_PROXY_HOPS };
    case "x-real-ip":
    case "x-vercel-forwarded-for":
      return { header: env.AUTH_CLIENT_IP_HEADER };
    case "none":
      return { header: null };
    case undefined:
      return env.VERCEL === "1" ? { header: "x-vercel-forwarded-for" } : { header: null };
  }
}

/** A textual IP address in one canonical form (IPv4-mapped IPv6 as IPv4, IPv6 lowercased), or null. */
export function canonicalIp(value: string | undefined): string | null {
  const candidate = value?.trim().toLowerCase() ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(candidate)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  return isIP(candidate) ? candidate : null;
}

type HeaderSource = { get(name: string): string | null };

/** The client's address under `rule`, or null when it is unknown or the header holds no valid address. */
export function clientIp(headers: HeaderSource | null | undefined, rule: ClientIpRule): string | null {
  if (!rule.header || !headers) return null;
  const value = headers.get(rule.header);
  if (value === null) return null;
  const entries = value.split(",").map((entry) => entry.trim());
  if (rule.header !== "x-forwarded-for") {
    // Set whole by the edge or proxy: a list means someone else wrote it, so trust none of it.
    return entries.length === 1 ? canonicalIp(entries[0]) : null;
  }
  // Each proxy of ours appends the address it received the request from, so the Nth entry from the
  // right is what our outermost proxy saw. Everything to its left came from the client and is
  // ignored; a chain shorter than N did not pass all our proxies and is not trusted.
  if (entries.length < rule.hops) return null;
  return canonicalIp(entries[entries.length - rule.hops]);
}
