import { describe, expect, it } from "vitest";
// Next's own matcher for `headers()` sources, built as its router builds it (filesystem.js
// buildCustomRoute: strict, unnamed params removed, an optional trailing slash allowed).
import { modifyRouteRegex } from "next/dist/lib/redirect-status";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { forwardedHeaders } from "@/lib/front-cache/policy";
import { safeAdminPath } from "@/lib/auth/admin-path";
import { headerRules, securityHeaders } from "@/lib/security-headers";

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

const PROD = { NODE_ENV: "production", SITE_URL: "https://frontier.example" } as const;
const SITE_CSP_END = "form-action 'self'; frame-ancestors 'none'";
const EMBED_CSP_END = "form-action 'self'; frame-ancestors *";

describe("framing: the site refuses every frame, the embeds accept any", () => {
  it("gives the embeds frame-ancestors * and no X-Frame-Options, the rest unchanged", () => {
    const embed = securityHeaders(PROD, "any");
    expect(get(embed, "Content-Security-Policy")).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *",
    );
    expect(embed.filter((h) => h.key.toLowerCase() === "x-frame-options")).toEqual([]);
    expect(get(embed, "Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(get(embed, "X-Content-Type-Options")).toBe("nosniff");
    expect(get(securityHeaders(PROD), "X-Frame-Options")).toBe("DENY");
  });

  // Next sends the headers of every rule whose source matches a path: exactly one must match each.
  const matchers = headerRules(PROD).map((rule) => ({
    rule,
    match: getPathMatch(rule.source, {
      strict: true,
      removeUnnamedParams: true,
      sensitive: false,
      regexModifier: (regex: string) => modifyRouteRegex(regex),
    }),
  }));
  const headersFor = (path: string) => {
    const matching = matchers.filter(({ match }) => match(path) !== false);
    expect(matching, path).toHaveLength(1);
    // No named parameter: Next would otherwise fill it into the header values.
    expect(matching[0]!.match(path), path).toEqual({});
    return matching[0]!.rule.headers;
  };

  it("frames /embed/* only", () => {
    for (const path of [
      "/embed/national",
      "/embed/attacks",
      "/embed/attacks/province%3DPK-KP",
      "/embed/map",
      "/embed/casualties/episode%3Afeb-mar-2026-war",
      "/embed/casualties/episode:feb-mar-2026-war",
      "/embed/mediation",
      "/embed/national/",
    ]) {
      const headers = headersFor(path);
      expect(get(headers, "Content-Security-Policy")?.slice(-EMBED_CSP_END.length), path).toBe(EMBED_CSP_END);
      expect(get(headers, "X-Frame-Options"), path).toBeUndefined();
    }
  });

  it("keeps frame-ancestors 'none' and X-Frame-Options: DENY everywhere else", () => {
    for (const path of [
      "/",
      "/attacks",
      "/attacks/layer%3Dstrikes",
      "/casualties",
      "/mediation",
      "/admin",
      "/admin/login",
      "/api/oembed",
      "/api/v1/incidents",
      "/embed",
      "/embedded",
      "/embeds/national",
      "/x/embed/national",
      "/api/embed/x",
      "/_next/static/chunks/app.js",
    ]) {
      const headers = headersFor(path);
      expect(get(headers, "Content-Security-Policy")?.slice(-SITE_CSP_END.length), path).toBe(SITE_CSP_END);
      expect(get(headers, "X-Frame-Options"), path).toBe("DENY");
    }
  });
});

describe("the front cache passes the framing headers through", () => {
  it("forwards CSP and X-Frame-Options as Next sent them, adding none", () => {
    const embedCsp = "default-src 'self'; frame-ancestors *";
    for (const stored of [false, true]) {
      const embed = forwardedHeaders({ "content-security-policy": embedCsp, "content-length": "10" }, stored);
      expect(embed["content-security-policy"]).toBe(embedCsp);
      expect(embed["x-frame-options"]).toBeUndefined();
      const site = forwardedHeaders(
        { "content-security-policy": "frame-ancestors 'none'", "x-frame-options": "DENY" },
        stored,
      );
      expect(site["content-security-policy"]).toBe("frame-ancestors 'none'");
      expect(site["x-frame-options"]).toBe("DENY");
    }
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
