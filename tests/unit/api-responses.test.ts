import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ENDPOINTS, API_INDEX } from "@/lib/api/api-index";
import { citationFor, LICENCE } from "@/lib/api/citation";
import { claimsResponse } from "@/lib/api/claims-api";
import { countsResponse } from "@/lib/api/counts-api";
import { incidentResponse } from "@/lib/api/incident-api";
import { CSV_MAX_ROWS, incidentsResponse, perpetratorsCell } from "@/lib/api/incidents-api";
import { mediationResponse } from "@/lib/api/mediation-api";
import type { ApiReader } from "@/lib/api/reader";

// A reader that must not be reached: bad input is answered before any read.
const untouchable = new Proxy({} as ApiReader, {
  get: (_t, name) => () => {
    throw new Error(`reader.${String(name)} called for a bad request`);
  },
});
const ctx = { siteUrl: "https://frontier.example", now: new Date("2026-05-01T12:00:00Z") };
const base = "http://localhost:3000/api/v1";

async function expect400(res: Response, parameter: string) {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const body = await res.json();
  expect(body).toMatchObject({ error: "invalid_parameter", parameter });
  expect(typeof body.message).toBe("string");
}

describe("bad requests are refused before any read", () => {
  it.each([
    ["incidents?from=2026-13-01", "from"],
    ["incidents?province=KP", "province"],
    ["incidents?pageSize=1000", "pageSize"],
    ["incidents?unknown=1", "unknown"],
  ])("%s → 400 naming %s", async (qs, parameter) => {
    await expect400(await incidentsResponse(untouchable, `${base}/${qs}`, ctx), parameter);
  });

  it.each([
    ["claims", "incident"],
    ["claims?incident=a&episode=b", "episode"],
    ["claims?from=2026-01-01", "to"],
    ["claims?episode=x&format=pdf", "format"],
  ])("%s → 400 naming %s", async (qs, parameter) => {
    await expect400(await claimsResponse(untouchable, `${base}/${qs}`, ctx), parameter);
  });

  it.each([
    ["counts?metric=NOPE", "metric"],
    ["counts?from=2025-13-01", "from"],
    ["counts?from=2025-03-01&to=2025-02-01", "to"],
    ["counts?counter=PICSS", "counter"],
    ["counts?versions=some", "versions"],
    ["counts?period=WEEK", "period"],
    ["counts?sum=true", "sum"],
    ["counts?metric=ATTACKS&metric=KILLED", "metric"],
    ["counts?meta=comments", "meta"],
  ])("%s → 400 naming %s", async (qs, parameter) => {
    await expect400(await countsResponse(untouchable, `${base}/${qs}`, ctx), parameter);
  });

  it("refuses meta=comments on JSON and any other meta value, naming meta", async () => {
    await expect400(await incidentsResponse(untouchable, `${base}/incidents?meta=comments`, ctx), "meta");
    await expect400(await incidentsResponse(untouchable, `${base}/incidents?format=csv&meta=header`, ctx), "meta");
    await expect400(
      await claimsResponse(untouchable, `${base}/claims?episode=x&format=json&meta=comments`, ctx),
      "meta",
    );
    await expect400(await mediationResponse(untouchable, `${base}/mediation?format=csv&meta=1`, ctx), "meta");
  });

  it("refuses parameters on mediation and on one incident", async () => {
    await expect400(await mediationResponse(untouchable, `${base}/mediation?page=2`, ctx), "page");
    await expect400(await incidentResponse(untouchable, `${base}/incidents/x?format=csv`, "x", ctx), "format");
    await expect400(
      await incidentResponse(untouchable, `${base}/incidents/Robert'); DROP`, "Robert'); DROP", ctx),
      "id",
    );
  });
});

describe("citation and licence", () => {
  it("cites the public origin, the path and the query, and the day of retrieval", () => {
    expect(citationFor("https://frontier.example/", "/api/v1/incidents", "?province=PK-KP", ctx.now)).toBe(
      "Frontier Monitor (2026). Pakistan–Afghanistan conflict record. https://frontier.example/api/v1/incidents?province=PK-KP. Retrieved 2026-05-01.",
    );
    expect(citationFor("https://frontier.example", "/api/v1/mediation", "", ctx.now)).toContain(
      "/api/v1/mediation. Retrieved",
    );
    expect(LICENCE).toBe(
      "Data: CC BY 4.0 (Frontier Monitor compilation); each figure remains the claim of the party named, with its source. Boundaries: geoBoundaries, CC BY 4.0.",
    );
  });
});

describe("perpetrators in one CSV cell", () => {
  const p = { documentTitle: "t", documentUrl: null, quote: "q" };
  it("keeps a group's own claim apart from someone else's attribution, naming who", () => {
    expect(
      perpetratorsCell([
        { ...p, actorId: "ttp", actor: "TTP", basis: "CLAIMED", byId: "ttp", by: "TTP" },
        { ...p, actorId: "ttp", actor: "TTP", basis: "ATTRIBUTED", byId: "gov-pakistan", by: "Government of Pakistan" },
      ]),
    ).toBe("TTP (claimed responsibility); TTP (attributed by Government of Pakistan)");
    expect(perpetratorsCell([])).toBe("");
  });
});

describe("API documentation", () => {
  const md = readFileSync(path.join(process.cwd(), "docs", "api.md"), "utf8");
  const names = (s: string) =>
    s
      .split(/,\s*/)
      .map((n) => n.trim())
      .filter(Boolean);

  it("documents in docs/api.md every endpoint, parameter and field of the JSON index", () => {
    for (const e of API_ENDPOINTS) {
      expect(md, e.path).toContain(`GET ${e.path}`);
      for (const p of e.parameters) expect(md, `${e.path} ${p.name}`).toContain(`\`${p.name}\``);
      for (const f of e.fields) for (const n of names(f.name)) expect(md, `${e.path} field ${n}`).toContain(`\`${n}\``);
    }
  });

  it("lists every CSV column with its type, in order, under its endpoint", () => {
    for (const e of API_ENDPOINTS.filter((x) => x.formats.includes("csv"))) {
      const section = md.slice(md.indexOf(`## GET ${e.path}\n`)).split("\n## ")[0]!;
      const documented = [...section.matchAll(/^\| `([a-z_]+)` \| (\w+) \|/gm)].map((m) => `${m[1]}:${m[2]}`);
      expect(documented, e.path).toEqual(e.csvColumns!.map((c) => `${c.name}:${c.type}`));
    }
  });

  it("names CSV columns in stable snake_case", () => {
    expect(API_ENDPOINTS.find((e) => e.path === "/api/v1/mediation")!.csvColumns!.map((c) => c.name)).toEqual([
      "event_id",
      "track_id",
      "track",
      "date",
      "date_precision",
      "kind",
      "round",
      "title",
      "venue",
      "status_after",
      "document_id",
      "document_title",
      "document_url",
      "quote",
    ]);
    for (const e of API_ENDPOINTS)
      for (const c of e.csvColumns ?? []) expect(c.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it("states the citation and licence in both", () => {
    expect(md).toContain(LICENCE.slice(0, 60));
    expect(API_INDEX.licence).toBe(LICENCE);
    expect(md.replace(/\s+/g, " ")).toContain("Frontier Monitor (2026). Pakistan–Afghanistan conflict record.");
  });
});

describe("a whole-selection CSV", () => {
  // A reader with n synthetic incidents, to check paging without a database.
  const fakeReader = (n: number) => {
    const calls: number[] = [];
    const reader = {
      incidentPage: async (_f: unknown, _s: unknown, page: number, pageSize: number) => {
        calls.push(page);
        const items = Array.from({ length: Math.max(0, Math.min(pageSize, n - (page - 1) * pageSize)) }, (_, k) => {
          const i = (page - 1) * pageSize + k;
          return {
            id: `incident-${i}`,
            title: i === 0 ? "=cmd|' /C calc'!A0" : `Attack ${i}, with a comma`,
            occurredOn: "2026-02-27",
            datePrecision: "DAY",
            type: "OTHER",
            targetType: "UNKNOWN",
            status: "REPORTED",
            provinceName: null,
            districtName: null,
            exFata: false,
            sourceCount: 1,
            provinceId: null,
            districtId: null,
            perpetrators: [],
          };
        });
        return { items, total: n };
      },
      coverage: async () => ({
        incidents: n,
        documents: n,
        firstIncidentOn: "2026-02-27",
        latestIncidentOn: "2026-02-27",
      }),
    } as unknown as ApiReader;
    return { reader, calls };
  };

  it("reads every page, not just the first, and puts the header on the first line", async () => {
    const { reader, calls } = fakeReader(450);
    const res = await incidentsResponse(reader, `${base}/incidents?format=csv`, ctx);
    const text = await res.text();
    expect(calls).toEqual([1, 2, 3]);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      "id,date,date_precision,province_id,province,district_id,district,ex_fata,type,target,status,title,perpetrators,source_count,url",
    );
    expect(lines.length).toBe(451);
    expect(text).not.toContain("#");
    expect(res.headers.get("x-total-count")).toBe("450");
    // the crafted title is written as text, not as a formula
    expect(lines[1]).toBe(
      "incident-0,2026-02-27,DAY,,,,,false,OTHER,UNKNOWN,REPORTED,'=cmd|' /C calc'!A0,,1,https://frontier.example/incidents/incident-0",
    );
  });

  it("says where the citation and licence went: Link, X-Total-Count and a dated file name", async () => {
    const res = await incidentsResponse(fakeReader(3).reader, `${base}/incidents?type=OTHER&format=csv`, ctx);
    expect(res.headers.get("link")).toBe(
      '<https://frontier.example/api/v1/incidents?type=OTHER&format=csv>; rel="cite-as", <https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    );
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="frontier-monitor-incidents-2026-05-01.csv"',
    );
    expect(res.headers.get("x-total-count")).toBe("3");
    const json = await incidentsResponse(fakeReader(3).reader, `${base}/incidents?type=OTHER`, ctx);
    expect(json.headers.get("link")).toBe(
      '<https://frontier.example/api/v1/incidents?type=OTHER>; rel="cite-as", <https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    );
  });

  it("says in meta what total counts and how far the record reaches, and when it has not caught up", async () => {
    const { meta } = await (await incidentsResponse(fakeReader(3).reader, `${base}/incidents`, ctx)).json();
    expect(meta.counts).toMatch(/^Incidents in this record: .*Not a national count of attacks/);
    expect(meta.coverage).toEqual({
      incidents: 3,
      documents: 3,
      firstIncidentOn: "2026-02-27",
      latestIncidentOn: "2026-02-27",
      periodTo: "2026-05-01",
      notCaughtUp: true,
      note: "Incidents in this record only, each with its sources: 3 incidents in Pakistan from 3 documents, 2026-02-27 to 2026-02-27 (latest incident). Not a national count of attacks. The record's latest incident is dated 2026-02-27; it has not caught up with the period to 2026-05-01.",
    });
    const within = await (await incidentsResponse(fakeReader(3).reader, `${base}/incidents?to=2026-02-28`, ctx)).json();
    expect(within.meta.coverage).toMatchObject({ periodTo: "2026-02-28", notCaughtUp: true });
    const caughtUp = await (
      await incidentsResponse(fakeReader(3).reader, `${base}/incidents?to=2026-02-27`, ctx)
    ).json();
    expect(caughtUp.meta.coverage).toMatchObject({ periodTo: "2026-02-27", notCaughtUp: false });
    expect(caughtUp.meta.coverage.note).not.toContain("caught up");
    const text = await (
      await incidentsResponse(fakeReader(3).reader, `${base}/incidents?format=csv&meta=comments`, ctx)
    ).text();
    expect(text).toContain("# Rows are incidents in this record");
    expect(text).toContain("it has not caught up with the period to 2026-05-01.");
  });

  it("shows a cut-off in X-Total-Count, and in the # lines when they are asked for", async () => {
    const { reader } = fakeReader(CSV_MAX_ROWS + 5);
    const plain = await incidentsResponse(reader, `${base}/incidents?format=csv`, ctx);
    expect(plain.headers.get("x-total-count")).toBe(String(CSV_MAX_ROWS + 5));
    expect((await plain.text()).split("\r\n").filter(Boolean).length).toBe(CSV_MAX_ROWS + 1);
    const text = await (await incidentsResponse(reader, `${base}/incidents?format=csv&meta=comments`, ctx)).text();
    expect(text).toContain(`# Rows: ${CSV_MAX_ROWS} of ${CSV_MAX_ROWS + 5} matching.`);
    expect(text).toContain("# Cut off at");
  });
});
