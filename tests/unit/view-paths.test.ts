// The proxy serves a view chosen in the query string from a cached route (lib/view-paths.ts): one
// canonical path per view, the page reads back exactly the view that was asked for.
import { describe, expect, it } from "vitest";
import { readAttackView } from "@/lib/incidents/search-params";
import { attackParamsFromSegment, cachedViewPath } from "@/lib/view-paths";

const viewPath = (url: string) => {
  const parsed = new URL(url, "http://localhost");
  return cachedViewPath(parsed.pathname, parsed.searchParams);
};
const segmentOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

describe("cachedViewPath", () => {
  it("serves the default views from the pages themselves", () => {
    expect(viewPath("/")).toBeNull();
    expect(viewPath("/?days=365")).toBeNull();
    expect(viewPath("/?days=7")).toBeNull(); // not a period: the page's default, as before
    expect(viewPath("/attacks")).toBeNull();
    expect(viewPath("/attacks?utm_source=newsletter")).toBeNull();
    expect(viewPath("/attacks?province=")).toBeNull();
    expect(viewPath("/casualties")).toBeNull();
    expect(viewPath("/mediation?days=30")).toBeNull();
  });

  it("gives each home period and each scope a path of its own", () => {
    expect(viewPath("/?days=30")).toBe("/overview/30");
    expect(viewPath("/?days=90&x=1")).toBe("/overview/90");
    expect(viewPath("/casualties?scope=month:2026-03")).toBe("/casualties/month%3A2026-03");
  });

  it("writes an attacks view in one order, first value of each parameter, unknown ones dropped", () => {
    const a = viewPath("/attacks?to=2026-06-30&province=PK-KP&from=2026-01-01");
    const b = viewPath("/attacks?utm_source=x&from=2026-01-01&province=PK-KP&province=PK-BA&to=2026-06-30");
    expect(a).toBe("/attacks/from%3D2026-01-01%26to%3D2026-06-30%26province%3DPK-KP");
    expect(b).toBe(a);
  });

  it("hands the page back the view that was asked for, invalid values included", () => {
    const path = viewPath("/attacks?district=PK-KP-bajaur&by=week&page=2&from=2026-13-01");
    const params = attackParamsFromSegment(segmentOf(path!));
    expect(params).toEqual({ from: "2026-13-01", district: "PK-KP-bajaur", by: "week", page: "2" });
    // Decoded or not (Next may hand the segment over either way), the same view.
    expect(attackParamsFromSegment(decodeURIComponent(segmentOf(path!)))).toEqual(params);
    const view = readAttackView(params);
    expect(view.filters).toEqual({ district: "PK-KP-bajaur" });
    expect(view.granularity).toBe("week");
    expect(view.page).toBe(2);
    expect(view.invalid.map((problem) => problem.param)).toEqual(["from"]);
  });
});
