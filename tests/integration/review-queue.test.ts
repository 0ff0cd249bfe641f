import { describe, expect, it } from "vitest";
import { WriteRejected } from "@/lib/writes/write-result";
import { AccessDenied } from "@/lib/access/authorize";
import { prefillIncidentFromItem } from "@/lib/review/prefill";
import { readReviewView } from "@/lib/review/review-filters";
import { getReviewItem, listReviewItems } from "@/lib/review/review-queries";
import { markItemAccepted, mergeItems, rejectItems } from "@/lib/review/review-writes";
import { BAJAUR_ITEM, createFeedSource, createItem } from "../fixtures/review/items";
import { isolatedDatabases } from "../setup/isolated-databases";

const INCIDENT = "islamabad-shia-mosque-suicide-bombing-2026-02-06";

describe.each(isolatedDatabases())("review queue on $name", (c) => {
  let n = 0;
  const uniq = () => `rq-${++n}-${Math.random().toString(36).slice(2, 7)}`;
  const itemsOf = async (slug: string, count: number, publishedAt = "2026-03-01T10:00:00Z") => {
    const source = await createFeedSource(c.db, slug, `Feed ${slug}`);
    const items = [];
    for (let i = 0; i < count; i++)
      items.push(
        await createItem(c.db, source.id, {
          externalId: uniq(),
          title: `Item ${i} of ${slug}`,
          body: `Body ${i} of ${slug}.`,
          publishedAt,
        }),
      );
    return items;
  };
  const versions = (items: { id: string; version: number }[]) =>
    Object.fromEntries(items.map((i) => [i.id, i.version]));
  const audits = (action: string) => c.db.auditLog.count({ where: { entityType: "IngestedItem", action } });

  it("prefills the incident form from an item's suggestions, keeping only ids on record", async () => {
    const source = await createFeedSource(c.db, "rss-prefill", "Prefill feed");
    const item = await createItem(c.db, source.id, BAJAUR_ITEM);
    const p = await prefillIncidentFromItem(c.db, c.editor, item.id);
    expect(p).toMatchObject({
      fromItem: item.id,
      itemStatus: "PENDING",
      title: "Militants attack checkpost in Bajaur",
      occurredOn: "2026-03-02",
      datePrecision: "DAY",
      country: "PAK",
      provinceId: "PK-KP",
      districtId: "PK-KP-bajaur",
      perpetrator: { actorId: "ttp", basis: "CLAIMED" },
      citation: {
        url: "https://news.example.test/bajaur-checkpost-2026-03-02",
        documentId: null,
        quote: "The ISPR said at least 4 soldiers were killed.",
      },
    });
    await expect(prefillIncidentFromItem(c.db, c.viewer, item.id)).rejects.toThrow(AccessDenied);
  });

  it("rejects items in bulk with a reason, one audit row each", async () => {
    const items = await itemsOf("rss-reject", 2);
    const before = await audits("reject");
    const r = await rejectItems(
      c.db,
      c.editor,
      items.map((i) => i.id),
      "Not about Pakistan",
      versions(items),
    );
    expect(r).toEqual({ ok: true, ids: items.map((i) => i.id) });
    const rows = await c.db.ingestedItem.findMany({ where: { id: { in: items.map((i) => i.id) } } });
    for (const row of rows)
      expect(row).toMatchObject({
        status: "REJECTED",
        decisionReason: "Not about Pakistan",
        decidedById: c.editor.userId,
        version: 2,
      });
    expect(await audits("reject")).toBe(before + 2);
  });

  it("refuses a rejection without a reason, or with markup, and writes nothing", async () => {
    const items = await itemsOf("rss-noreason", 1);
    const before = await c.db.auditLog.count();
    const r = await rejectItems(c.db, c.editor, [items[0]!.id], "   ", versions(items));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors)).toEqual(["reason"]);
    const m = await rejectItems(c.db, c.editor, [items[0]!.id], "<script>alert(1)</script>", versions(items));
    expect(!m.ok && m.fieldErrors.reason).toBeTruthy();
    expect(await c.db.auditLog.count()).toBe(before);
    expect((await c.db.ingestedItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("PENDING");
  });

  it("is all-or-nothing: one item changed meanwhile → nothing written, the stale item named", async () => {
    const items = await itemsOf("rss-stale", 3);
    const seen = versions(items);
    // The refresh job rewrites a still-pending item whose content changed (version + 1).
    await c.db.ingestedItem.update({
      where: { id: items[1]!.id },
      data: { body: "Updated body.", version: { increment: 1 } },
    });
    const before = await c.db.auditLog.count();
    const r = await rejectItems(
      c.db,
      c.editor,
      items.map((i) => i.id),
      "Duplicate",
      seen,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.staleItemIds).toEqual([items[1]!.id]);
      expect(r.formError).toMatch(/nothing was saved/);
    }
    const statuses = await c.db.ingestedItem.findMany({
      where: { id: { in: items.map((i) => i.id) } },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["PENDING", "PENDING", "PENDING"]);
    expect(await c.db.auditLog.count()).toBe(before);
  });

  it("merges items into an existing incident and refuses an unknown one", async () => {
    const items = await itemsOf("rss-merge", 2);
    const bad = await mergeItems(
      c.db,
      c.editor,
      items.map((i) => i.id),
      "no-such-incident",
      versions(items),
    );
    expect(!bad.ok && Object.keys(bad.fieldErrors)).toEqual(["incidentId"]);
    const before = await audits("merge");
    const r = await mergeItems(
      c.db,
      c.editor,
      items.map((i) => i.id),
      INCIDENT,
      versions(items),
    );
    expect(r.ok).toBe(true);
    const rows = await c.db.ingestedItem.findMany({ where: { id: { in: items.map((i) => i.id) } } });
    for (const row of rows)
      expect(row).toMatchObject({ status: "MERGED", incidentId: INCIDENT, decidedById: c.editor.userId });
    expect(await audits("merge")).toBe(before + 2);
    // A decided item cannot be decided again with the old version.
    const again = await rejectItems(c.db, c.editor, [items[0]!.id], "Too late", versions(items));
    expect(again.ok).toBe(false);
  });

  it("marks an item accepted inside the caller's transaction, only from PENDING", async () => {
    const [item] = await itemsOf("rss-accept", 1);
    await c.db.$transaction((tx) => markItemAccepted(tx, c.editor, item!.id, INCIDENT));
    expect(await c.db.ingestedItem.findUniqueOrThrow({ where: { id: item!.id } })).toMatchObject({
      status: "ACCEPTED",
      incidentId: INCIDENT,
      version: 2,
    });
    expect(await c.db.auditLog.count({ where: { entityId: item!.id, action: "accept" } })).toBe(1);
    const err = await c.db
      .$transaction((tx) => markItemAccepted(tx, c.editor, item!.id, INCIDENT))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteRejected);
    expect((err as WriteRejected).failure.formError).toMatch(/already accepted/);
  });

  it("denies viewers and anonymous callers every write, and anonymous callers every read", async () => {
    const items = await itemsOf("rss-denied", 2);
    const before = await c.db.auditLog.count();
    await expect(
      rejectItems(
        c.db,
        c.viewer,
        items.map((i) => i.id),
        "No",
        versions(items),
      ),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      mergeItems(
        c.db,
        null,
        items.map((i) => i.id),
        INCIDENT,
        versions(items),
      ),
    ).rejects.toMatchObject({ status: 401 });
    await expect(c.db.$transaction((tx) => markItemAccepted(tx, c.viewer, items[0]!.id, INCIDENT))).rejects.toThrow(
      AccessDenied,
    );
    await expect(listReviewItems(c.db, null, readReviewView({}).filters)).rejects.toThrow(AccessDenied);
    expect(await c.db.auditLog.count()).toBe(before);
    expect(await c.db.ingestedItem.count({ where: { id: { in: items.map((i) => i.id) }, status: "PENDING" } })).toBe(2);
    // …but a viewer may read the queue.
    expect((await listReviewItems(c.db, c.viewer, readReviewView({ source: "rss-denied" }).filters)).total).toBe(2);
  });

  it("filters the queue by source, status, publication date and text; shows raw text and suggestions", async () => {
    const early = await itemsOf("rss-filter-a", 2, "2026-01-10T09:00:00Z");
    await itemsOf("rss-filter-b", 3, "2026-02-20T09:00:00Z");
    const list = (sp: Record<string, string>) => listReviewItems(c.db, c.editor, readReviewView(sp).filters);
    expect((await list({ source: "rss-filter-b" })).total).toBe(3);
    expect((await list({ source: "rss-filter-a", to: "2026-01-10" })).total).toBe(2);
    expect((await list({ source: "rss-filter-a", from: "2026-01-11" })).total).toBe(0);
    expect((await list({ source: "rss-filter-b", q: "ITEM 2 OF" })).rows.map((r) => r.title)).toEqual([
      "Item 2 of rss-filter-b",
    ]);
    await rejectItems(c.db, c.editor, [early[0]!.id], "Off topic", versions(early));
    expect((await list({ source: "rss-filter-a" })).total).toBe(1);
    expect((await list({ source: "rss-filter-a", status: "REJECTED" })).rows.map((r) => r.decisionReason)).toEqual([
      "Off topic",
    ]);
    expect(readReviewView({ from: "yesterday", status: "NOPE" }).invalid.map((i) => i.param)).toEqual([
      "status",
      "from",
    ]);

    const source = await createFeedSource(c.db, "rss-detail", "Detail feed");
    const item = await createItem(c.db, source.id, { ...BAJAUR_ITEM, externalId: uniq() });
    const detail = await getReviewItem(c.db, c.viewer, item.id);
    expect(detail?.body).toBe(BAJAUR_ITEM.body);
    expect(detail?.raw).toContain("<p>Militants attacked");
    expect(detail?.suggestions?.perpetrators.map((p) => p.actorId)).toEqual(["no-such-group", "ttp"]);
  });
});
