// Which IP addresses a feed request may connect to. Feed URLs are set by admins, so without this
// check a feed could reach the server's own network: loopback services, the embedded database,
// cloud metadata (169.254.169.254), anything on a private or CGNAT range. Only public unicast
// addresses pass; IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4) are judged by it.
import { isIPv4, isIPv6 } from "node:net";

type Range = { base: bigint; bits: number; label: string };

function ipv4ToInt(ip: string): bigint {
  return ip.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

/** A 128-bit IPv6 address as a bigint ("::" expanded, a trailing dotted IPv4 part included). */
function ipv6ToInt(ip: string): bigint {
  let text = ip.replace(/%.*$/, "").toLowerCase(); // zone id (fe80::1%eth0) names an interface, not an address
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToInt(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill("0");
  return [...headGroups, ...fill, ...tailGroups].reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

function range(cidr: string, label: string, v6: boolean): Range {
  const [addr, bits] = cidr.split("/") as [string, string];
  return { base: v6 ? ipv6ToInt(addr) : ipv4ToInt(addr), bits: Number(bits), label };
}

// IANA special-purpose registries; first match names the reason.
const V4_REFUSED: Range[] = [
  ["0.0.0.0/8", '"this network"'],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "carrier-grade NAT"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local (cloud metadata)"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "IETF protocol assignments"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "6to4 relay"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
].map(([cidr, label]) => range(cidr!, label!, false));

const V6_REFUSED: Range[] = [
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["64:ff9b:1::/48", "local NAT64"],
  ["100::/64", "discard-only"],
  ["2001::/23", "IETF protocol assignments"],
  ["2001:db8::/32", "documentation"],
  ["3fff::/20", "documentation"],
  ["fc00::/7", "unique local (private)"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "site-local"],
  ["ff00::/8", "multicast"],
].map(([cidr, label]) => range(cidr!, label!, true));

/** Only global unicast (2000::/3) is public in IPv6; everything outside it is refused. */
const V6_GLOBAL = range("2000::/3", "", true);

function matches(value: bigint, r: Range, width: number): boolean {
  const shift = BigInt(width - r.bits);
  return value >> shift === r.base >> shift;
}

function intToIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join(".");
}

/** The IPv4 address an IPv6 address stands for (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16). */
function embeddedIpv4(value: bigint): string | null {
  if (value >> 32n === 0xffffn) return intToIpv4(value & 0xffffffffn);
  if (value >> 32n === ipv6ToInt("64:ff9b::") >> 32n) return intToIpv4(value & 0xffffffffn);
  if (value >> 112n === 0x2002n) return intToIpv4((value >> 80n) & 0xffffffffn);
  return null;
}

/**
 * Why `ip` may not be connected to ("loopback", "private"…), or null when it is a public unicast
 * address. Anything that is not a valid IP address is refused too.
 */
export function refusedAddressReason(ip: string): string | null {
  if (isIPv4(ip)) {
    const value = ipv4ToInt(ip);
    return V4_REFUSED.find((r) => matches(value, r, 32))?.label ?? null;
  }
  if (isIPv6(ip)) {
    const value = ipv6ToInt(ip);
    const v4 = embeddedIpv4(value);
    if (v4 !== null) {
      const inner = refusedAddressReason(v4);
      return inner === null ? null : `${inner}, embedded in IPv6`;
    }
    const refused = V6_REFUSED.find((r) => matches(value, r, 128));
    if (refused) return refused.label;
    return matches(value, V6_GLOBAL, 128) ? null : "reserved";
  }
  return "not an IP address";
}
