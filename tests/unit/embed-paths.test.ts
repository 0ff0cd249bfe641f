// Which embed a page stands for, and the embed routes' canonical forms (lib/embed/embed-paths.ts).
// Expected paths are written out by hand; the episode id is the seeded one (prisma/dataset/episodes.json).
import { describe, expect, it } from "vitest";
import {
  attacksEmbed,
  casualtiesEmbed,
  embedSpecOf,
  embedTargetOf,
  embedViewParams,
  embedViewQuery,
  mapEmbed,
  mediationEmbed,
  nationalEmbed,
  paramsOfView,
} from "@/lib/embed/embed-paths";
import { readAttackView } from "@/lib/incidents/search-params";

const specOf = (address: string) => {
  const url = new URL(address, "https://frontier.example");
  return embedSpecOf(url.pathname, url.searchParams);
};
/** The embed path an address leads to (a casualties page without a scope: the latest episode's). */
const embedPathOf = (address: string) => {
  const spec = specOf(address);
  return spec ? (embedTargetOf(spec, "episode:feb-mar-2026-war")?.path ?? null) : null;
};

describe("embed targets", () => {
  it("names each embed's path, full page, title and frame heights", () => {
    expect(nationalEmbed()).toEqual({
      kind: "national",
      path: "/embed/national",
      height: 820,
      wideHeight: 740,
      title: "Militant attacks in Pakistan per month, as independent counters count them",
      page: "/",
    });
    expect(mediationEmbed()).toMatchObject({ path: "/embed/mediation", page: "/mediation", height: 1480 });
    expect(attacksEmbed()).toMatchObject({
      path: "/embed/attacks",
      page: "/attacks",
      title: "Incidents in this record per month",
      height: 680,
    });
    expect(mapEmbed()).toMatchObject({ path: "/embed/map", page: "/attacks", height: 1020, wideHeight: 860 });
    expect(casualtiesEmbed("episode:feb-mar-2026-war", "Feb–Mar 2026 war")).toEqual({
      kind: "casualties",
      path: "/embed/casualties/episode%3Afeb-mar-2026-war",
      height: 1320,
      wideHeight: 940,
      title: "Casualty claims: Feb–Mar 2026 war, each side's figures side by side",
      page: "/casualties?scope=episode%3Afeb-mar-2026-war",
    });
  });

  it("keeps a view's filters (and, for the chart, its period and stacking) in one canonical order", () => {
    const view = {
      to: "2026-06-30",
      province: "PK-KP",
      from: "2026-01-01",
      by: "week",
      stack: "perpetrator",
      sort: "date-asc",
      page: "2",
      layer: "strikes",
      utm_source: "newsletter",
    };
    expect(embedViewQuery("attacks", view)).toBe(
      "from=2026-01-01&to=2026-06-30&province=PK-KP&by=week&stack=perpetrator",
    );
    expect(embedViewQuery("map", view)).toBe("from=2026-01-01&to=2026-06-30&province=PK-KP");
    expect(attacksEmbed(view)).toMatchObject({
      path: "/embed/attacks/from%3D2026-01-01%26to%3D2026-06-30%26province%3DPK-KP%26by%3Dweek%26stack%3Dperpetrator",
      page: "/attacks?from=2026-01-01&to=2026-06-30&province=PK-KP&by=week&stack=perpetrator",
      title: "Incidents in this record per week",
    });
    expect(mapEmbed({ from: "2025-12-03", to: "2026-12-02" }).path).toBe(
      "/embed/map/from%3D2025-12-03%26to%3D2026-12-02",
    );
  });

  it("gives the /attacks page's view back as parameters for its embeds", () => {
    const view = readAttackView({
      district: "PK-KP-bajaur",
      by: "week",
      page: "4",
      sort: "province",
      from: "2026-13-01",
    });
    expect(paramsOfView(view)).toEqual({ district: "PK-KP-bajaur", by: "week", sort: "province", page: "4" });
    expect(attacksEmbed(paramsOfView(view)).path).toBe("/embed/attacks/district%3DPK-KP-bajaur%26by%3Dweek");
    expect(mapEmbed(paramsOfView(view)).path).toBe("/embed/map/district%3DPK-KP-bajaur");
  });

  it("drops invalid values instead of carrying them into an embed address", () => {
    expect(embedViewQuery("attacks", { province: "<script>", from: "2026-13-01", district: "PK-KP-bajaur" })).toBe(
      "district=PK-KP-bajaur",
    );
    expect(embedViewQuery("attacks", { type: "NOT_A_TYPE", by: "year" })).toBe("");
    expect(attacksEmbed({ province: '"><script>alert(1)</script>' }).path).toBe("/embed/attacks");
  });
});

describe("embed route segments", () => {
  it("reads back the canonical form, decoded or not", () => {
    expect(embedViewParams("attacks", "province%3DPK-KP%26by%3Dweek")).toEqual({ province: "PK-KP", by: "week" });
    expect(embedViewParams("attacks", "province=PK-KP&by=week")).toEqual({ province: "PK-KP", by: "week" });
    expect(embedViewParams("map", "from%3D2025-12-03%26to%3D2026-12-02")).toEqual({
      from: "2025-12-03",
      to: "2026-12-02",
    });
  });

  it("refuses every other form (one cache entry per view, a 404 for the rest)", () => {
    for (const segment of [
      "",
      "junk",
      "to%3D2026-06-30%26from%3D2026-01-01", // not the canonical order
      "sort%3Ddate-asc", // the page's, not the figure's
      "province%3Dpk-kp", // not a province code
      "province%3DPK-KP%26province%3DPK-BA",
      "%E0%A4%A", // malformed percent-encoding
    ]) {
      expect(embedViewParams("attacks", segment), segment).toBeNull();
    }
    expect(embedViewParams("map", "by%3Dweek")).toBeNull();
    expect(embedViewParams("map", "province%3DPK-KP%26stack%3Dperpetrator")).toBeNull();
  });
});

describe("the embed of a page address", () => {
  it("maps each page with an embedded figure to its embed", () => {
    expect(embedPathOf("/")).toBe("/embed/national");
    expect(embedPathOf("/?days=30")).toBe("/embed/national");
    expect(embedPathOf("/overview/90")).toBe("/embed/national");
    expect(embedPathOf("/attacks")).toBe("/embed/attacks");
    expect(embedPathOf("/attacks?province=PK-KP&utm_source=x&page=3&layer=strikes")).toBe(
      "/embed/attacks/province%3DPK-KP",
    );
    expect(embedPathOf("/attacks/from%3D2026-01-01")).toBe("/embed/attacks/from%3D2026-01-01");
    expect(embedPathOf("/casualties")).toBe("/embed/casualties/episode%3Afeb-mar-2026-war");
    expect(embedPathOf("/casualties?scope=month:2026-03")).toBe("/embed/casualties/month%3A2026-03");
    expect(embedPathOf("/casualties/incident%3Aparachinar-2026")).toBe("/embed/casualties/incident%3Aparachinar-2026");
    expect(embedPathOf("/mediation")).toBe("/embed/mediation");
    expect(embedPathOf("/mediation/")).toBe("/embed/mediation");
  });

  it("maps each embed to itself, ignoring its query string", () => {
    expect(embedPathOf("/embed/national?theme=dark")).toBe("/embed/national");
    expect(embedPathOf("/embed/attacks")).toBe("/embed/attacks");
    expect(embedPathOf("/embed/attacks?province=PK-KP")).toBe("/embed/attacks");
    expect(embedPathOf("/embed/attacks/province%3DPK-KP")).toBe("/embed/attacks/province%3DPK-KP");
    expect(embedPathOf("/embed/map")).toBe("/embed/map");
    expect(embedPathOf("/embed/map/province%3DPK-KP")).toBe("/embed/map/province%3DPK-KP");
    expect(embedPathOf("/embed/casualties/episode%3Afeb-mar-2026-war")).toBe(
      "/embed/casualties/episode%3Afeb-mar-2026-war",
    );
    expect(embedPathOf("/embed/mediation")).toBe("/embed/mediation");
  });

  it("leaves the casualties page's default scope to the caller", () => {
    expect(specOf("/casualties")).toEqual({ kind: "casualties", scope: null });
    expect(embedTargetOf({ kind: "casualties", scope: null }, null)).toBeNull();
  });

  it("has no embed for other pages, unknown embeds or malformed scopes and views", () => {
    for (const address of [
      "/methodology",
      "/counts",
      "/status",
      "/admin",
      "/admin/incidents",
      "/api/v1/incidents",
      "/incidents/some-incident",
      "/overview/365",
      "/overview/7",
      "/embed",
      "/embed/unknown",
      "/embed/national/extra",
      "/embed/attacks/page%3D2",
      "/embed/map/by%3Dweek",
      "/embed/casualties",
      "/embed/casualties/nonsense",
      "/embed/casualties/episode%3A..%2Fadmin",
      "/casualties?scope=bogus",
      '/casualties?scope=episode:x"><script>',
      "/casualties/episode%3AUPPER",
      "/casualties/a/b",
      "/attacks/a/b",
      "/embed/casualties/%E0%A4%A",
    ]) {
      expect(specOf(address), address).toBeNull();
    }
  });
});
