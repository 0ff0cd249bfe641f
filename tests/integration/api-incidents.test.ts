import { describe, expect, it } from "vitest";
import { API_ENDPOINTS } from "@/lib/api/api-index";
import { LICENCE } from "@/lib/api/citation";
import { incidentResponse } from "@/lib/api/incident-api";
import { incidentsResponse } from "@/lib/api/incidents-api";
import { dbReader } from "@/lib/api/reader";
import { eachDatabase } from "../setup/each-database";
import { attackInPakistan, districtOf, provinceOf, raw } from "../setup/raw-dataset";
import { BASE, ctx, documentedNames, expectCacheable, expectProblem, readCsv } from "./api-helpers";

const attacks = raw.incidents.filter(attackInPakistan);
const kpFeb = attacks.filter(
  (i) => provinceOf(i.placeId) === "PK-KP" && i.occurredOn >= "2026-02-01" && i.occurredOn <= "2026-02-28",
);
const perpKeys = (ps: { actorId: string; basis: string; attributedById?: string; byId?: string }[]) =>
  ps.map((p) => `${p.actorId}/${p.basis}/${p.attributedById ?? p.byId}`).sort();
const sortedIds = (rows: Record<string, unknown>[]) => rows.map((r) => String(r.id)).sort();

describe.each(eachDatabase())("GET /api/v1/incidents on $name", ({ db }) => {
  const reader = dbReader(db);
  const get = (qs: string) => incidentsResponse(reader, `${BASE}/incidents${qs}`, ctx);

  it("returns the attacks the dataset holds for a province and a date range, with their facts", async () => {
    expect(kpFeb.length).toBeGreaterThan(3);
    const res = await get("?province=PK-KP&from=2026-02-01&to=2026-02-28");
    expectCacheable(res);
    const body = await res.json();
    expect(body.meta).toMatchObject({
      licence: LICENCE,
      total: kpFeb.length,
      page: 1,
      pageSize: 50,
      generatedAt: ctx.now.toISOString(),
      filters: { province: "PK-KP", from: "2026-02-01", to: "2026-02-28", sort: "date-desc" },
      citation:
        "Frontier Monitor (2026). Pakistan–Afghanistan conflict record. https://frontier.example/api/v1/incidents?province=PK-KP&from=2026-02-01&to=2026-02-28. Retrieved 2026-11-22.",
    });
    expect(sortedIds(body.data)).toEqual(sortedIds(kpFeb));
    const dates = body.data.map((r: { date: string }) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const row of body.data) {
      const src = kpFeb.find((i) => i.id === row.id)!;
      expect(row).toMatchObject({
        date: src.occurredOn,
        datePrecision: src.datePrecision,
        provinceId: "PK-KP",
        districtId: districtOf(src.placeId),
        type: src.type,
        target: src.targetType,
        status: src.status,
        title: src.title,
        sourceCount: src.citations.length,
        url: `https://frontier.example/incidents/${src.id}`,
      });
      expect(perpKeys(row.perpetrators)).toEqual(perpKeys(src.perpetrators));
      for (const p of row.perpetrators)
        expect(p.quote.length * p.documentTitle.length * p.by.length).toBeGreaterThan(0);
    }
    expect(body.data.find((r: { districtId: string }) => r.districtId === "PK-KP-bajaur")?.exFata).toBe(true);
  });

  it("gives each row exactly the documented fields", async () => {
    const body = await (await get("?pageSize=1")).json();
    expect(Object.keys(body.data[0]).sort()).toEqual(documentedNames(API_ENDPOINTS[0]!.fields).sort());
  });

  it("pages through every attack once, with the total on each page", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(attacks.length / 7); page++) {
      const body = await (await get(`?sort=date-asc&pageSize=7&page=${page}`)).json();
      expect(body.meta).toMatchObject({ total: attacks.length, page, pageSize: 7 });
      seen.push(...body.data.map((r: { id: string }) => r.id));
    }
    expect(seen.sort()).toEqual(sortedIds(attacks));
    const beyond = await (await get(`?pageSize=7&page=${Math.ceil(attacks.length / 7) + 1}`)).json();
    expect(beyond.data).toEqual([]);
    expect(beyond.meta.total).toBe(attacks.length);
  });

  it("writes the same selection as CSV: header on the first line, one line per row, citation in the headers", async () => {
    const res = await get("?province=PK-KP&from=2026-02-01&to=2026-02-28&format=csv");
    expectCacheable(res);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="frontier-monitor-incidents-2026-11-22.csv"',
    );
    expect(res.headers.get("link")).toBe(
      '<https://frontier.example/api/v1/incidents?province=PK-KP&from=2026-02-01&to=2026-02-28&format=csv>; rel="cite-as", <https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    );
    expect(res.headers.get("x-total-count")).toBe(String(kpFeb.length));
    const csv = await readCsv(res);
    expect(csv.bom).toBe(true);
    expect(csv.comments).toEqual([]);
    expect(csv.header).toEqual([
      "id",
      "date",
      "date_precision",
      "province_id",
      "province",
      "district_id",
      "district",
      "ex_fata",
      "type",
      "target",
      "status",
      "title",
      "perpetrators",
      "source_count",
      "url",
    ]);
    expect(csv.rows.length).toBe(kpFeb.length);
    expect(sortedIds(csv.records)).toEqual(sortedIds(kpFeb));
    for (const r of csv.records) {
      const src = kpFeb.find((i) => i.id === r.id)!;
      expect(r.title).toBe(src.title);
      expect(r.date).toBe(src.occurredOn);
      expect(r.province_id).toBe("PK-KP");
      expect(r.ex_fata).toEqual(r.district_id === "PK-KP-bajaur" ? "true" : expect.stringMatching(/^(true|false)$/));
      expect(r.source_count).toBe(String(src.citations.length));
      expect(String(r.perpetrators).split("; ").filter(Boolean).length).toBe(src.perpetrators.length);
    }
  });

  it("puts citation, licence, filters and row count in # lines above the header with meta=comments", async () => {
    const csv = await readCsv(await get("?province=PK-KP&from=2026-02-01&to=2026-02-28&format=csv&meta=comments"));
    expect(csv.comments[0]).toBe(
      "# Frontier Monitor (2026). Pakistan–Afghanistan conflict record. https://frontier.example/api/v1/incidents?province=PK-KP&from=2026-02-01&to=2026-02-28&format=csv&meta=comments. Retrieved 2026-11-22.",
    );
    expect(csv.comments[1]).toBe(`# ${LICENCE}`);
    expect(csv.comments.some((c) => c.includes("province=PK-KP") && c.startsWith("# Filters:"))).toBe(true);
    expect(csv.comments).toContain(
      `# Rows: ${kpFeb.length} of ${kpFeb.length} matching. Generated 2026-11-22T10:00:00.000Z.`,
    );
    expect(csv.comments.at(-1)).toContain(`skiprows=${csv.comments.length}`);
    expect(csv.header[0]).toBe("id");
    expect(csv.rows.length).toBe(kpFeb.length);
  });

  it("says it counts the incidents in this record, with the record's reach, and where it has not caught up", async () => {
    const latest = attacks
      .map((i) => i.occurredOn as string)
      .sort()
      .at(-1)!;
    const documents = new Set(attacks.flatMap((i) => i.citations.map((c: { documentId: string }) => c.documentId)));
    const { meta } = await (await get("?province=PK-KP&from=2026-02-01&to=2026-02-28")).json();
    expect(meta.counts).toMatch(/^Incidents in this record: .*Not a national count of attacks/);
    expect(meta.coverage).toMatchObject({
      incidents: attacks.length,
      documents: documents.size,
      firstIncidentOn: attacks.map((i) => i.occurredOn as string).sort()[0],
      latestIncidentOn: latest,
      periodTo: "2026-02-28",
      notCaughtUp: latest < "2026-02-28",
    });
    expect(meta.coverage.note).toContain(`${attacks.length} incidents in Pakistan`);
    // Without `to` the period runs to the day of the request, past the record's latest incident.
    const open = await (await get("")).json();
    expect(open.meta.coverage).toMatchObject({ periodTo: "2026-11-22", notCaughtUp: true });
    expect(open.meta.coverage.note).toContain(
      `The record's latest incident is dated ${latest}; it has not caught up with the period to 2026-11-22.`,
    );
  });

  it("puts every matching row in a CSV asked for without paging", async () => {
    const csv = await readCsv(await get("?format=csv"));
    expect(csv.rows.length).toBe(attacks.length);
    const paged = await readCsv(await get("?format=csv&pageSize=5&page=2"));
    expect(paged.rows.length).toBe(Math.min(5, attacks.length - 5));
  });

  it.each([
    ["?from=2026-13-01", "from"],
    ["?province=KP", "province"],
    ["?pageSize=1000", "pageSize"],
    ["?unknown=1", "unknown"],
    ["?from=2026-03-01&to=2026-02-01", "to"],
    ["?type=NUKE", "type"],
    ["?sort=best", "sort"],
    ["?page=0", "page"],
  ])("refuses %s naming %s", async (qs, parameter) => {
    await expectProblem(await get(qs), 400, parameter);
  });
});

describe.each(eachDatabase())("GET /api/v1/incidents/{id} on $name", ({ db }) => {
  const reader = dbReader(db);
  const withClaims = raw.incidents.find(
    (i) => i.perpetrators.length > 0 && raw.claims.some((c) => c.incidentId === i.id),
  )!;

  it("returns one incident with its perpetrators, citations and claims, each sourced", async () => {
    const res = await incidentResponse(reader, `${BASE}/incidents/${withClaims.id}`, withClaims.id, ctx);
    expectCacheable(res);
    const { meta, data } = await res.json();
    expect(meta.licence).toBe(LICENCE);
    expect(meta.citation).toContain(
      `https://frontier.example/api/v1/incidents/${withClaims.id}. Retrieved 2026-11-22.`,
    );
    expect(data).toMatchObject({
      id: withClaims.id,
      title: withClaims.title,
      date: withClaims.occurredOn,
      type: withClaims.type,
    });
    expect(perpKeys(data.perpetrators)).toEqual(perpKeys(withClaims.perpetrators));
    expect(data.citations.map((c: { documentId: string }) => c.documentId).sort()).toEqual(
      withClaims.citations.map((c: { documentId: string }) => c.documentId).sort(),
    );
    const expected = raw.claims.filter((c) => c.incidentId === withClaims.id);
    expect(sortedIds(data.claims)).toEqual(sortedIds(expected));
    for (const c of data.claims) {
      const src = expected.find((x) => x.id === c.id)!;
      expect(c).toMatchObject({
        claimantId: src.claimantId,
        qualifier: src.qualifier,
        valueLow: src.valueLow,
        quote: src.quote,
        documentId: src.documentId,
      });
      expect(c.claimant && c.documentTitle && c.figure).toBeTruthy();
    }
  });

  it("answers 404 for an unknown incident and 400 for a malformed id", async () => {
    await expectProblem(
      await incidentResponse(reader, `${BASE}/incidents/no-such-incident`, "no-such-incident", ctx),
      404,
      "id",
    );
    await expectProblem(await incidentResponse(reader, `${BASE}/incidents/NO_SUCH`, "NO_SUCH", ctx), 400, "id");
  });
});
