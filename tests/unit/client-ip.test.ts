import { describe, expect, it } from "vitest";
import { canonicalIp, clientIp, clientIpRule, type ClientIpRule } from "@/lib/auth/client-ip";
import {
  accountIpThrottleKey,
  backoffWaitMs,
  ipThrottleKey,
  THROTTLE_RULES,
  throttleAddress,
} from "@/lib/auth/login-throttle";
import { parseEnv } from "@/lib/env";

const from = (headers: Record<string, string>) => new Headers(headers);

describe("clientIpRule", () => {
  it("trusts no header by default, and Vercel's own header on Vercel", () => {
    expect(clientIpRule(parseEnv({}))).toEqual({ header: null });
    expect(clientIpRule(parseEnv({ VERCEL: "1" }))).toEqual({ header: "x-vercel-forwarded-for" });
    expect(clientIpRule(parseEnv({ VERCEL: "1", AUTH_CLIENT_IP_HEADER: "none" }))).toEqual({ header: null });
    expect(clientIpRule(parseEnv({ AUTH_CLIENT_IP_HEADER: "x-real-ip" }))).toEqual({ header: "x-real-ip" });
    expect(clientIpRule(parseEnv({ AUTH_CLIENT_IP_HEADER: "x-forwarded-for" }))).toEqual({
      header: "x-forwarded-for",
      hops: 1,
    });
    expect(clientIpRule(parseEnv({ AUTH_CLIENT_IP_HEADER: "x-forwarded-for", AUTH_TRUSTED_PROXY_HOPS: "2" }))).toEqual({
      header: "x-forwarded-for",
      hops: 2,
    });
  });

  it.each([
    [{ AUTH_CLIENT_IP_HEADER: "forwarded" }, "AUTH_CLIENT_IP_HEADER"],
    [{ AUTH_TRUSTED_PROXY_HOPS: "0" }, "AUTH_TRUSTED_PROXY_HOPS"],
    [{ AUTH_TRUSTED_PROXY_HOPS: "one" }, "AUTH_TRUSTED_PROXY_HOPS"],
  ])("rejects %o naming the variable", (source, name) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}:`));
  });
});

describe("clientIp", () => {
  const none: ClientIpRule = { header: null };
  const xff1: ClientIpRule = { header: "x-forwarded-for", hops: 1 };
  const xff2: ClientIpRule = { header: "x-forwarded-for", hops: 2 };

  it("ignores every forwarded header when none is trusted", () => {
    expect(
      clientIp(
        from({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9", "x-vercel-forwarded-for": "203.0.113.9" }),
        none,
      ),
    ).toBeNull();
    expect(clientIp(null, xff1)).toBeNull();
  });

  it("takes the Nth address from the right of X-Forwarded-For, never what the client prepended", () => {
    expect(clientIp(from({ "x-forwarded-for": "203.0.113.9" }), xff1)).toBe("203.0.113.9");
    expect(clientIp(from({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }), xff1)).toBe("203.0.113.9");
    expect(clientIp(from({ "x-forwarded-for": "1.1.1.1,2.2.2.2, 203.0.113.9, 10.0.0.2" }), xff2)).toBe("203.0.113.9");
    // shorter than the configured hops: it did not pass all our proxies
    expect(clientIp(from({ "x-forwarded-for": "203.0.113.9" }), xff2)).toBeNull();
    // the picked entry must be an address; a valid address further left does not stand in for it
    expect(clientIp(from({ "x-forwarded-for": "203.0.113.9, unknown" }), xff1)).toBeNull();
    expect(clientIp(from({ "x-forwarded-for": "203.0.113.9, 198.51.100.7:4711" }), xff1)).toBeNull();
    expect(clientIp(from({ "x-real-ip": "203.0.113.9" }), xff1)).toBeNull();
  });

  it("accepts a single-value header only when it holds exactly one address", () => {
    const realIp: ClientIpRule = { header: "x-real-ip" };
    const vercel: ClientIpRule = { header: "x-vercel-forwarded-for" };
    expect(clientIp(from({ "x-real-ip": " 2001:DB8::1 " }), realIp)).toBe("2001:db8::1");
    expect(clientIp(from({ "x-real-ip": "1.1.1.1, 203.0.113.9" }), realIp)).toBeNull();
    expect(clientIp(from({ "x-real-ip": "localhost" }), realIp)).toBeNull();
    expect(clientIp(from({ "x-vercel-forwarded-for": "203.0.113.9", "x-forwarded-for": "1.1.1.1" }), vercel)).toBe(
      "203.0.113.9",
    );
  });

  it("writes an address one way only", () => {
    expect(canonicalIp("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(canonicalIp("2001:DB8::A")).toBe("2001:db8::a");
    expect(canonicalIp("203.0.113.256")).toBeNull();
    expect(canonicalIp(undefined)).toBeNull();
  });
});

describe("throttle keys and backoff", () => {
  it("keys by lowercased e-mail and address, an IPv6 address by its /64", () => {
    expect(accountIpThrottleKey("  Ada@Example.TEST ", "203.0.113.9")).toBe("email+ip:ada@example.test|203.0.113.9");
    expect(accountIpThrottleKey("ada@example.test", null)).toBe("email+ip:ada@example.test|unknown");
    expect(ipThrottleKey("2001:db8:1:2:3:4:5:6")).toBe("ip:2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8:1:2::ffff")).toBe("2001:db8:1:2::/64");
    expect(throttleAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttleAddress("::1")).toBe("0:0:0:0::/64");
    expect(throttleAddress("64:ff9b::203.0.113.9")).toBe("64:ff9b:0:0::/64");
  });

  it("waits nothing for the free failures, then 1 s doubling up to 15 minutes", () => {
    const rule = THROTTLE_RULES.accountIp;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffWaitMs(n, rule))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(backoffWaitMs(13, rule)).toBe(512_000);
    expect(backoffWaitMs(14, rule)).toBe(15 * 60_000);
    expect(backoffWaitMs(5000, rule)).toBe(15 * 60_000);
  });
});
