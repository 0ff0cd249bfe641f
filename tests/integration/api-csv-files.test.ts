// Every CSV the site serves (the API's four CSV endpoints; the pages' download links point at
// them) read the way a notebook reads it: by a strict RFC 4180 parser that is not ours
// (csv-parse, nothing relaxed), from the first byte. The header must be the first record, every
// record must have its fields, and the row count must agree with the JSON for the same query.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { LICENCE } from "@/lib/api/citation";
import { claimsResponse } from "@/lib/api/claims-api";
import { countsResponse } from "@/lib/api/counts-api";
import { incidentsResponse } from "@/lib/api/incidents-api";
import { mediationResponse } from "@/lib/api/mediation-api";
import { dbReader, type ApiReader } from "@/lib/api/reader";
import { eachDatabase } from "../setup/each-database";
import { raw } from "../setup/raw-dataset";
import { BASE, ctx } from "./api-helpers";

const STRICT = {
  bom: true,
  relax_quotes: false,
  relax_column_count: false,
  record_delimiter: "\r\n",
  skip_empty_lines: false,
} as const;

type Handler = (reader: ApiReader, url: string, c: typeof ctx) => Promise<Response>;
type Case = {
  name: string;
  handler: Handler;
  path: string;
  query: string;
  /** Where the JSON answer to the same query states the number of CSV rows. */
  jsonTotal: (body: { meta: { total: number; totals?: { events: number } } }) => number;
  header: string[];
  dates: string[];
  booleans: string[];
  integers: string[];
};

const INCIDENT_HEADER = [
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
];
const CLAIM_HEADER = [
  "id",
  "claimant_id",
  "claimant",
  "claimant_side",
  "stated_by",
  "subject",
  "metric",
  "value_low",
  "value_high",
  "qualifier",
  "figure",
  "stance",
  "made_on",
  "revises_id",
  "chain_id",
  "document_id",
  "document_title",
  "document_url",
  "quote",
  "quote_kind",
  "also_reported_by",
];
const MEDIATION_HEADER = [
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
];
const COUNT_HEADER = [
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
const episodeId = raw.claims.find((c) => c.episodeId)!.episodeId as string;

const incidents = {
  handler: incidentsResponse,
  path: "incidents",
  jsonTotal: (b: { meta: { total: number } }) => b.meta.total,
  header: INCIDENT_HEADER,
  dates: ["date"],
  booleans: ["ex_fata"],
  integers: ["source_count"],
};
const claims = {
  handler: claimsResponse,
  path: "claims",
  jsonTotal: (b: { meta: { total: number } }) => b.meta.total,
  header: CLAIM_HEADER,
  dates: ["made_on"],
  booleans: [],
  integers: ["value_low", "value_high"],
};
const CASES: Case[] = [
  { ...incidents, name: "incidents, all", query: "" },
  {
    ...incidents,
    name: "incidents, KP in February",
    query: "province=PK-KP&from=2026-02-01&to=2026-02-28&sort=date-asc",
  },
  { ...claims, name: "claims of a period", query: "from=2025-01-01&to=2026-12-31" },
  { ...claims, name: "claims of an episode", query: `episode=${episodeId}` },
  {
    name: "period counts, every version",
    handler: countsResponse,
    path: "counts",
    query: "versions=all",
    jsonTotal: (b) => b.meta.total,
    header: COUNT_HEADER,
    // published_on may be empty (a page that shows no date); the period's days never are.
    dates: ["period_start", "period_end"],
    booleans: ["period_approximate", "low_confidence", "revised"],
    integers: ["value_low", "value_high"],
  },
  {
    name: "mediation events",
    handler: mediationResponse,
    path: "mediation",
    query: "",
    // The JSON's meta.total counts tracks; the CSV has one row per event.
    jsonTotal: (b) => b.meta.totals!.events,
    header: MEDIATION_HEADER,
    dates: ["date"],
    booleans: [],
    integers: ["round"],
  },
];

const withQuery = (path: string, ...parts: string[]) => `${BASE}/${path}?${parts.filter(Boolean).join("&")}`;

/** True when every line break outside quoted fields is CRLF (inside quotes a text may hold its own). */
function lineEndsAreCrlf(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"')
      quoted = !quoted; // a doubled quote toggles twice: net unchanged
    else if (!quoted && text[i] === "\n" && text[i - 1] !== "\r") return false;
    else if (!quoted && text[i] === "\r" && text[i + 1] !== "\n") return false;
  }
  return text.endsWith("\r\n");
}

describe("the strict-reading helpers catch what they must", () => {
  it("flags a bare LF or CR outside quotes and a missing final CRLF, not one inside quotes", () => {
    expect(lineEndsAreCrlf('a,b\r\n"x\ny",2\r\n')).toBe(true);
    expect(lineEndsAreCrlf("a,b\n1,2\r\n")).toBe(false);
    expect(lineEndsAreCrlf("a,b\r1,2\r\n")).toBe(false);
    expect(lineEndsAreCrlf("a,b\r\n1,2")).toBe(false);
  });

  it("has csv-parse refuse the pre-fix file: # lines before the header give the wrong field count", () => {
    const old =
      "\uFEFF# Frontier Monitor (2026). Citation.\r\n# Data: CC BY 4.0\r\nid,date,title\r\na,2026-02-01,x\r\n";
    expect(() => parse(old, STRICT)).toThrow(/column|field|record/i);
    expect(() => parse('id,title\r\na,"un"closed\r\n', STRICT)).toThrow();
  });
});

describe.each(eachDatabase())("every CSV download read strictly on $name", ({ db }) => {
  const reader = dbReader(db);

  describe.each(CASES)("$name", (c) => {
    it("starts with the BOM and then the header row, every record full, CRLF line ends, as many rows as the JSON's total", async () => {
      const res = await c.handler(reader, withQuery(c.path, c.query, "format=csv"), ctx);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3, 3 + c.header[0]!.length).toString("utf8")).toBe(c.header[0]);
      expect(lineEndsAreCrlf(bytes.toString("utf8"))).toBe(true);

      const records: string[][] = parse(bytes, STRICT);
      expect(records[0]).toEqual(c.header);
      for (const r of records) expect(r.length).toBe(c.header.length);
      const rows = records.slice(1).map((r) => Object.fromEntries(c.header.map((h, i) => [h, r[i]!])));

      const json = await (await c.handler(reader, withQuery(c.path, c.query), ctx)).json();
      expect(rows.length).toBe(c.jsonTotal(json));
      expect(rows.length).toBeGreaterThan(0);
      expect(res.headers.get("x-total-count")).toBe(String(rows.length));

      for (const row of rows) {
        for (const col of c.dates) expect(row[col], col).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const col of c.booleans) expect(row[col], col).toMatch(/^(true|false)$/);
        for (const col of c.integers) expect(row[col], col).toMatch(/^(-?\d+)?$/);
      }
    });

    it("sends the citation, the licence and a dated file name in its headers", async () => {
      const res = await c.handler(reader, withQuery(c.path, c.query, "format=csv"), ctx);
      const cited = `https://frontier.example/api/v1/${c.path}?${[c.query, "format=csv"].filter(Boolean).join("&")}`;
      expect(res.headers.get("link")).toBe(
        `<${cited}>; rel="cite-as", <https://creativecommons.org/licenses/by/4.0/>; rel="license"`,
      );
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="frontier-monitor-${c.path}-2026-11-22.csv"`,
      );
    });

    it("with meta=comments opens with # lines, then the same header and rows", async () => {
      const plain: string[][] = parse(
        Buffer.from(await (await c.handler(reader, withQuery(c.path, c.query, "format=csv"), ctx)).arrayBuffer()),
        STRICT,
      );
      const res = await c.handler(reader, withQuery(c.path, c.query, "format=csv", "meta=comments"), ctx);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString("utf8");
      expect(lineEndsAreCrlf(text)).toBe(true);
      const lines = text.split("\r\n");
      const commentCount = lines.findIndex((l) => !l.startsWith("#"));
      expect(commentCount).toBeGreaterThanOrEqual(5);
      expect(lines[0]).toMatch(
        /^# Frontier Monitor \(2026\)\. Pakistan–Afghanistan conflict record\. https:\/\/frontier\.example\/api\/v1\//,
      );
      expect(lines[1]).toBe(`# ${LICENCE}`);
      expect(lines[commentCount - 1]).toContain(`skiprows=${commentCount}`);
      const records: string[][] = parse(bytes, { ...STRICT, from_line: commentCount + 1 });
      expect(records).toEqual(plain);
    });
  });

  it("pages a CSV when asked, X-Total-Count still counting every match", async () => {
    const all: string[][] = parse(
      Buffer.from(
        await (
          await incidentsResponse(reader, withQuery("incidents", "sort=date-asc", "format=csv"), ctx)
        ).arrayBuffer(),
      ),
      STRICT,
    );
    const res = await incidentsResponse(
      reader,
      withQuery("incidents", "sort=date-asc", "format=csv", "pageSize=5", "page=2"),
      ctx,
    );
    const page: string[][] = parse(Buffer.from(await res.arrayBuffer()), STRICT);
    expect(page[0]).toEqual(INCIDENT_HEADER);
    expect(page.slice(1)).toEqual(all.slice(6, 11));
    expect(res.headers.get("x-total-count")).toBe(String(all.length - 1));
  });
});
