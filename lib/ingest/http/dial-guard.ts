// Keeps feed requests on public addresses (see address-policy.ts). Two checks per request:
// before it, the URL's host is resolved and every address must be public; and the connection
// itself resolves through the same check (undici Agent `connect.lookup`), so a DNS answer that
// changes between the two (rebinding) cannot steer the socket to a private address. IP-literal
// hosts never reach a lookup, which is why the first check exists. Hosts listed in
// FEED_ALLOWED_PRIVATE_HOSTS (tests, self-hosting) skip both.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { Agent } from "undici";
import { refusedAddressReason } from "./address-policy";
import { SourceError } from "../types";

/** Resolves a host name to all its addresses (injectable so tests need no DNS). */
export type HostResolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: HostResolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, order: "verbatim" }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });

/** Raised inside the connection's lookup; fetch wraps it, fetchSource unwraps it (`findAddressRefusal`). */
export class AddressRefused extends SourceError {}

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

/** Whether `url`'s host (as written, not as resolved) is listed: "host" allows every port, "host:port" one. */
export function isAllowedPrivateHost(url: URL, allowed: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || DEFAULT_PORTS[url.protocol] || "";
  return allowed.some((entry) => entry === host || entry === `${host}:${port}`);
}

function refusal(host: string, addresses: LookupAddress[]): AddressRefused | null {
  if (addresses.length === 0) return new AddressRefused(`address refused: ${host} resolves to no address`);
  for (const { address } of addresses) {
    const reason = refusedAddressReason(address);
    if (reason)
      return new AddressRefused(
        `address refused: ${host} resolves to ${address} (${reason}); feeds may only reach public addresses`,
      );
  }
  return null;
}

/** Resolves `hostname` (or takes the IP literal) and refuses it unless every address is public. */
async function publicAddresses(hostname: string, resolve: HostResolver): Promise<LookupAddress[]> {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(bare);
  let addresses: LookupAddress[];
  try {
    addresses = family ? [{ address: bare, family }] : await resolve(bare);
  } catch (err) {
    // Not a refusal: a name that does not resolve now may later; the caller retries it as a network error.
    throw new Error(`cannot resolve ${bare}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const refused = refusal(bare, addresses);
  if (refused) throw refused;
  return addresses;
}

export type DialGuard = {
  /** Throws AddressRefused when `url` may not be requested. Called before every request and redirect hop. */
  check(url: URL): Promise<void>;
  /** The dispatcher every request of this fetch goes through; destroy it when done. */
  agent: Agent;
};

export function createDialGuard(
  allowedPrivateHosts: readonly string[],
  resolve: HostResolver = systemResolver,
): DialGuard {
  // Redirects stay on the start URL's host, so one allowance decision holds for the connections
  // this agent opens; it is made per URL in `check` and remembered for the lookup.
  const allowedHosts = new Set<string>();
  const lookup: LookupFunction = (hostname, options, callback) => {
    const pick = (all: LookupAddress[]) =>
      options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
    const resolved = allowedHosts.has(hostname.toLowerCase()) ? resolve(hostname) : publicAddresses(hostname, resolve);
    resolved
      .then((all) => {
        const addresses = pick(all);
        if (!addresses.length)
          throw new AddressRefused(`address refused: ${hostname} has no IPv${options.family} address`);
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, "", 0));
  };
  return {
    agent: new Agent({ connect: { lookup } }),
    async check(url) {
      if (!DEFAULT_PORTS[url.protocol])
        throw new AddressRefused(`address refused: ${url.protocol} is not http or https`);
      if (isAllowedPrivateHost(url, allowedPrivateHosts)) {
        allowedHosts.add(url.hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1"));
        return;
      }
      await publicAddresses(url.hostname, resolve);
    },
  };
}

/** The AddressRefused behind a failed fetch (fetch reports connection errors as `cause`). */
export function findAddressRefusal(err: unknown): AddressRefused | null {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AddressRefused) return e;
  }
  return null;
}
