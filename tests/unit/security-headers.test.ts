import { describe, expect, it } from "vitest";
import { safeAdminPath } from "@/lib/auth/admin-path";
import { securityHeaders } from "@/lib/security-headers";

const get = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value;

describe("security headers", () => {
  it("sends a strict CSP without eval in production, and HSTS only for an https site", () => {
    const prod = securityHeaders({ NODE_ENV: "production", SITE_URL: "https://frontier.example" });
    expect(get(prod, "Content-Security-Policy")).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(get(prod, "Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(get(prod, "X-Frame-Options")).toBe("DENY");
    expect(get(prod, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(get(prod, "X-Content-Type-Options")).toBe("nosniff");
    expect(
      get(securityHeaders({ NODE_ENV: "production", SITE_URL: "http://localhost:3000" }), "Strict-Transport-Security"),
    ).toBeUndefined();
  });

  it("allows eval only in development, and never HSTS there", () => {
    const dev = securityHeaders({ NODE_ENV: "development", SITE_URL: "https://frontier.example" });
    expect(get(dev, "Content-Security-Policy")).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval';");
    expect(get(dev, "Strict-Transport-Security")).toBeUndefined();
    expect(
      get(securityHeaders({ NODE_ENV: "test", SITE_URL: "https://x.example" }), "Content-Security-Policy"),
    ).not.toContain("unsafe-eval");
  });
});

describe("post-login destination", () => {
  it("accepts admin paths only (no open redirect)", () => {
    expect(safeAdminPath("/admin/incidents?page=2")).toBe("/admin/incidents?page=2");
    expect(safeAdminPath("/admin")).toBe("/admin");
    for (const bad of [
      "https://evil.example/admin",
      "//evil.example",
      "/admin//evil.example",
      "/admin\\@evil",
      "/administrator",
      "/",
      "/admin/login?next=/x",
      null,
      undefined,
      "",
    ]) {
      expect(safeAdminPath(bad), String(bad)).toBe("/admin");
    }
  });
});
