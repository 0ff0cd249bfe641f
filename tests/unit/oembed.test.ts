// oEmbed: the query string, which addresses count as this site's, the answer and the discovery
// link (lib/embed/oembed.ts). Hostile `url` values are written out by hand.
import { describe, expect, it } from "vitest";
import { casualtiesEmbed, nationalEmbed } from "@/lib/embed/embed-paths";
import {
  iframeCode,
  oembedAlternates,
  oembedResponse,
  oembedSpecOf,
  readOembedQuery,
  siteAddress,
} from "@/lib/embed/oembed";

const SITE = "https://frontier.example";
const query = (qs: string) => readOembedQuery(new URLSearchParams(qs));

describe("the oEmbed query string", () => {
  it("reads url, format, maxwidth and maxheight, and ignores parameters it does not use", () => {
    expect(query("url=https%3A%2F%2Ffrontier.example%2F&format=json&maxwidth=400&maxheight=300&dnt=1")).toEqual({
      ok: true,
      value: { url: "https://frontier.example/", maxwidth: 400, maxheight: 300 },
    });
    expect(query("url=https%3A%2F%2Ffrontier.example%2F")).toEqual({
      ok: true,
      value: { url: "https://frontier.example/" },
    });
  });

  it("answers 501 for a format other than json, 400 naming the parameter for bad values", () => {
    expect(query("url=https%3A%2F%2Ffrontier.example%2F&format=xml")).toMatchObject({
      ok: false,
      status: 501,
      parameter: "format",
    });
    expect(query("format=json")).toMatchObject({ ok: false, status: 400, parameter: "url" });
    expect(query("url=")).toMatchObject({ ok: false, status: 400, parameter: "url" });
    for (const value of ["abc", "1e3", "-5", "0", "+5", "10001", "400px"]) {
      expect(query(`url=x&maxwidth=${value}`), value).toMatchObject({ ok: false, status: 400, parameter: "maxwidth" });
    }
    expect(query(`url=https://frontier.example/${"a".repeat(2100)}`)).toMatchObject({
      ok: false,
      status: 400,
      parameter: "url",
    });
  });
});

describe("addresses on this site", () => {
  it("accepts http and https on the site's own host", () => {
    expect(siteAddress("https://frontier.example/attacks", SITE)?.pathname).toBe("/attacks");
    expect(siteAddress("http://frontier.example/", SITE)?.pathname).toBe("/");
    expect(siteAddress("https://FRONTIER.example/mediation", SITE)?.pathname).toBe("/mediation");
  });

  it("refuses other hosts, ports, schemes, credentials and relative addresses", () => {
    for (const raw of [
      "https://evil.example/",
      "https://frontier.example.evil.example/",
      "https://evil.example/frontier.example/",
      "https://frontier.example@evil.example/",
      "https://evil.example\\@frontier.example/",
      "https://user:secret@frontier.example/",
      "https://frontier.example:8443/",
      "https://frontier.example./",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://frontier.example/",
      "//frontier.example/",
      "/embed/national",
      "frontier.example/embed/national",
      "",
    ]) {
      expect(siteAddress(raw, SITE), raw).toBeNull();
    }
  });

  it("resolves dot segments before matching, so a path cannot climb out of an embed", () => {
    expect(oembedSpecOf("https://frontier.example/embed/../admin", SITE)).toBeNull();
    expect(oembedSpecOf("https://frontier.example/embed/%2e%2e/admin/users", SITE)).toBeNull();
    expect(oembedSpecOf("https://frontier.example/embed/national/..", SITE)).toBeNull();
    expect(oembedSpecOf("https://frontier.example/x/../embed/national", SITE)).toEqual({ kind: "national" });
    expect(oembedSpecOf("https://frontier.example/embed/national%0d%0aX-Injected:1", SITE)).toBeNull();
    expect(oembedSpecOf("https://evil.example/embed/national", SITE)).toBeNull();
  });
});

describe("the oEmbed answer", () => {
  it("is a rich type with the embed's iframe, as wide as asked up to 640 px", () => {
    expect(oembedResponse(nationalEmbed(), SITE, { url: "https://frontier.example/" })).toEqual({
      version: "1.0",
      type: "rich",
      provider_name: "Frontier Monitor",
      provider_url: "https://frontier.example/",
      title: "Militant attacks in Pakistan per month, as independent counters count them",
      html:
        '<iframe src="https://frontier.example/embed/national" width="100%" height="740" style="border:0" ' +
        'title="Militant attacks in Pakistan per month, as independent counters count them (Frontier Monitor)" ' +
        'loading="lazy"></iframe>',
      width: 640,
      height: 740,
      cache_age: 300,
    });
  });

  it("is taller for a frame narrower than 640 px, and never taller than maxheight", () => {
    const narrow = oembedResponse(nationalEmbed(), SITE, { url: "x", maxwidth: 390 });
    expect([narrow.width, narrow.height]).toEqual([390, 820]);
    expect(narrow.html).toContain('height="820"');
    const wide = oembedResponse(nationalEmbed(), SITE, { url: "x", maxwidth: 2000 });
    expect([wide.width, wide.height]).toEqual([640, 740]);
    const short = oembedResponse(nationalEmbed(), SITE, { url: "x", maxheight: 500 });
    expect([short.width, short.height]).toEqual([640, 500]);
  });

  it("escapes what it writes into the iframe's attributes", () => {
    expect(iframeCode({ src: 'https://frontier.example/"onload="x', height: 10, title: `A "quoted" <b> & 'x'` })).toBe(
      '<iframe src="https://frontier.example/&quot;onload=&quot;x" width="100%" height="10" style="border:0" ' +
        'title="A &quot;quoted&quot; &lt;b&gt; &amp; &#39;x&#39;" loading="lazy"></iframe>',
    );
    const named = oembedResponse(casualtiesEmbed("episode:x", 'A <script> "war"'), SITE, { url: "x" });
    expect(named.html).not.toContain("<script>");
    expect(named.html).toContain('src="https://frontier.example/embed/casualties/episode%3Ax"');
  });
});

describe("oEmbed discovery", () => {
  it("points a page with an embed at the endpoint, with the page's absolute address", () => {
    expect(oembedAlternates("/", SITE)).toEqual({
      "application/json+oembed":
        "https://frontier.example/api/oembed?url=https%3A%2F%2Ffrontier.example%2F&format=json",
    });
    expect(oembedAlternates("/attacks?province=PK-KP", SITE)).toEqual({
      "application/json+oembed":
        "https://frontier.example/api/oembed?url=" +
        "https%3A%2F%2Ffrontier.example%2Fattacks%3Fprovince%3DPK-KP&format=json",
    });
    expect(oembedAlternates("/embed/mediation", SITE)).toEqual({
      "application/json+oembed":
        "https://frontier.example/api/oembed?url=https%3A%2F%2Ffrontier.example%2Fembed%2Fmediation&format=json",
    });
  });

  it("adds nothing for a page without one", () => {
    expect(oembedAlternates("/methodology", SITE)).toBeUndefined();
    expect(oembedAlternates("/incidents/some-incident", SITE)).toBeUndefined();
  });
});
