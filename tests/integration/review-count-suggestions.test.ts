// A counter's release reaches the review queue with a suggested period count, and an editor accepts
// it into the record: the recorded Dawn item of 2 June 2025 (PICSS's May assessment) is read by
// the RSS adapter and stored as the refresh job stores it; the count form opens prefilled; saving
// it creates the count and marks the item accepted in one transaction, or neither.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/access/authorize";
import { createPeriodCount } from "@/lib/counts/count-writes";
import { parseFeed, toPage } from "@/lib/ingest/sources/rss";
import { upsertReviewItem } from "@/lib/ingest/upsert-review-item";
import { prefillCountFromItem } from "@/lib/review/count-prefill";
import { getReviewItem } from "@/lib/review/review-queries";
import { createFeedSource } from "../fixtures/review/items";
import { countRows, isolatedDatabases, type IsolatedDb } from "../setup/isolated-databases";
import { ensureCountRecords } from "./count-helpers";

const xml = readFileSync(path.resolve(import.meta.dirname, "../fixtures/feeds/dawn-counts.rss.xml"), "utf8");

async function storeFixtureItem(c: IsolatedDb, slug: string) {
  const source = await createFeedSource(c.db, slug, `Dawn (${slug})`);
  const [entry] = toPage(parseFeed(xml).entries).items;
  await upsertReviewItem(c.db, source.id, entry!);
  return c.db.ingestedItem.findUniqueOrThrow({
    where: { feedSourceId_externalId: { feedSourceId: source.id, externalId: "dawn-1914847" } },
  });
}

describe.each(isolatedDatabases())("period counts from the review queue on $name", (c) => {
  let dawnMay = "";
  beforeAll(async () => {
    dawnMay = (await ensureCountRecords(c.db)).dawnMay;
  });

  it("shows the suggested count on the item and prefills the count form from it", async () => {
    const item = await storeFixtureItem(c, "dawn-counts-prefill");
    const detail = await getReviewItem(c.db, c.viewer, item.id);
    expect(detail?.suggestions?.periodCounts.map((s) => [s.counterId, s.periodStart, s.valueLow])).toEqual([
      ["picss", "2025-05-01", 85],
    ]);

    const prefill = await prefillCountFromItem(c.db, c.editor, item.id);
    expect(prefill).toEqual({
      fromItem: item.id,
      itemStatus: "PENDING",
      suggested: 1,
      document: {
        url: "https://www.dawn.com/news/1914847/militant-attacks-increased-to-85-in-may-pakistan-institute-for-conflict-and-security-studies",
        documentId: dawnMay,
      },
      values: {
        counterId: "picss",
        periodKind: "MONTH",
        periodStart: "2025-05-01",
        periodEnd: "2025-05-31",
        metric: "ATTACKS",
        violence: "MILITANT_ATTACKS",
        group: "ALL",
        region: "PAKISTAN",
        term: "militant attacks",
        valueLow: 85,
        valueHigh: 85,
        qualifier: "EXACT",
        quote: "recorded 85 militant attacks in May as compared to 81 in April, resulting in 113 fatalities.",
        documentId: dawnMay,
      },
    });
    // A suggestion the item does not have leaves the form empty; viewers cannot open it.
    expect((await prefillCountFromItem(c.db, c.editor, item.id, 3))?.values).toEqual({});
    expect(await prefillCountFromItem(c.db, c.editor, "no-such-item")).toBeNull();
    await expect(prefillCountFromItem(c.db, c.viewer, item.id)).rejects.toThrow(AccessDenied);
  });

  it("saves the prefilled form as a count and marks the item accepted, once", async () => {
    const item = await storeFixtureItem(c, "dawn-counts-accept");
    const { values } = (await prefillCountFromItem(c.db, c.editor, item.id))!;
    // The form posts strings; the editor leaves every prefilled field as it is and saves.
    const form = { ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])), fromItem: item.id };
    const r = await createPeriodCount(c.db, c.editor, form);
    expect(r).toMatchObject({ ok: true });
    const id = (r as { id: string }).id;
    expect(await c.db.periodCount.findUniqueOrThrow({ where: { id } })).toMatchObject({
      counterId: "picss",
      periodKind: "MONTH",
      periodStart: new Date("2025-05-01T00:00:00Z"),
      periodEnd: new Date("2025-05-31T00:00:00Z"),
      metric: "ATTACKS",
      violence: "MILITANT_ATTACKS",
      term: "militant attacks",
      valueLow: 85,
      valueHigh: 85,
      qualifier: "EXACT",
      documentId: dawnMay,
      published: false,
    });
    expect(await c.db.ingestedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "ACCEPTED",
      periodCountId: id,
      incidentId: null,
      decidedById: c.editor.userId,
      version: item.version + 1,
    });
    expect(await c.db.auditLog.findFirstOrThrow({ where: { entityId: item.id, action: "accept" } })).toMatchObject({
      userId: c.editor.userId,
      after: expect.objectContaining({ status: "ACCEPTED", periodCountId: id }),
    });
    expect((await getReviewItem(c.db, c.viewer, item.id))?.decision?.periodCountId).toBe(id);

    // Saving from the same item again writes nothing: the count's insert rolls back with the refusal.
    const before = await countRows(c.db);
    expect(await createPeriodCount(c.db, c.editor, form)).toMatchObject({
      ok: false,
      fieldErrors: { fromItem: [expect.stringMatching(/already accepted/)] },
    });
    expect(await countRows(c.db)).toEqual(before);
  });

  it("leaves the item pending when the count is refused", async () => {
    const item = await storeFixtureItem(c, "dawn-counts-refused");
    const { values } = (await prefillCountFromItem(c.db, c.editor, item.id))!;
    const before = await countRows(c.db);
    const r = await createPeriodCount(c.db, c.editor, { ...values, valueLow: "-85", fromItem: item.id });
    expect(r).toMatchObject({ ok: false, fieldErrors: { valueLow: [expect.any(String)] } });
    expect(await countRows(c.db)).toEqual(before);
    expect(await c.db.ingestedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "PENDING",
      periodCountId: null,
      version: item.version,
    });
  });
});
