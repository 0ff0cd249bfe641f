import { describe, expect, it } from "vitest";
import { z } from "zod";
import { claimsQuerySchema, scopeFromQuery } from "@/lib/api/claims-api";
import { incidentsQuerySchema } from "@/lib/api/incidents-api";
import { mediationQuerySchema } from "@/lib/api/mediation-api";
import { metaOptionProblem, parseQuery, resolvePaging, searchParamsFrom } from "@/lib/api/query";

const parse = (qs: string) => parseQuery(new URLSearchParams(qs), incidentsQuerySchema);
const problemOf = (qs: string) => {
  const r = parse(qs);
  if (r.ok) throw new Error(`expected ${qs} to be refused`);
  return r.problem;
};

describe("query-string parsing", () => {
  it("applies defaults", () => {
    const r = parse("");
    expect(r).toEqual({ ok: true, value: { sort: "date-desc", format: "json" } });
    expect(resolvePaging({ format: "json" })).toEqual({ page: 1, pageSize: 50 });
  });

  it("reads every incidents parameter", () => {
    const r = parse(
      "from=2026-02-01&to=2026-02-28&province=PK-KP&district=PK-KP-bajaur&perpetrator=ttp&type=DRONE_ATTACK&target=CIVILIANS&sort=province&page=2&pageSize=200&format=csv",
    );
    expect(r).toEqual({
      ok: true,
      value: {
        from: "2026-02-01",
        to: "2026-02-28",
        province: "PK-KP",
        district: "PK-KP-bajaur",
        perpetrator: "ttp",
        type: "DRONE_ATTACK",
        target: "CIVILIANS",
        sort: "province",
        page: 2,
        pageSize: 200,
        format: "csv",
      },
    });
  });

  it.each([
    ["from=2026-13-01", "from"],
    ["from=yesterday", "from"],
    ["to=2026-02-30", "to"],
    ["from=2026-03-01&to=2026-02-01", "to"],
    ["province=KP", "province"],
    ["district=Bajaur", "district"],
    ["perpetrator=TTP%20X", "perpetrator"],
    ["type=NUKE", "type"],
    ["target=everyone", "target"],
    ["sort=random", "sort"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=1.5", "page"],
    ["page=abc", "page"],
    ["pageSize=0", "pageSize"],
    ["pageSize=201", "pageSize"],
    ["pageSize=1000", "pageSize"],
    ["pageSize=1e2", "pageSize"],
    ["format=xml", "format"],
    ["meta=yes", "meta"],
    ["meta=COMMENTS", "meta"],
    ["meta=comments&meta=comments", "meta"],
    ["unknown=1", "unknown"],
    ["provnce=PK-KP", "provnce"],
    ["province=PK-KP&province=PK-BA", "province"],
  ])("refuses %s naming %s", (qs, parameter) => {
    const p = problemOf(qs);
    expect(p.parameter).toBe(parameter);
    expect(p.message.length).toBeGreaterThan(5);
  });

  it("names the allowed parameters when one is unknown", () => {
    expect(problemOf("unknown=1").message).toContain("province");
  });

  it("accepts the page-size bounds", () => {
    expect(parse("pageSize=1").ok).toBe(true);
    expect(parse("pageSize=200").ok).toBe(true);
  });

  it("treats empty values as absent, as an HTML form sends them", () => {
    expect(parse("province=&from=")).toEqual({ ok: true, value: { sort: "date-desc", format: "json" } });
  });

  it("allows a repeated parameter only when the schema says it is a list", () => {
    const schema = z.object({ tag: z.array(z.string()).optional() });
    expect(parseQuery(new URLSearchParams("tag=a&tag=b"), schema, { lists: ["tag"] })).toEqual({
      ok: true,
      value: { tag: ["a", "b"] },
    });
  });

  it("gives a whole CSV unless a page is asked for", () => {
    expect(resolvePaging({ format: "csv" })).toEqual({ page: 1, pageSize: "all" });
    expect(resolvePaging({ format: "csv", pageSize: 10 })).toEqual({ page: 1, pageSize: 10 });
    expect(resolvePaging({ format: "csv", page: 3 })).toEqual({ page: 3, pageSize: 50 });
  });

  it("reads a page's searchParams record the same way, repeated keys included", () => {
    const r = parseQuery(
      searchParamsFrom({ province: "PK-KP", type: ["DRONE_ATTACK", "AIRSTRIKE"], from: undefined }),
      incidentsQuerySchema,
    );
    expect(r.ok ? null : r.problem.parameter).toBe("type");
    expect(parseQuery(searchParamsFrom({ province: "PK-KP" }), incidentsQuerySchema)).toEqual({
      ok: true,
      value: { province: "PK-KP", sort: "date-desc", format: "json" },
    });
  });

  it("takes meta=comments, which only a CSV may ask for", () => {
    const r = parse("format=csv&meta=comments");
    expect(r).toEqual({ ok: true, value: { sort: "date-desc", format: "csv", meta: "comments" } });
    expect(metaOptionProblem({ format: "csv", meta: "comments" })).toBeNull();
    expect(metaOptionProblem({ format: "json" })).toBeNull();
    expect(metaOptionProblem({ format: "json", meta: "comments" })).toEqual({
      parameter: "meta",
      message: "applies to format=csv only",
    });
  });

  it("takes only format and meta on mediation", () => {
    expect(parseQuery(new URLSearchParams("format=csv&meta=comments"), mediationQuerySchema)).toEqual({
      ok: true,
      value: { format: "csv", meta: "comments" },
    });
    const r = parseQuery(new URLSearchParams("page=1"), mediationQuerySchema);
    expect(r.ok ? null : r.problem.parameter).toBe("page");
  });
});

describe("claims scope", () => {
  const scopeOf = (qs: string) => {
    const q = parseQuery(new URLSearchParams(qs), claimsQuerySchema);
    if (!q.ok) return q.problem;
    const s = scopeFromQuery(q.value);
    return s.ok ? s.scope : { parameter: s.parameter, message: s.message };
  };

  it.each([
    ["incident=bajaur-x", { kind: "incident", incidentId: "bajaur-x" }],
    ["episode=feb-mar-2026-war", { kind: "episode", episodeId: "feb-mar-2026-war" }],
    ["from=2026-01-01&to=2026-12-31", { kind: "period", from: "2026-01-01", to: "2026-12-31" }],
  ])("reads %s", (qs, scope) => {
    expect(scopeOf(qs)).toEqual(scope);
  });

  it.each([
    ["", "incident"],
    ["incident=a&episode=b", "episode"],
    ["episode=b&from=2026-01-01&to=2026-02-01", "from"],
    ["from=2026-01-01", "to"],
    ["to=2026-01-01", "from"],
    ["from=2026-03-01&to=2026-01-01", "to"],
    ["incident=Not%20An%20Id", "incident"],
    ["from=2026-02-31&to=2026-03-01", "from"],
  ])("refuses %j naming %s", (qs, parameter) => {
    const got = scopeOf(qs) as { parameter?: string };
    expect(got.parameter).toBe(parameter);
  });
});
