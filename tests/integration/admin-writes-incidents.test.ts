// Admin writes to incidents on both databases: audit rows in the same transaction, publishing
// rules, field errors that write nothing, optimistic concurrency, correction notes, access, and
// drafts kept off every public read path.
import { describe, expect, it } from "vitest";
import { incidentResponse } from "@/lib/api/incident-api";
import { fetchIncidentPage } from "@/lib/api/api-queries";
import { dbReader } from "@/lib/api/reader";
import { readJsonBody, writeResponse } from "@/lib/actions/admin-api";
import { AccessDenied } from "@/lib/access/authorize";
import { listIncidentCorrections } from "@/lib/corrections/correction-queries";
import { listRecordHistory } from "@/lib/audit/audit-queries";
import { countAttacks } from "@/lib/incidents/attack-queries";
import { createIncident, publishIncident, unpublishIncident, updateIncident } from "@/lib/incidents/incident-writes";
import { getIncident, listAttacks } from "@/lib/incidents/incident-queries";
import { listAttackPoints } from "@/lib/incidents/map-queries";
import { countRows, isolatedDatabases } from "../setup/isolated-databases";

const DOC = "ap-2026-02-27-open-war";
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const base = (over: Record<string, unknown> = {}) => ({
  title: "Test attack on a checkpoint in Bajaur",
  summary: "Gunmen attacked a checkpoint; sources differ on the toll.",
  occurredOn: "2026-02-10",
  datePrecision: "DAY",
  country: "PAK",
  provinceId: "PK-KP",
  districtId: "PK-KP-bajaur",
  type: "ARMED_ASSAULT",
  targetType: "SECURITY_FORCES",
  status: "REPORTED",
  citations: [{ documentId: DOC, quote: "Militants stormed the post, officials said." }],
  perpetrators: [
    {
      actorId: "ttp",
      basis: "ATTRIBUTED",
      attributedById: "pakistan-armed-forces",
      documentId: DOC,
      quote: "The army blamed the TTP.",
    },
  ],
  ...over,
});

describe.each(isolatedDatabases())("incident writes on $name", (c) => {
  const ok = async (p: Promise<unknown>) => {
    const r = (await p) as { ok: boolean; id: string; version: number };
    expect(r).toMatchObject({ ok: true });
    return r;
  };

  it("creates a draft with its citations, perpetrators and a create audit row holding the snapshot", async () => {
    const before = await countRows(c.db);
    const r = await ok(createIncident(c.db, c.editor, base()));
    const row = await c.db.incident.findUniqueOrThrow({
      where: { id: r.id },
      include: { citations: true, perpetrators: true },
    });
    expect(row).toMatchObject({
      published: false,
      version: 1,
      provinceId: "PK-KP",
      districtId: "PK-KP-bajaur",
      title: "Test attack on a checkpoint in Bajaur",
    });
    expect(row.citations).toHaveLength(1);
    expect(row.perpetrators[0]).toMatchObject({
      actorId: "ttp",
      basis: "ATTRIBUTED",
      attributedById: "pakistan-armed-forces",
    });
    const audit = await c.db.auditLog.findMany({ where: { entityType: "Incident", entityId: r.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", userId: c.editor.userId, before: null });
    expect(audit[0]!.after).toMatchObject({
      title: "Test attack on a checkpoint in Bajaur",
      version: 1,
      occurredOn: "2026-02-10",
    });
    const after = await countRows(c.db);
    expect(after).toEqual({
      ...before,
      incidents: before.incidents + 1,
      citations: before.citations + 1,
      perpetrators: before.perpetrators + 1,
      audits: before.audits + 1,
    });
  });

  it("derives the province from the district and refuses a district outside the chosen province", async () => {
    const r = await ok(createIncident(c.db, c.editor, base({ provinceId: "" })));
    expect((await c.db.incident.findUniqueOrThrow({ where: { id: r.id } })).provinceId).toBe("PK-KP");
    const bad = await createIncident(c.db, c.editor, base({ provinceId: "PK-BA" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { districtId: [expect.stringMatching(/not in the chosen province/)] },
    });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ["empty title", { title: "   " }, "title"],
    ["title too long", { title: "x".repeat(201) }, "title"],
    ["title of the wrong type", { title: 42 }, "title"],
    ["script tag in the summary", { summary: "Attack <script>alert(1)</script>" }, "summary"],
    ["any tag in the title", { title: "Attack <b>here</b>" }, "title"],
    [
      "markup in a quote",
      { citations: [{ documentId: DOC, quote: "<img src=x onerror=alert(1)>" }] },
      "citations.0.quote",
    ],
    ["unknown incident type", { type: "NUKE" }, "type"],
    ["date in the future", { occurredOn: tomorrow }, "occurredOn"],
    ["date before 2001", { occurredOn: "2000-12-31" }, "occurredOn"],
    ["date that does not exist", { occurredOn: "2026-02-30" }, "occurredOn"],
    ["date as a number", { occurredOn: 20260210 }, "occurredOn"],
    ["end before start", { occurredUntil: "2026-02-01" }, "occurredUntil"],
    ["country outside the record", { country: "IND" }, "country"],
    [
      "unknown document",
      { citations: [{ documentId: "no-such-document", quote: "A quote long enough." }] },
      "citations.0.documentId",
    ],
    [
      "unknown perpetrator",
      { perpetrators: [{ actorId: "no-such-actor", basis: "CLAIMED", documentId: DOC, quote: "We did it." }] },
      "perpetrators.0.actorId",
    ],
    [
      "attribution without who",
      { perpetrators: [{ actorId: "ttp", basis: "ATTRIBUTED", documentId: DOC, quote: "Blamed." }] },
      "perpetrators.0.attributedById",
    ],
    ["unknown district", { districtId: "PK-KP-atlantis" }, "districtId"],
  ];
  it.each(invalid)("refuses %s with a field error and writes nothing", async (_name, over, field) => {
    const before = await countRows(c.db);
    const r = await createIncident(c.db, c.editor, base(over));
    expect(r.ok).toBe(false);
    expect(Object.keys((r as { fieldErrors: object }).fieldErrors)).toContain(field);
    expect(await countRows(c.db)).toEqual(before);
  });

  it("will not publish an incident without a cited document, and publishes one with a citation", async () => {
    const before = await countRows(c.db);
    expect(await createIncident(c.db, c.editor, base({ citations: [], publish: true }))).toMatchObject({
      ok: false,
      fieldErrors: { citations: [expect.any(String)] },
    });
    expect(await countRows(c.db)).toEqual(before);

    const draft = await ok(createIncident(c.db, c.editor, base({ citations: [] })));
    expect(await publishIncident(c.db, c.editor, draft.id, { version: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { citations: [expect.any(String)] },
    });
    expect(await c.db.incident.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      published: false,
      version: 1,
    });

    const cited = await ok(createIncident(c.db, c.editor, base()));
    expect(await publishIncident(c.db, c.editor, cited.id, { version: 1 })).toMatchObject({ ok: true, version: 2 });
    const log = await c.db.auditLog.findFirstOrThrow({ where: { entityId: cited.id, action: "publish" } });
    expect(log.before).toMatchObject({ published: false, version: 1 });
    expect(log.after).toMatchObject({ published: true, version: 2 });
  });

  it("gives the second of two edits from the same version a conflict naming what changed, and keeps the first", async () => {
    const r = await ok(createIncident(c.db, c.editor, base()));
    const first = await updateIncident(
      c.db,
      c.editor,
      r.id,
      base({ version: 1, title: "Attack on the Bajaur checkpoint (revised title)" }),
    );
    expect(first).toMatchObject({ ok: true, version: 2 });
    const audits = await c.db.auditLog.count();
    const second = await updateIncident(
      c.db,
      c.admin,
      r.id,
      base({ version: 1, summary: "A different summary from the second editor." }),
    );
    expect(second).toMatchObject({
      ok: false,
      conflict: {
        currentVersion: 2,
        changes: [
          {
            field: "title",
            seen: "Test attack on a checkpoint in Bajaur",
            now: "Attack on the Bajaur checkpoint (revised title)",
          },
        ],
        changedBy: [{ name: c.editor.name }],
      },
    });
    expect((second as { formError: string }).formError).toMatch(/title/);
    const row = await c.db.incident.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({
      version: 2,
      summary: base().summary,
      title: "Attack on the Bajaur checkpoint (revised title)",
    });
    expect(await c.db.auditLog.count()).toBe(audits);
  });

  it("saving an unchanged form writes nothing and keeps the version", async () => {
    const r = await ok(createIncident(c.db, c.editor, base()));
    const audits = await c.db.auditLog.count();
    expect(await updateIncident(c.db, c.editor, r.id, base({ version: 1 }))).toMatchObject({ ok: true, version: 1 });
    expect(await c.db.auditLog.count()).toBe(audits);
  });

  it("requires a correction note to change a published incident and shows it, dated, on the public record", async () => {
    const r = await ok(createIncident(c.db, c.editor, base({ publish: true })));
    const before = await countRows(c.db);
    const noNote = await updateIncident(c.db, c.editor, r.id, base({ version: 1, status: "DISPUTED" }));
    expect(noNote).toMatchObject({ ok: false, fieldErrors: { correctionNote: [expect.any(String)] } });
    expect(await countRows(c.db)).toEqual(before);
    expect((await c.db.incident.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("REPORTED");

    const withNote = await updateIncident(
      c.db,
      c.editor,
      r.id,
      base({ version: 1, status: "DISPUTED", correctionNote: "Kabul disputes the account; status changed." }),
    );
    expect(withNote).toMatchObject({ ok: true, version: 2 });
    expect(await listIncidentCorrections(c.db, r.id)).toEqual([
      {
        id: expect.any(String),
        note: "Kabul disputes the account; status changed.",
        on: today,
        entityType: "Incident",
        entityId: r.id,
      },
    ]);
    const history = await listRecordHistory(c.db, c.viewer, "Incident", r.id);
    expect(history.map((h) => h.action)).toEqual(["update", "create"]);
    expect(history[0]).toMatchObject({
      userName: c.editor.name,
      before: { status: "REPORTED" },
      after: { status: "DISPUTED", version: 2 },
    });
  });

  it("refuses viewers and anonymous callers and writes nothing", async () => {
    const r = await ok(createIncident(c.db, c.editor, base()));
    const before = await countRows(c.db);
    await expect(createIncident(c.db, c.viewer, base())).rejects.toMatchObject({ name: "AccessDenied", status: 403 });
    await expect(createIncident(c.db, null, base())).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      updateIncident(c.db, null, r.id, base({ version: 1, title: "Changed by nobody" })),
    ).rejects.toMatchObject({ status: 401 });
    await expect(publishIncident(c.db, c.viewer, r.id, { version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(listRecordHistory(c.db, null, "Incident", r.id)).rejects.toMatchObject({ status: 401 });
    expect(await countRows(c.db)).toEqual(before);
  });

  it("keeps a draft off every public read path until it is published", async () => {
    // The dataset's localities are in Afghanistan: add one with a point in Bajaur for the map layer.
    const placeWithPoint = await c.db.place.upsert({
      where: { id: "loc-test-khar" },
      update: {},
      create: {
        id: "loc-test-khar",
        name: "Khar (test)",
        level: "LOCALITY",
        country: "PAK",
        parentId: "PK-KP-bajaur",
        lon: 71.52,
        lat: 34.72,
      },
    });
    const district = "PK-KP-bajaur",
      province = "PK-KP";
    const f = { from: "2025-01-01", to: today };
    const countBefore = await countAttacks(c.db, f);
    const r = await ok(
      createIncident(
        c.db,
        c.editor,
        base({
          provinceId: province,
          districtId: district,
          placeId: placeWithPoint.id,
          title: "Draft only: never public",
        }),
      ),
    );
    const reader = dbReader(c.db);
    const ctx = { siteUrl: "https://frontier.example", now: new Date() };
    const visible = async () => ({
      record: (await getIncident(c.db, r.id)) !== null,
      api: (await incidentResponse(reader, `https://frontier.example/api/v1/incidents/${r.id}`, r.id, ctx)).status,
      list: (await listAttacks(c.db, f, { sort: "date-desc", page: 1, pageSize: 500 })).items.some(
        (i) => i.id === r.id,
      ),
      apiList: (await fetchIncidentPage(c.db, f, "date-desc", 1, 500)).items.some((i) => i.id === r.id),
      points: (await listAttackPoints(c.db, f)).some((p) => p.id === r.id),
      count: await countAttacks(c.db, f),
    });
    expect(await visible()).toEqual({
      record: false,
      api: 404,
      list: false,
      apiList: false,
      points: false,
      count: countBefore,
    });
    await ok(publishIncident(c.db, c.editor, r.id, { version: 1 }));
    expect(await visible()).toEqual({
      record: true,
      api: 200,
      list: true,
      apiList: true,
      points: true,
      count: countBefore + 1,
    });
    await ok(
      unpublishIncident(c.db, c.editor, r.id, {
        version: 2,
        correctionNote: "Withdrawn: duplicate of another record.",
      }),
    );
    expect(await visible()).toEqual({
      record: false,
      api: 404,
      list: false,
      apiList: false,
      points: false,
      count: countBefore,
    });
  });

  it("creates an incident from a review item and marks the item accepted in the same transaction", async () => {
    const feed = await c.db.feedSource.upsert({
      where: { slug: "test-admin-feed" },
      update: {},
      create: { slug: "test-admin-feed", name: "Test feed", kind: "RSS", url: "https://feed.example/rss" },
    });
    const item = await c.db.ingestedItem.create({
      data: {
        feedSourceId: feed.id,
        externalId: `x-${Date.now()}`,
        contentHash: "h",
        title: "Checkpoint attacked",
        raw: {},
      },
    });
    const r = await ok(createIncident(c.db, c.editor, base({ fromItem: item.id })));
    expect(await c.db.ingestedItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: "ACCEPTED",
      incidentId: r.id,
      decidedById: c.editor.userId,
    });
    // A second incident from the same (now accepted) item is refused and leaves nothing behind.
    const before = await countRows(c.db);
    expect(await createIncident(c.db, c.editor, base({ fromItem: item.id }))).toMatchObject({
      ok: false,
      fieldErrors: { fromItem: [expect.any(String)] },
    });
    expect(await countRows(c.db)).toEqual(before);
  });

  it("answers the admin API with 201, 400 field errors, 401/403 and 409 conflicts", async () => {
    const post = (viewer: typeof c.editor | null, body: unknown) =>
      writeResponse(() => createIncident(c.db, viewer, body), { created: true });
    const created = await post(c.editor, base());
    expect(created.status).toBe(201);
    const { id, version } = await created.json();
    expect(version).toBe(1);
    const bad = await post(c.editor, base({ title: "", occurredOn: "2999-01-01" }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toMatchObject({
      title: [expect.any(String)],
      occurredOn: [expect.any(String)],
    });
    expect((await post(null, base())).status).toBe(401);
    expect((await post(c.viewer, base())).status).toBe(403);
    const patch = (body: unknown) => writeResponse(() => updateIncident(c.db, c.editor, id, body));
    expect((await patch(base({ version: 1, title: "Renamed through the API" }))).status).toBe(200);
    const stale = await patch(base({ version: 1, summary: "Stale edit" }));
    expect(stale.status).toBe(409);
    expect((await stale.json()).conflict.changes.map((ch: { field: string }) => ch.field)).toEqual(["title"]);
    expect(
      (await writeResponse(() => updateIncident(c.db, c.editor, "no-such-incident", base({ version: 1 })))).status,
    ).toBe(404);
    const notJson = await readJsonBody(
      new Request("http://x/api/admin/incidents", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{oops",
      }),
    );
    expect(notJson.ok ? 0 : notJson.response.status).toBe(400);
  });
});
