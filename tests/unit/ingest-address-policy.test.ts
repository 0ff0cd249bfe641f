// Which addresses a feed may connect to, and the FEED_ALLOWED_PRIVATE_HOSTS allowance.
import { describe, expect, it } from "vitest";
import { refusedAddressReason } from "@/lib/ingest/http/address-policy";
import { isAllowedPrivateHost } from "@/lib/ingest/http/dial-guard";
import { allowedPrivateHostsSchema, parseEnv } from "@/lib/env";

describe("refusedAddressReason", () => {
  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "169.253.255.255",
    "11.0.0.1",
    "192.169.0.1",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2001:4860:4860::8888",
    "2a00:1450:4001:81b::200e",
    "::ffff:8.8.8.8",
    "::ffff:808:808",
    "64:ff9b::808:808",
    "2002:808:808::1",
  ])("allows the public address %s", (ip) => {
    expect(refusedAddressReason(ip)).toBeNull();
  });

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["0.0.0.0", '"this network"'],
    ["0.1.2.3", '"this network"'],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fc00::1", "unique local (private)"],
    ["fd12:3456:789a::1", "unique local (private)"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["2001:0::1", "IETF protocol assignments"],
    ["::ffff:127.0.0.1", "loopback, embedded in IPv6"],
    ["::ffff:7f00:1", "loopback, embedded in IPv6"],
    ["::ffff:10.1.2.3", "private, embedded in IPv6"],
    ["::ffff:169.254.169.254", "link-local (cloud metadata), embedded in IPv6"],
    ["::FFFF:192.168.0.1", "private, embedded in IPv6"],
    ["64:ff9b::a9fe:a9fe", "link-local (cloud metadata), embedded in IPv6"],
    ["2002:7f00:1::", "loopback, embedded in IPv6"],
    ["::127.0.0.1", "reserved"],
    ["::ffff:0:127.0.0.1", "reserved"],
    ["100::1", "discard-only"],
    ["4000::1", "reserved"],
    ["localhost", "not an IP address"],
    ["", "not an IP address"],
    ["1.2.3", "not an IP address"],
  ])("refuses %s (%s)", (ip, reason) => {
    expect(refusedAddressReason(ip)).toBe(reason);
  });
});

describe("FEED_ALLOWED_PRIVATE_HOSTS", () => {
  it("is empty by default and parses host and host:port entries", () => {
    expect(parseEnv({}).FEED_ALLOWED_PRIVATE_HOSTS).toEqual([]);
    expect(parseEnv({ FEED_ALLOWED_PRIVATE_HOSTS: "" }).FEED_ALLOWED_PRIVATE_HOSTS).toEqual([]);
    expect(
      parseEnv({ FEED_ALLOWED_PRIVATE_HOSTS: " 127.0.0.1, Feeds.Internal:8080 ,[::1]:9000" })
        .FEED_ALLOWED_PRIVATE_HOSTS,
    ).toEqual(["127.0.0.1", "feeds.internal:8080", "[::1]:9000"]);
  });

  it("refuses entries that are not host or host:port", () => {
    expect(() => parseEnv({ FEED_ALLOWED_PRIVATE_HOSTS: "http://127.0.0.1" })).toThrow(
      /FEED_ALLOWED_PRIVATE_HOSTS.0: each entry must be host or host:port/,
    );
    expect(allowedPrivateHostsSchema.safeParse("10.0.0.0/8").success).toBe(false);
  });

  it("matches the URL's host as written: a bare host any port, host:port only that port", () => {
    const allowed = ["127.0.0.1", "feeds.internal:8080", "[::1]:9000"];
    expect(isAllowedPrivateHost(new URL("http://127.0.0.1:4321/feed"), allowed)).toBe(true);
    expect(isAllowedPrivateHost(new URL("http://FEEDS.internal:8080/x"), allowed)).toBe(true);
    expect(isAllowedPrivateHost(new URL("http://feeds.internal/x"), allowed)).toBe(false);
    expect(isAllowedPrivateHost(new URL("http://feeds.internal:8081/x"), allowed)).toBe(false);
    expect(isAllowedPrivateHost(new URL("http://[::1]:9000/x"), allowed)).toBe(true);
    expect(isAllowedPrivateHost(new URL("http://[::1]:9001/x"), allowed)).toBe(false);
    // Not by resolved address: localhost is a different host from 127.0.0.1.
    expect(isAllowedPrivateHost(new URL("http://localhost:4321/feed"), allowed)).toBe(false);
    expect(isAllowedPrivateHost(new URL("http://127.0.0.1:4321/feed"), [])).toBe(false);
    expect(isAllowedPrivateHost(new URL("https://feeds.internal/x"), ["feeds.internal:443"])).toBe(true);
  });
});
