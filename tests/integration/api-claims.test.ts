import { describe, expect, it } from "vitest";
import { API_ENDPOINTS } from "@/lib/api/api-index";
import { LICENCE } from "@/lib/api/citation";
import { claimsResponse } from "@/lib/api/claims-api";
import { dbReader } from "@/lib/api/reader";
import { eachDatabase } from "../setup/each-database";
import { raw } from "../setup/raw-dataset";
import { BASE, ctx, documentedNames, expectCacheable, expectProblem, readCsv } from "./api-helpers";

const actors = new Map(raw.actors.map((a) => [a.id, a]));
const episodes = new Map(raw.episodes.map((e) => [e.id, e]));
const incidents = new Map(raw.incidents.map((i) => [i.id, i]));
const inRange = (d: string, from: string, to: string) => d >= from && d <= to;
/** The dataset's own answer to "which claims fall in this period", by the scope each claim names. */
const claimsInPeriod = (from: string, to: string) =>
  raw.claims.filter((c) => {
    if (c.incidentId) return inRange(incidents.get(c.incidentId)!.occurredOn, from, to);
    if (c.episodeId) {
      const e = episodes.get(c.episodeId)!;
      return inRange(e.startsOn, from, to) && inRange(e.endsOn ?? e.startsOn, from, to);
    }
    return inRange(c.periodStart, from, to) && inRange(c.periodEnd, from, to);
  });
const sortedIds = (rows: Record<string, unknown>[]) => rows.map((r) => String(r.id)).sort();
const episodeId = raw.claims.find((c) => c.episodeId)!.episodeId as string;
const incidentId = raw.claims.find((c) => c.incidentId)!.incidentId as string;

type Row = Record<string, unknown> & { id: string };

/** Every row as the dataset has it: claimant, figure, qualifier, document and quote kept together. */
function expectFaithful(rows: Row[]) {
  for (const r of rows) {
    const src = raw.claims.find((c) => c.id === r.id)!;
    expect(src, r.id).toBeDefined();
    expect(r).toMatchObject({
      claimantId: src.claimantId,
      claimant: actors.get(src.claimantId)!.name,
      claimantSide: actors.get(src.claimantId)!.side,
      subject: src.subject,
      metric: src.metric,
      valueLow: src.valueLow,
      valueHigh: src.valueHigh,
      qualifier: src.qualifier,
      stance: src.stance ?? "ASSERTED",
      madeOn: src.madeOn,
      revisesId: src.revisesId ?? null,
      documentId: src.documentId,
      quote: src.quote,
      statedBy: src.statedBy ?? null,
    });
    for (const key of ["claimant", "documentTitle", "quote", "figure"])
      expect(String(r[key] ?? "").length, `${r.id} ${key}`).toBeGreaterThan(0);
    if (src.qualifier === "NONE") expect(r.figure).toBe("none");
    if (src.qualifier === "AT_LEAST") expect(r.figure).toMatch(/^at least /);
    if (src.qualifier === "MORE_THAN") expect(r.figure).toMatch(/^more than /);
    if (src.qualifier === "RANGE") expect(r.figure).toMatch(/–/);
  }
}

describe.each(eachDatabase())("GET /api/v1/claims on $name", ({ db }) => {
  const reader = dbReader(db);
  const get = (qs: string) => claimsResponse(reader, `${BASE}/claims${qs}`, ctx);

  it("returns an episode's claims, one row per claim, each with claimant, document and quote", async () => {
    const res = await get(`?episode=${episodeId}&pageSize=200`);
    expectCacheable(res);
    const body = await res.json();
    const expected = raw.claims.filter((c) => c.episodeId === episodeId);
    expect(body.meta).toMatchObject({ licence: LICENCE, total: expected.length, filters: { episode: episodeId } });
    expect(sortedIds(body.data)).toEqual(sortedIds(expected));
    expectFaithful(body.data);
  });

  it("keeps revision chains: every revision points at a claim of the same claimant in its chain", async () => {
    const body = await (await get(`?from=2025-01-01&to=2026-12-31&pageSize=200`)).json();
    const byId = new Map<string, Row>(body.data.map((r: Row) => [r.id, r]));
    for (const r of body.data as Row[]) {
      if (!r.revisesId) {
        expect(r.chainId).toBe(r.id);
        continue;
      }
      const prev = byId.get(r.revisesId as string);
      if (prev) {
        expect(prev.claimantId).toBe(r.claimantId);
        expect(prev.chainId).toBe(r.chainId);
      }
    }
  });

  it("returns the claims of a period as the dataset scopes them, and no row lacks its source", async () => {
    const expected = claimsInPeriod("2025-01-01", "2026-12-31");
    const body = await (await get("?from=2025-01-01&to=2026-12-31&pageSize=200")).json();
    expect(body.meta.total).toBe(expected.length);
    expect(sortedIds(body.data)).toEqual(sortedIds(expected));
    expectFaithful(body.data);
    expect(Object.keys(body.data[0]).sort()).toEqual(documentedNames(API_ENDPOINTS[2]!.fields).sort());
  });

  it("pages the claims with the total on each page", async () => {
    const all = claimsInPeriod("2025-01-01", "2026-12-31");
    const p1 = await (await get("?from=2025-01-01&to=2026-12-31&pageSize=10")).json();
    const p2 = await (await get("?from=2025-01-01&to=2026-12-31&pageSize=10&page=2")).json();
    expect(p1.meta).toMatchObject({ total: all.length, page: 1, pageSize: 10 });
    expect(p1.data.length).toBe(Math.min(10, all.length));
    expect(new Set([...sortedIds(p1.data), ...sortedIds(p2.data)]).size).toBe(p1.data.length + p2.data.length);
  });

  it("returns an incident's claims and an empty list for a period without any", async () => {
    const body = await (await get(`?incident=${incidentId}`)).json();
    expect(sortedIds(body.data)).toEqual(sortedIds(raw.claims.filter((c) => c.incidentId === incidentId)));
    const empty = await (await get("?from=1990-01-01&to=1990-12-31")).json();
    expect(empty).toMatchObject({ meta: { total: 0 }, data: [] });
  });

  it("writes CSV with the header first and one line per claim, parsing back to the same values", async () => {
    const res = await get(`?episode=${episodeId}&format=csv`);
    expectCacheable(res);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="frontier-monitor-claims-2026-11-22.csv"',
    );
    expect(res.headers.get("link")).toBe(
      `<https://frontier.example/api/v1/claims?episode=${episodeId}&format=csv>; rel="cite-as", <https://creativecommons.org/licenses/by/4.0/>; rel="license"`,
    );
    const csv = await readCsv(res);
    expect(csv.comments).toEqual([]);
    const expected = raw.claims.filter((c) => c.episodeId === episodeId);
    expect(csv.rows.length).toBe(expected.length);
    expect(csv.header).toEqual([
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
    ]);
    for (const r of csv.records) {
      const src = expected.find((c) => c.id === r.id)!;
      expect(String(r.quote).replace(/^'/, "")).toBe(src.quote);
      expect(r.qualifier).toBe(src.qualifier);
      expect(Number(r.value_low)).toBe(src.valueLow);
      expect(r.made_on).toBe(src.madeOn);
      expect(r.revises_id).toBe(src.revisesId ?? "");
      expect(r.claimant && r.document_title).toBeTruthy();
    }
  });

  it("writes the citation and licence as # lines above the header with meta=comments", async () => {
    const csv = await readCsv(await get(`?episode=${episodeId}&format=csv&meta=comments`));
    expect(csv.comments[0]).toMatch(
      /^# Frontier Monitor \(2026\)\. Pakistan–Afghanistan conflict record\. https:\/\/frontier\.example\/api\/v1\/claims\?episode=/,
    );
    expect(csv.comments[1]).toBe(`# ${LICENCE}`);
    expect(csv.header[0]).toBe("id");
  });

  it.each([
    ["", 400, "incident"],
    ["?incident=a&episode=b", 400, "episode"],
    [`?episode=${episodeId}&from=2026-01-01&to=2026-02-01`, 400, "from"],
    ["?from=2026-01-01", 400, "to"],
    ["?from=2026-13-01&to=2026-12-31", 400, "from"],
    ["?unknown=1", 400, "unknown"],
    [`?episode=${episodeId}&meta=comments`, 400, "meta"],
    ["?incident=no-such-incident", 404, "incident"],
    ["?episode=no-such-episode", 404, "episode"],
  ] as const)("answers %s with %i naming %s", async (qs, status, parameter) => {
    await expectProblem(await get(qs), status, parameter);
  });
});
