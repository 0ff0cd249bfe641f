// GET /api/v1/counts on the real databases with the seeded dataset. The oracle is the dataset file
// read as plain JSON (each row of national-counts.md, one figure per count), and a few figures
// written here by hand from national-counts.md itself: PICSS counted at least 74 militant attacks
// in January 2025; its April 2025 count was 82 in the April report and 81 as restated in May;
// PIPS counted 699 "terrorist attacks" in 2025.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { API_ENDPOINTS } from "@/lib/api/api-index";
import { LICENCE } from "@/lib/api/citation";
import { countsResponse } from "@/lib/api/counts-api";
import { dbReader } from "@/lib/api/reader";
import { eachDatabase } from "../setup/each-database";
import { readRaw } from "../setup/raw-dataset";
import { BASE, ctx, documentedNames, expectCacheable, expectProblem } from "./api-helpers";

type Row = Record<string, unknown> & { id: string };

const STRICT = { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: "\r\n" } as const;
const HEADER = [
  "count_id",
  "counter_id",
  "counter",
  "period_kind",
  "period_start",
  "period_end",
  "period_approximate",
  "metric",
  "violence",
  "group",
  "region",
  "area",
  "term",
  "value_low",
  "value_high",
  "qualifier",
  "document_id",
  "document_title",
  "document_url",
  "published_on",
  "quote",
  "quote_kind",
  "low_confidence",
  "note",
  "revises_id",
  "chain_id",
  "revised",
];
/** CSV column → the JSON field it carries. */
const FIELD: Record<string, string> = {
  count_id: "id",
  ...Object.fromEntries(
    HEADER.slice(1).map((column) => [column, column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())]),
  ),
};

// The dataset's figures, one per count, with the row (period, document, quote) each comes from.
const figures = readRaw("period-counts").flatMap((row) =>
  (row.counts as Row[]).map((figure) => ({ id: `${row.id}--${figure.key}`, row, figure })),
);
const byId = new Map(figures.map((entry) => [entry.id, entry]));
const restated = new Set(figures.map((entry) => entry.figure.revises).filter(Boolean));

/** A JSON value as the CSV must write it: empty for null, formula-like text behind a quote mark. */
const asCell = (value: unknown) =>
  value === null || value === undefined
    ? ""
    : typeof value === "string" && /^[=+\-@\t\r]/.test(value)
      ? `'${value}`
      : String(value);

const PICSS_MONTHLY_ATTACKS = "counter=picss&period=MONTH&metric=ATTACKS";
const national = (rows: Row[], month: string) =>
  rows.filter((r) => r.region === "PAKISTAN" && r.violence === "MILITANT_ATTACKS" && r.periodStart === `${month}-01`);

describe.each(eachDatabase())("GET /api/v1/counts on $name", ({ db }) => {
  const reader = dbReader(db);
  const get = (qs: string) => countsResponse(reader, `${BASE}/counts${qs}`, ctx);
  /** Every page of a JSON answer, read the way a client pages. */
  async function readAllJson(qs: string) {
    const data: Row[] = [];
    for (let page = 1; ; page++) {
      const body = await (await get(`?${qs}${qs ? "&" : ""}pageSize=200&page=${page}`)).json();
      data.push(...body.data);
      if (data.length >= body.meta.total || body.data.length === 0) return { meta: body.meta, data };
    }
  }

  it("returns every published figure, each as the dataset has it, with its counter, document and quote", async () => {
    expect(figures.length).toBeGreaterThan(170);
    const { meta, data } = await readAllJson("versions=all");
    expect(meta.total).toBe(figures.length);
    expect(data.map((r) => r.id).sort()).toEqual([...byId.keys()].sort());
    for (const r of data) {
      const { row, figure } = byId.get(r.id)!;
      expect(r).toMatchObject({
        counterId: row.counterId,
        periodKind: row.period.kind,
        periodStart: row.period.start,
        periodEnd: row.period.end,
        metric: figure.metric,
        violence: figure.violence,
        term: figure.term,
        valueLow: figure.value,
        valueHigh: figure.valueHigh ?? figure.value,
        qualifier: figure.qualifier ?? "EXACT",
        documentId: figure.documentId ?? row.documentId,
        quote: figure.quote ?? row.quote,
        lowConfidence: row.lowConfidence ?? false,
        revisesId: figure.revises ?? null,
        revised: restated.has(r.id),
      });
      for (const key of ["counter", "documentTitle", "quote", "figure", "term"])
        expect(String(r[key] ?? "").length, `${r.id} ${key}`).toBeGreaterThan(0);
    }
    const endpoint = API_ENDPOINTS.find((e) => e.path === "/api/v1/counts")!;
    expect(Object.keys(data[0]!).sort()).toEqual(documentedNames(endpoint.fields).sort());
  });

  it("says in meta what the figures are, and which versions it shows", async () => {
    const res = await get(`?${PICSS_MONTHLY_ATTACKS}`);
    expectCacheable(res);
    const { meta } = await res.json();
    expect(meta).toMatchObject({
      licence: LICENCE,
      generatedAt: ctx.now.toISOString(),
      filters: { counter: "picss", period: "MONTH", metric: "ATTACKS", versions: "latest" },
      page: 1,
      pageSize: 50,
      versions: { shown: "latest" },
      citation: `Frontier Monitor (2026). Pakistan–Afghanistan conflict record. https://frontier.example/api/v1/counts?${PICSS_MONTHLY_ATTACKS}. Retrieved 2026-11-22.`,
    });
    expect(meta.counts).toMatch(/each as its counter published it/);
    expect(meta.counts).toMatch(/never summed across counters/);
    expect(meta.versions.note).toMatch(/restat/);
  });

  it("filters PICSS's monthly attack counts: January 2025 at least 74, April 2025 81 as restated", async () => {
    const { data } = await readAllJson(PICSS_MONTHLY_ATTACKS);
    expect(data.length).toBeGreaterThan(12);
    for (const r of data) expect(r).toMatchObject({ counterId: "picss", periodKind: "MONTH", metric: "ATTACKS" });
    expect(national(data, "2025-01")).toEqual([
      expect.objectContaining({ valueLow: 74, valueHigh: 74, qualifier: "AT_LEAST", figure: "at least 74" }),
    ]);
    expect(national(data, "2025-04")).toEqual([
      expect.objectContaining({ valueLow: 81, qualifier: "EXACT", revised: false }),
    ]);
    // Only the latest version: no chain appears twice.
    expect(new Set(data.map((r) => r.chainId)).size).toBe(data.length);
    expect(data.every((r) => r.revised === false)).toBe(true);
  });

  it("keeps the restated figure with versions=all: April 2025's 82, revised by the 81", async () => {
    const { data } = await readAllJson(`${PICSS_MONTHLY_ATTACKS}&versions=all`);
    const april = national(data, "2025-04");
    expect(april.map((r) => r.valueLow).sort()).toEqual([81, 82]);
    const first = april.find((r) => r.valueLow === 82)!;
    const restatement = april.find((r) => r.valueLow === 81)!;
    expect(first).toMatchObject({ revised: true, revisesId: null, chainId: first.id });
    expect(restatement).toMatchObject({ revised: false, revisesId: first.id, chainId: first.id });
    expect(restatement.documentId).not.toBe(first.documentId);
  });

  it("filters by period overlap and region, and keeps two counters' annual counts as two rows", async () => {
    const spring = await readAllJson(`${PICSS_MONTHLY_ATTACKS}&region=PAKISTAN&from=2025-03-01&to=2025-05-31`);
    expect(
      spring.data.filter((r) => r.violence === "MILITANT_ATTACKS").map((r) => String(r.periodStart).slice(0, 7)),
    ).toEqual(["2025-03", "2025-04", "2025-05"]);
    for (const r of spring.data) expect(r.region).toBe("PAKISTAN");

    const { data } = await readAllJson("period=YEAR&metric=ATTACKS&region=PAKISTAN&from=2025-01-01&to=2025-12-31");
    const pips = data.filter((r) => r.counterId === "pips");
    expect(pips).toEqual([
      expect.objectContaining({ valueLow: 699, term: expect.stringMatching(/terrorist attacks/) }),
    ]);
    // PICSS's count for the same year is its own row, in its own term: the two are never one figure.
    const picss = data.filter((r) => r.counterId === "picss" && r.violence === "MILITANT_ATTACKS");
    expect(picss.length).toBeGreaterThan(0);
    for (const r of picss) expect(r.term).toMatch(/militant attacks/);
  });

  it("pages the figures with the total on each page", async () => {
    const p1 = await (await get("?pageSize=10")).json();
    const p2 = await (await get("?pageSize=10&page=2")).json();
    expect(p1.meta).toMatchObject({ total: figures.length - restated.size, page: 1, pageSize: 10 });
    expect(p1.data.length).toBe(10);
    expect(new Set([...p1.data, ...p2.data].map((r: Row) => r.id)).size).toBe(20);
  });

  it("writes CSV that a strict parser reads back to the JSON's figures, value for value", async () => {
    const query = `${PICSS_MONTHLY_ATTACKS}&versions=all`;
    const res = await get(`?${query}&format=csv`);
    expectCacheable(res);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="frontier-monitor-counts-2026-11-22.csv"',
    );
    expect(res.headers.get("link")).toBe(
      `<https://frontier.example/api/v1/counts?${query}&format=csv>; rel="cite-as", <https://creativecommons.org/licenses/by/4.0/>; rel="license"`,
    );
    const records: string[][] = parse(Buffer.from(await res.arrayBuffer()), STRICT);
    expect(records[0]).toEqual(HEADER);
    const { meta, data } = await readAllJson(query);
    expect(res.headers.get("x-total-count")).toBe(String(meta.total));
    expect(records.length - 1).toBe(data.length);
    records.slice(1).forEach((record, i) => {
      const json = data[i]!;
      HEADER.forEach((column, c) => expect(record[c], `${json.id} ${column}`).toBe(asCell(json[FIELD[column]!])));
    });
  });

  it("with meta=comments puts the citation, the licence and what the figures are in # lines above the header", async () => {
    const text = (await (await get(`?${PICSS_MONTHLY_ATTACKS}&format=csv&meta=comments`)).text()).replace(
      /^\uFEFF/,
      "",
    );
    const lines = text.split("\r\n");
    const commentCount = lines.findIndex((l) => !l.startsWith("#"));
    expect(lines[0]).toMatch(/^# Frontier Monitor \(2026\)\. .*\/api\/v1\/counts\?counter=picss/);
    expect(lines[1]).toBe(`# ${LICENCE}`);
    expect(text).toContain("never summed across counters");
    expect(text).toContain("# Versions: latest.");
    expect(lines[commentCount - 1]).toContain(`skiprows=${commentCount}`);
    expect(lines[commentCount]!.split(",")).toEqual(HEADER);
  });

  it.each([
    ["?metric=NOPE", "metric"],
    ["?from=2025-13-01", "from"],
    ["?countr=picss", "countr"],
    ["?from=2025-06-01&to=2025-01-31", "to"],
    ["?versions=newest", "versions"],
    ["?region=KP", "region"],
    ["?pageSize=500", "pageSize"],
    ["?format=xlsx", "format"],
    [`?${PICSS_MONTHLY_ATTACKS}&meta=comments`, "meta"],
  ] as const)("answers %s with 400 naming %s", async (qs, parameter) => {
    await expectProblem(await get(qs), 400, parameter);
  });
});
