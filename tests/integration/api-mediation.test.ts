import { describe, expect, it } from "vitest";
import { LICENCE } from "@/lib/api/citation";
import { mediationResponse } from "@/lib/api/mediation-api";
import { dbReader } from "@/lib/api/reader";
import { eachDatabase } from "../setup/each-database";
import { raw } from "../setup/raw-dataset";
import { BASE, ctx, expectCacheable, expectProblem, readCsv } from "./api-helpers";

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const rawEvents = raw.tracks.flatMap((t) =>
  (t.events as { id: string; quote: string; kind: string; statusAfter?: string; occurredOn: string }[]).map((e) => ({
    ...e,
    trackId: t.id as string,
  })),
);

describe.each(eachDatabase())("GET /api/v1/mediation on $name", ({ db }) => {
  const reader = dbReader(db);
  const get = (qs: string) => mediationResponse(reader, `${BASE}/mediation${qs}`, ctx);

  it("returns every track with its status now and events, and every ceasefire with held days and sources", async () => {
    const res = await get("");
    expectCacheable(res);
    const { meta, data } = await res.json();
    expect(meta).toMatchObject({
      licence: LICENCE,
      asOf: "2026-11-22",
      totals: { tracks: raw.tracks.length, events: rawEvents.length, ceasefires: raw.ceasefires.length },
    });
    expect(data.tracks.map((t: { id: string }) => t.id).sort()).toEqual(raw.tracks.map((t) => t.id).sort());
    for (const t of raw.tracks) {
      const got = data.tracks.find((x: { id: string }) => x.id === t.id);
      const set = (t.events as { occurredOn: string; statusAfter?: string }[])
        .filter((e) => e.statusAfter)
        .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
      expect(got.status, t.id).toBe(set.at(-1)?.statusAfter ?? null);
      expect(got.events.length).toBe(t.events.length);
      for (const e of got.events) expect(e.quote.length * e.documentTitle.length).toBeGreaterThan(0);
    }
    for (const c of raw.ceasefires) {
      const got = data.ceasefires.find((x: { id: string }) => x.id === c.id);
      expect(got.heldDays, c.id).toBe(days(c.startsOn, c.endedOn ?? "2026-11-22"));
      expect(got.citations.map((x: { documentId: string }) => x.documentId).sort()).toEqual(
        c.citations.map((x: { documentId: string }) => x.documentId).sort(),
      );
    }
  });

  it("writes the events as CSV rows with track, date, kind, status after, source and quote", async () => {
    const res = await get("?format=csv");
    expectCacheable(res);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="frontier-monitor-mediation-2026-11-22.csv"',
    );
    expect(res.headers.get("x-total-count")).toBe(String(rawEvents.length));
    const csv = await readCsv(res);
    expect(csv.comments).toEqual([]);
    expect(csv.rows.length).toBe(rawEvents.length);
    for (const r of csv.records) {
      const src = rawEvents.find((e) => e.id === r.event_id);
      expect(src, `${r.track_id} ${r.date}`).toBeDefined();
      expect(r.track_id).toBe(src!.trackId);
      expect(String(r.quote).replace(/^'/, "")).toBe(src!.quote);
      expect(r.date).toBe(src!.occurredOn);
      expect(r.kind).toBe(src!.kind);
      expect(r.status_after).toBe(src!.statusAfter ?? "");
      expect(String(r.document_title).length).toBeGreaterThan(0);
    }
    const commented = await readCsv(await get("?format=csv&meta=comments"));
    expect(commented.comments[1]).toBe(`# ${LICENCE}`);
    expect(commented.rows.length).toBe(rawEvents.length);
  });

  it.each([
    ["?page=1", "page"],
    ["?format=xlsx", "format"],
    ["?meta=comments", "meta"],
    ["?format=csv&meta=true", "meta"],
  ])("refuses %s naming %s", async (qs, parameter) => {
    await expectProblem(await get(qs), 400, parameter);
  });
});
