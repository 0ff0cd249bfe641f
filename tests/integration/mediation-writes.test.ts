import { describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/access/authorize";
import { createCeasefire, updateCeasefire } from "@/lib/mediation/ceasefire-writes";
import { listCeasefires, listMediationTracks } from "@/lib/mediation/mediation-queries";
import { createEvent, createTrack, updateEvent, updateTrack } from "@/lib/mediation/mediation-writes";
import { isolatedDatabases } from "../setup/isolated-databases";

const DOC = "business-today-2025-10-19-doha-ceasefire";
const track = (over: Record<string, unknown> = {}) => ({
  name: "Test track: Tehran talks",
  summary: "Iran offered to host talks.",
  venues: "Tehran\nMashhad",
  mediatorIds: ["qatar"],
  partyIds: ["gov-pakistan", "afghan-taliban-authorities"],
  ...over,
});
const event = (over: Record<string, unknown> = {}) => ({
  occurredOn: "2026-03-05",
  kind: "TALKS_ROUND",
  title: "First round in Tehran",
  round: "1",
  statusAfter: "TALKS_UNDER_WAY",
  documentId: DOC,
  quote: "ceasefire agreed in Doha",
  ...over,
});
const ceasefire = (over: Record<string, unknown> = {}) => ({
  name: "Test truce",
  agreedOn: "2026-03-06",
  startsOn: "2026-03-06",
  terms: "Both sides stop firing.",
  brokerIds: ["qatar"],
  citations: [{ documentId: DOC, quote: "ceasefire agreed in Doha" }],
  ...over,
});

describe.each(isolatedDatabases())("mediation writes on $name", (c) => {
  const counts = async () => ({
    tracks: await c.db.mediationTrack.count(),
    events: await c.db.mediationEvent.count(),
    ceasefires: await c.db.ceasefire.count(),
    audits: await c.db.auditLog.count(),
    corrections: await c.db.correction.count(),
  });
  const ok = <T extends { ok: boolean }>(r: T) => {
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    return r as Extract<T, { ok: true }>;
  };
  const publicStatus = async (id: string) => (await listMediationTracks(c.db)).find((t) => t.id === id)?.status;

  it("keeps a draft track off the public list; the status follows the latest event once published", async () => {
    const created = ok(await createTrack(c.db, c.editor, track()));
    expect((await listMediationTracks(c.db)).some((t) => t.id === created.id)).toBe(false);
    ok(await createEvent(c.db, c.editor, created.id, event()));
    const published = ok(await updateTrack(c.db, c.editor, created.id, { ...track(), published: "on", version: "1" }));
    expect(published.version).toBe(2);
    expect(await publicStatus(created.id)).toBe("TALKS_UNDER_WAY");
    ok(
      await createEvent(
        c.db,
        c.editor,
        created.id,
        event({ occurredOn: "2026-03-20", kind: "BREAKDOWN", title: "Talks stall", round: "", statusAfter: "STALLED" }),
      ),
    );
    expect(await publicStatus(created.id)).toBe("STALLED");
    // An older step added later does not change the status now; a step without a status neither.
    ok(
      await createEvent(
        c.db,
        c.editor,
        created.id,
        event({ occurredOn: "2026-03-01", kind: "OFFER", title: "Iran offers", round: "", statusAfter: "OFFERED" }),
      ),
    );
    ok(
      await createEvent(
        c.db,
        c.editor,
        created.id,
        event({ occurredOn: "2026-03-25", kind: "STATEMENT", title: "Statement", round: "", statusAfter: "" }),
      ),
    );
    expect(await publicStatus(created.id)).toBe("STALLED");
    const audit = await c.db.auditLog.findMany({
      where: { OR: [{ entityId: created.id }, { entityType: "MediationEvent", userId: c.editor.userId }] },
      select: { action: true, entityType: true },
    });
    expect(audit.filter((a) => a.entityType === "MediationTrack").map((a) => a.action)).toEqual(["create", "publish"]);
    expect(audit.filter((a) => a.entityType === "MediationEvent").length).toBe(4);
  });

  it("gives the second of two editors a conflict naming what changed, and keeps the first save", async () => {
    const { id } = ok(await createTrack(c.db, c.editor, track({ name: "Conflict track" })));
    ok(await updateTrack(c.db, c.editor, id, { ...track({ name: "Conflict track (renamed)" }), version: 1 }));
    const second = await updateTrack(c.db, c.admin, id, {
      ...track({ name: "Conflict track", summary: "Other summary." }),
      version: 1,
    });
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.conflict?.changes.map((ch) => ch.field)).toEqual(["name"]);
      expect(second.conflict?.currentVersion).toBe(2);
      expect(second.formError).toMatch(/name/);
    }
    expect(await c.db.mediationTrack.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Conflict track (renamed)",
      summary: "Iran offered to host talks.",
      version: 2,
    });
  });

  it("requires a correction note to change a published track or its events, and stores it", async () => {
    const { id } = ok(await createTrack(c.db, c.editor, track({ name: "Published track", published: true })));
    const ev = ok(await createEvent(c.db, c.editor, id, event()));
    const before = await counts();
    const noNote = await updateTrack(c.db, c.editor, id, {
      ...track({ name: "Published track, fixed", published: true }),
      version: 1,
    });
    expect(!noNote.ok && Object.keys(noNote.fieldErrors)).toEqual(["correctionNote"]);
    const evNoNote = await updateEvent(c.db, c.editor, ev.id, { ...event({ title: "Round one" }), version: 1 });
    expect(!evNoNote.ok && Object.keys(evNoNote.fieldErrors)).toEqual(["correctionNote"]);
    expect(await counts()).toEqual(before);
    ok(
      await updateEvent(c.db, c.editor, ev.id, {
        ...event({ title: "Round one" }),
        version: 1,
        correctionNote: "Title corrected.",
      }),
    );
    const notes = await c.db.correction.findMany({ where: { entityType: "MediationTrack", entityId: id } });
    expect(notes.map((n) => n.note)).toEqual(["Title corrected."]);
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const { id } = ok(await createTrack(c.db, c.editor, track({ name: "Invalid inputs track" })));
    const before = await counts();
    const r1 = await createTrack(
      c.db,
      c.editor,
      track({ name: " ", mediatorIds: [], summary: "<script>alert(1)</script>" }),
    );
    expect(!r1.ok && Object.keys(r1.fieldErrors).sort()).toEqual(["mediatorIds", "name", "summary"]);
    const r2 = await createTrack(c.db, c.editor, track({ partyIds: ["no-such-actor"] }));
    expect(!r2.ok && Object.keys(r2.fieldErrors)).toEqual(["partyIds"]);
    const r3 = await createEvent(c.db, c.editor, id, event({ documentId: "", quote: "" }));
    expect(!r3.ok && Object.keys(r3.fieldErrors).sort()).toEqual(["documentId", "quote"]);
    const r4 = await createEvent(
      c.db,
      c.editor,
      id,
      event({ documentId: "no-such-document", occurredOn: "2099-01-01" }),
    );
    expect(!r4.ok && Object.keys(r4.fieldErrors)).toEqual(["occurredOn"]);
    const r5 = await createEvent(c.db, c.editor, id, event({ documentId: "no-such-document" }));
    expect(!r5.ok && Object.keys(r5.fieldErrors)).toEqual(["documentId"]);
    const r6 = await createCeasefire(c.db, c.editor, ceasefire({ published: "on", citations: [] }));
    expect(!r6.ok && Object.keys(r6.fieldErrors)).toEqual(["citations"]);
    const r7 = await createCeasefire(
      c.db,
      c.editor,
      ceasefire({ endedOn: "2026-03-01", terms: "<img src=x onerror=alert(1)>" }),
    );
    expect(!r7.ok && Object.keys(r7.fieldErrors).sort()).toEqual(["endedHow", "endedOn", "terms"]);
    const r8 = await createCeasefire(
      c.db,
      c.editor,
      ceasefire({ citations: [{ documentId: "no-such-document", quote: "x" }] }),
    );
    expect(!r8.ok && Object.keys(r8.fieldErrors)).toEqual(["citations.0.documentId"]);
    expect(await counts()).toEqual(before);
  });

  it("publishes a cited ceasefire, audits it, and versions its edits", async () => {
    const before = await listCeasefires(c.db, "2026-04-01");
    const cf = ok(await createCeasefire(c.db, c.editor, ceasefire({ published: true })));
    const after = await listCeasefires(c.db, "2026-04-01");
    expect(after.length).toBe(before.length + 1);
    expect(after.find((x) => x.id === cf.id)).toMatchObject({ heldDays: 26, inForce: true, brokers: ["Qatar"] });
    const ended = ok(
      await updateCeasefire(
        c.db,
        c.editor,
        cf.id,
        ceasefire({
          published: true,
          endedOn: "2026-03-10",
          endedHow: "BROKEN",
          version: 1,
          correctionNote: "It broke down on 10 March.",
        }),
      ),
    );
    expect(ended.version).toBe(2);
    expect((await listCeasefires(c.db, "2026-04-01")).find((x) => x.id === cf.id)).toMatchObject({
      heldDays: 4,
      inForce: false,
      endedHow: "BROKEN",
    });
    const stale = await updateCeasefire(
      c.db,
      c.editor,
      cf.id,
      ceasefire({ published: true, version: 1, correctionNote: "x" }),
    );
    expect(!stale.ok && stale.conflict?.changes.map((ch) => ch.field)).toEqual(["endedHow", "endedOn"]);
    expect(
      await c.db.auditLog.findMany({ where: { entityType: "Ceasefire", entityId: cf.id }, select: { action: true } }),
    ).toEqual([{ action: "create" }, { action: "update" }]);
  });

  it("denies viewers and anonymous callers, writing nothing", async () => {
    const { id } = ok(await createTrack(c.db, c.editor, track({ name: "Access track" })));
    const before = await counts();
    await expect(createTrack(c.db, c.viewer, track())).rejects.toMatchObject({ status: 403 });
    await expect(updateTrack(c.db, null, id, { ...track(), version: 1 })).rejects.toThrow(AccessDenied);
    await expect(createEvent(c.db, c.viewer, id, event())).rejects.toThrow(AccessDenied);
    await expect(createCeasefire(c.db, null, ceasefire())).rejects.toMatchObject({ status: 401 });
    expect(await counts()).toEqual(before);
  });
});
