// Admin writes to period counts on both databases, the same rules as claims: publishing needs
// counter, document and quote; figures and periods are validated; a revision restates the same
// figure of the same period and carries a correction note when it revises a public one; conflicts,
// unknown ids and roles; every write has its audit row and a refused one leaves no row at all.
// The April 2025 story is real (national-counts.md): PICSS said 82 attacks, then restated 81.
import { beforeAll, describe, expect, it } from "vitest";
import { getCountFormOptions } from "@/lib/admin/count-form-options";
import { describeRecord } from "@/lib/audit/audit-queries";
import { getPeriodCountForEdit, listPeriodCountsForAdmin } from "@/lib/counts/count-admin-queries";
import { groupSeries, listPeriodCounts } from "@/lib/counts/count-queries";
import {
  createPeriodCount,
  publishPeriodCount,
  unpublishPeriodCount,
  updatePeriodCount,
} from "@/lib/counts/count-writes";
import { countRows, isolatedDatabases, type IsolatedDb } from "../setup/isolated-databases";
import { ensureCountRecords } from "./count-helpers";

const thisYear = Number(new Date().toISOString().slice(0, 4));
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const QUOTE_82 =
  "The number of militant attacks fell by 22 percent— from 105 in March to 82 in April— while fatalities and injuries declined by 63 percent and 49 percent, respectively,";

const idOf = (r: unknown) => (r as { id: string }).id;
const publicIds = async (c: IsolatedDb) =>
  (await listPeriodCounts(c.db, { versions: "latest", counter: "picss" })).map((f) => f.id);

describe.each(isolatedDatabases())("period count writes on $name", (c) => {
  // The ids of the two pages on this database, set before the tests run.
  let docs = { arabNews: "", dawnMay: "" };
  beforeAll(async () => {
    docs = await ensureCountRecords(c.db);
  });
  const count = (over: Record<string, unknown> = {}) => ({
    counterId: "picss",
    periodKind: "MONTH",
    periodStart: "2025-04-01",
    periodEnd: "2025-04-30",
    metric: "ATTACKS",
    violence: "MILITANT_ATTACKS",
    group: "ALL",
    region: "PAKISTAN",
    term: "militant attacks",
    valueLow: "82",
    valueHigh: "",
    qualifier: "EXACT",
    documentId: docs.arabNews,
    quote: QUOTE_82,
    ...over,
  });

  it("creates a draft with its audit row; publishing needs the quote; then it is public", async () => {
    const r = await createPeriodCount(c.db, c.editor, count({ quote: "" }));
    expect(r).toMatchObject({ ok: true, version: 1, tags: ["period-counts"] });
    const id = idOf(r);
    expect(await c.db.periodCount.findUniqueOrThrow({ where: { id } })).toMatchObject({
      counterId: "picss",
      periodStart: new Date("2025-04-01T00:00:00Z"),
      valueLow: 82,
      valueHigh: 82,
      qualifier: "EXACT",
      published: false,
      quote: "",
      chainId: id,
    });
    expect(await c.db.auditLog.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({
      action: "create",
      entityType: "PeriodCount",
      userId: c.editor.userId,
      after: expect.objectContaining({ valueLow: 82, periodEnd: "2025-04-30" }),
    });
    expect(await publicIds(c)).not.toContain(id);

    const before = await countRows(c.db);
    expect(await publishPeriodCount(c.db, c.editor, id, { version: 1 })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { quote: [expect.any(String)] },
      formError: expect.stringMatching(/counter, document and quote/),
    });
    expect(await createPeriodCount(c.db, c.editor, count({ quote: " ", publish: "on" }))).toMatchObject({
      ok: false,
      fieldErrors: { quote: [expect.any(String)] },
    });
    expect(await countRows(c.db)).toEqual(before);

    expect(await updatePeriodCount(c.db, c.editor, id, count({ version: 1 }))).toMatchObject({ ok: true, version: 2 });
    expect(await publishPeriodCount(c.db, c.editor, id, { version: 2 })).toMatchObject({ ok: true, version: 3 });
    expect(await publicIds(c)).toContain(id);
    const actions = await c.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["create", "update", "publish"]);

    // Withdrawing needs a note, kept as a dated correction of the count.
    expect(await unpublishPeriodCount(c.db, c.editor, id, { version: 3 })).toMatchObject({
      ok: false,
      fieldErrors: { correctionNote: [expect.any(String)] },
    });
    expect(
      await unpublishPeriodCount(c.db, c.editor, id, { version: 3, correctionNote: "Entered twice; withdrawn." }),
    ).toMatchObject({ ok: true, version: 4 });
    expect(await publicIds(c)).not.toContain(id);
    expect(await c.db.correction.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({
      entityType: "PeriodCount",
      note: "Entered twice; withdrawn.",
      incidentId: null,
    });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ["a negative figure", { valueLow: "-5" }, "valueLow"],
    ["a non-numeric figure", { valueLow: "about eighty" }, "valueLow"],
    ["a fractional figure", { valueLow: 81.5 }, "valueLow"],
    ["an upper figure below the lower", { valueLow: "90", valueHigh: "80", qualifier: "RANGE" }, "valueHigh"],
    ["two figures not marked as a range", { valueLow: "80", valueHigh: "90", qualifier: "ABOUT" }, "qualifier"],
    ["“none” with a figure", { qualifier: "NONE" }, "qualifier"],
    ["an unknown metric", { metric: "MORALE" }, "metric"],
    ["an unknown kind of violence", { violence: "RIOTS" }, "violence"],
    ["an unknown region", { region: "KABUL" }, "region"],
    ["a month that does not end on its last day", { periodEnd: "2025-04-29" }, "periodEnd"],
    [
      "a quarter that does not start a quarter",
      { periodKind: "QUARTER", periodEnd: "2025-06-30", periodStart: "2025-05-01" },
      "periodStart",
    ],
    ["a span that ends before it starts", { periodKind: "SPAN", periodEnd: "2025-03-31" }, "periodEnd"],
    [
      "a period starting in the future",
      { periodKind: "SPAN", periodStart: tomorrow, periodEnd: `${thisYear}-12-31` },
      "periodStart",
    ],
    ["a period ending after this year", { periodKind: "SPAN", periodEnd: `${thisYear + 1}-01-31` }, "periodEnd"],
    ["a group for a count of attacks", { group: "CIVILIANS" }, "group"],
    ["a script tag in the quote", { quote: "PICSS said <script>alert(1)</script>" }, "quote"],
    ["markup in the counter's term", { term: "<b>militant</b> attacks" }, "term"],
    ["no term", { term: "  " }, "term"],
    ["an empty counter", { counterId: "" }, "counterId"],
    ["an unknown counter", { counterId: "no-such-counter" }, "counterId"],
    ["an unknown document", { documentId: "no-such-document" }, "documentId"],
    ["an unknown count to revise", { revisesId: "no-such-count" }, "revisesId"],
  ];
  it.each(invalid)("refuses %s with a field error and writes nothing", async (_n, over, field) => {
    const before = await countRows(c.db);
    const r = await createPeriodCount(c.db, c.editor, count(over));
    expect(r).toMatchObject({ ok: false, kind: "invalid" });
    expect(Object.keys((r as { fieldErrors: object }).fieldErrors)).toContain(field);
    expect(await countRows(c.db)).toEqual(before);
  });

  it("revises a published figure with a new count in the same chain and a correction note", async () => {
    const firstId = idOf(await createPeriodCount(c.db, c.editor, count({ publish: "on" })));
    const revision = count({
      valueLow: "81",
      documentId: docs.dawnMay,
      quote: "recorded 85 militant attacks in May as compared to 81 in April, resulting in 113 fatalities.",
      revisesId: firstId,
      publish: "on",
    });
    const before = await countRows(c.db);
    const refused: [Record<string, unknown>, RegExp][] = [
      [{ counterId: "crss" }, /same counter/],
      [{ metric: "SUICIDE_ATTACKS" }, /counts the same thing/],
      [{ region: "BALOCHISTAN" }, /counts the same thing/],
      [{ periodKind: "QUARTER", periodStart: "2025-04-01", periodEnd: "2025-06-30" }, /same period/],
    ];
    for (const [over, message] of refused)
      expect(await createPeriodCount(c.db, c.editor, { ...revision, ...over })).toMatchObject({
        ok: false,
        fieldErrors: { revisesId: [expect.stringMatching(message)] },
      });
    expect(await createPeriodCount(c.db, c.editor, revision)).toMatchObject({
      ok: false,
      fieldErrors: { correctionNote: [expect.any(String)] },
    });
    expect(await countRows(c.db)).toEqual(before);

    const note = "PICSS restated April from 82 to 81 attacks in its May report.";
    const id = idOf(await createPeriodCount(c.db, c.editor, { ...revision, correctionNote: note }));
    expect(await c.db.periodCount.findUniqueOrThrow({ where: { id } })).toMatchObject({
      revisesId: firstId,
      chainId: firstId,
      valueLow: 81,
    });
    expect(await c.db.correction.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({
      entityType: "PeriodCount",
      note,
    });
    const chain = groupSeries(await listPeriodCounts(c.db, { versions: "all", counter: "picss" })).find(
      (s) => s.latest.id === id,
    );
    expect(chain?.history.map((f) => f.valueLow)).toEqual([82, 81]);
    expect(await publicIds(c)).toContain(id);
    expect(await publicIds(c)).not.toContain(firstId);
    expect(await createPeriodCount(c.db, c.editor, { ...revision, valueLow: "80", correctionNote: "x" })).toMatchObject(
      { ok: false, fieldErrors: { revisesId: [expect.stringMatching(/already been revised/)] } },
    );
    // A count in a chain keeps its counter, measure and period when edited in place.
    expect(
      await updatePeriodCount(c.db, c.editor, id, { ...revision, version: 1, region: "SINDH", correctionNote: "x" }),
    ).toMatchObject({ ok: false, fieldErrors: { region: [expect.stringMatching(/revision chain/)] } });
  });

  it("needs a correction note to edit a published count in place", async () => {
    const id = idOf(
      await createPeriodCount(
        c.db,
        c.editor,
        count({ publish: "on", periodStart: "2025-03-01", periodEnd: "2025-03-31", valueLow: "150" }),
      ),
    );
    const edit = count({ version: 1, periodStart: "2025-03-01", periodEnd: "2025-03-31", valueLow: "105" });
    expect(await updatePeriodCount(c.db, c.editor, id, edit)).toMatchObject({
      ok: false,
      fieldErrors: { correctionNote: [expect.any(String)] },
    });
    expect((await c.db.periodCount.findUniqueOrThrow({ where: { id } })).valueLow).toBe(150);
    const note = "Typing error: the report says 105.";
    expect(await updatePeriodCount(c.db, c.editor, id, { ...edit, correctionNote: note })).toMatchObject({
      ok: true,
      version: 2,
    });
    expect((await c.db.correction.findMany({ where: { entityId: id } })).map((k) => k.note)).toEqual([note]);
  });

  it("gives the second of two edits from the same version a conflict naming the changed figure", async () => {
    const id = idOf(await createPeriodCount(c.db, c.editor, count()));
    expect(await updatePeriodCount(c.db, c.editor, id, count({ version: 1, valueLow: "81" }))).toMatchObject({
      ok: true,
      version: 2,
    });
    const before = await countRows(c.db);
    const second = await updatePeriodCount(c.db, c.admin, id, count({ version: 1, term: "terrorist attacks" }));
    expect(second).toMatchObject({
      ok: false,
      kind: "conflict",
      conflict: {
        currentVersion: 2,
        changes: [
          { field: "valueHigh", now: 81, seen: 82 },
          { field: "valueLow", now: 81, seen: 82 },
        ],
        changedBy: [{ name: c.editor.name }],
      },
    });
    expect(await publishPeriodCount(c.db, c.admin, id, { version: 1 })).toMatchObject({ kind: "conflict" });
    expect(await countRows(c.db)).toEqual(before);
    expect(await c.db.periodCount.findUniqueOrThrow({ where: { id } })).toMatchObject({
      term: "militant attacks",
      valueLow: 81,
      version: 2,
    });
  });

  it("answers not-found for an unknown count and writes nothing", async () => {
    const before = await countRows(c.db);
    for (const r of [
      await updatePeriodCount(c.db, c.editor, "no-such-count", count({ version: 1 })),
      await publishPeriodCount(c.db, c.editor, "no-such-count", { version: 1 }),
      await unpublishPeriodCount(c.db, c.editor, "no-such-count", { version: 1, correctionNote: "x" }),
    ])
      expect(r).toMatchObject({ ok: false, kind: "not-found", formError: "This count no longer exists." });
    expect(await countRows(c.db)).toEqual(before);
  });

  it("refuses viewers and anonymous callers and writes nothing", async () => {
    const id = idOf(await createPeriodCount(c.db, c.editor, count()));
    const before = await countRows(c.db);
    await expect(createPeriodCount(c.db, c.viewer, count())).rejects.toMatchObject({ status: 403 });
    await expect(createPeriodCount(c.db, null, count())).rejects.toMatchObject({ status: 401 });
    await expect(updatePeriodCount(c.db, c.viewer, id, count({ version: 1 }))).rejects.toMatchObject({ status: 403 });
    await expect(publishPeriodCount(c.db, c.viewer, id, { version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(publishPeriodCount(c.db, null, id, { version: 1 })).rejects.toMatchObject({ status: 401 });
    expect(await countRows(c.db)).toEqual(before);
    expect((await c.db.periodCount.findUniqueOrThrow({ where: { id } })).published).toBe(false);
  });

  it("shows staff the drafts, the figure that revised a count, and the latest figures to revise", async () => {
    const firstId = idOf(await createPeriodCount(c.db, c.editor, count({ region: "PUNJAB", valueLow: "7" })));
    const nextId = idOf(
      await createPeriodCount(c.db, c.editor, count({ region: "PUNJAB", valueLow: "8", revisesId: firstId })),
    );
    const drafts = (await listPeriodCountsForAdmin(c.db, c.viewer, { status: "draft" })).map((r) => r.id);
    expect(drafts).toEqual(expect.arrayContaining([firstId, nextId]));
    expect((await listPeriodCountsForAdmin(c.db, c.viewer, { status: "published" })).map((r) => r.id)).not.toContain(
      firstId,
    );
    expect(await getPeriodCountForEdit(c.db, c.viewer, firstId)).toMatchObject({ valueLow: 7, revisedById: nextId });
    expect(await getPeriodCountForEdit(c.db, c.viewer, "no-such-count")).toBeNull();
    const revisable = (await getCountFormOptions(c.db, c.editor)).revisable;
    expect(revisable.find((o) => o.value === nextId)?.label).toBe(
      "PICSS, Apr 2025: attacks in militant attacks, Punjab — 8 — draft",
    );
    expect(revisable.map((o) => o.value)).not.toContain(firstId);
    expect(await describeRecord(c.db, c.viewer, "PeriodCount", nextId)).toBe(
      "PICSS, 2025-04-01 to 2025-04-30: attacks 8 (punjab)",
    );
    await expect(listPeriodCountsForAdmin(c.db, null)).rejects.toMatchObject({ status: 401 });
  });
});
