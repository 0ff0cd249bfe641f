// Admin writes to the reference records (sources, documents, actors, places) on both databases:
// audited create and update, field errors that write nothing, and version conflicts.
import { describe, expect, it } from "vitest";
import { createActor, updateActor } from "@/lib/actors/actor-writes";
import { createDocument, updateDocument } from "@/lib/documents/document-writes";
import { createSource, updateSource } from "@/lib/documents/source-writes";
import { createPlace, updatePlace } from "@/lib/places/place-writes";
import { countRows, isolatedDatabases } from "../setup/isolated-databases";

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe.each(isolatedDatabases())("reference record writes on $name", (c) => {
  it("creates and updates a source and a document, each with audit rows holding before and after", async () => {
    const s = await createSource(c.db, c.editor, {
      name: "Khyber Daily (test)",
      kind: "NEWS_OUTLET",
      country: "PAK",
      url: "https://khyber.example/",
    });
    expect(s).toMatchObject({ ok: true, version: 1 });
    const sourceId = (s as { id: string }).id;
    const d = await createDocument(c.db, c.editor, {
      sourceId,
      title: "Checkpoint attacked in Bajaur",
      url: "https://khyber.example/a/1",
      publishedOn: "2026-02-11",
      language: "en",
    });
    expect(d).toMatchObject({ ok: true });
    const docId = (d as { id: string }).id;
    expect(await c.db.document.findUniqueOrThrow({ where: { id: docId } })).toMatchObject({
      sourceId,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(
      await createDocument(c.db, c.editor, {
        sourceId,
        title: "Checkpoint attacked in Bajaur",
        url: "https://khyber.example/a/1",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { title: [expect.stringMatching(/already recorded/)] } });

    expect(
      await updateDocument(c.db, c.editor, docId, {
        sourceId,
        title: "Checkpoint attacked in Bajaur, six killed",
        url: "https://khyber.example/a/1",
        publishedOn: "2026-02-11",
        version: 1,
      }),
    ).toMatchObject({ ok: true, version: 2 });
    const log = await c.db.auditLog.findFirstOrThrow({
      where: { entityType: "Document", entityId: docId, action: "update" },
    });
    expect(log).toMatchObject({
      userId: c.editor.userId,
      before: { title: "Checkpoint attacked in Bajaur", version: 1 },
      after: { title: "Checkpoint attacked in Bajaur, six killed", version: 2 },
    });

    expect(
      await updateSource(c.db, c.editor, sourceId, { name: "Khyber Daily", kind: "NEWS_OUTLET", version: 1 }),
    ).toMatchObject({ ok: true, version: 2 });
    expect(
      await updateSource(c.db, c.admin, sourceId, { name: "Khyber Daily News", kind: "NEWS_OUTLET", version: 1 }),
    ).toMatchObject({
      ok: false,
      conflict: {
        currentVersion: 2,
        changes: expect.arrayContaining([{ field: "name", now: "Khyber Daily", seen: "Khyber Daily (test)" }]),
      },
    });
  });

  const invalid: [string, () => Promise<unknown>, string][] = [
    ["a source without a name", () => createSource(c.db, c.editor, { name: " ", kind: "NEWS_OUTLET" }), "name"],
    ["a source with an unknown kind", () => createSource(c.db, c.editor, { name: "X News", kind: "BLOG" }), "kind"],
    [
      "a source address that is not http(s)",
      () => createSource(c.db, c.editor, { name: "X News", kind: "OTHER", url: "javascript:alert(1)" }),
      "url",
    ],
    [
      "a document from an unknown source",
      () => createDocument(c.db, c.editor, { sourceId: "nope", title: "A title" }),
      "sourceId",
    ],
    [
      "a document dated tomorrow",
      () => createDocument(c.db, c.editor, { sourceId: "dawn", title: "A title", publishedOn: tomorrow }),
      "publishedOn",
    ],
    [
      "a document title with a tag",
      () => createDocument(c.db, c.editor, { sourceId: "dawn", title: "<iframe src=x>" }),
      "title",
    ],
    [
      "an actor with an unknown side",
      () => createActor(c.db, c.editor, { name: "Group X", kind: "ARMED_GROUP", side: "GOOD" }),
      "side",
    ],
    [
      "an actor with a bad country code",
      () =>
        createActor(c.db, c.editor, { name: "Group X", kind: "ARMED_GROUP", side: "ARMED_GROUP", country: "Pakistan" }),
      "country",
    ],
    [
      "an actor name too long",
      () => createActor(c.db, c.editor, { name: "x".repeat(201), kind: "ARMED_GROUP", side: "ARMED_GROUP" }),
      "name",
    ],
    [
      "a place outside the region",
      () => createPlace(c.db, c.editor, { name: "Somewhere", parentId: "PK-KP-bajaur", lon: "10", lat: "34" }),
      "lon",
    ],
    [
      "a place with a non-numeric latitude",
      () => createPlace(c.db, c.editor, { name: "Somewhere", parentId: "PK-KP-bajaur", lon: "71.5", lat: "north" }),
      "lat",
    ],
    [
      "a place under an unknown parent",
      () => createPlace(c.db, c.editor, { name: "Somewhere", parentId: "PK-XX-nowhere" }),
      "parentId",
    ],
  ];
  it.each(invalid)("refuses %s with a field error and writes nothing", async (_n, run, field) => {
    const before = await countRows(c.db);
    const r = (await run()) as { ok: boolean; fieldErrors: object };
    expect(r.ok).toBe(false);
    expect(Object.keys(r.fieldErrors)).toContain(field);
    expect(await countRows(c.db)).toEqual(before);
  });

  it("creates an actor and refuses a parent loop", async () => {
    const parent = await createActor(c.db, c.editor, {
      name: "Front A (test)",
      kind: "ARMED_GROUP",
      side: "ARMED_GROUP",
      aliases: "Front A\nFA\n",
    });
    const parentId = (parent as { id: string }).id;
    expect(await c.db.actor.findUniqueOrThrow({ where: { id: parentId } })).toMatchObject({
      aliases: ["Front A", "FA"],
    });
    const child = await createActor(c.db, c.editor, {
      name: "Front A, northern wing (test)",
      kind: "ARMED_GROUP",
      side: "ARMED_GROUP",
      parentId,
    });
    const childId = (child as { id: string }).id;
    expect(
      await updateActor(c.db, c.editor, parentId, {
        name: "Front A (test)",
        kind: "ARMED_GROUP",
        side: "ARMED_GROUP",
        parentId: childId,
        version: 1,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.stringMatching(/under itself/)] } });
  });

  it("adds a locality under a district, inheriting its country and ex-FATA flag, and updates it", async () => {
    const r = await createPlace(c.db, c.editor, {
      name: "Inayat Kalay (test)",
      parentId: "PK-KP-bajaur",
      lon: "71.55",
      lat: "34.75",
    });
    expect(r).toMatchObject({ ok: true, id: "loc-inayat-kalay-test" });
    expect(await c.db.place.findUniqueOrThrow({ where: { id: "loc-inayat-kalay-test" } })).toMatchObject({
      level: "LOCALITY",
      country: "PAK",
      exFata: true,
      lon: 71.55,
    });
    expect(
      await updatePlace(c.db, c.editor, "loc-inayat-kalay-test", {
        name: "Inayat Kalay",
        aliases: "Inayat Killi",
        lon: "71.55",
        lat: "34.75",
        version: 1,
      }),
    ).toMatchObject({ ok: true, version: 2 });
    await expect(createPlace(c.db, c.viewer, { name: "Nope", parentId: "PK-KP-bajaur" })).rejects.toMatchObject({
      status: 403,
    });
  });
});
