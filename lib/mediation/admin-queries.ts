// Reads for the mediation and ceasefire admin pages: drafts included, so editors only.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import { snapshotCeasefire } from "./ceasefire-writes";
import { isoDay } from "../dates";
import { snapshotTrack } from "./mediation-writes";

export async function listTracksForAdmin(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "EDITOR");
  const tracks = await db.mediationTrack.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      published: true,
      version: true,
      updatedAt: true,
      _count: { select: { events: true } },
      events: {
        where: { statusAfter: { not: null } },
        orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
        take: 1,
        select: { statusAfter: true, occurredOn: true },
      },
    },
  });
  return tracks.map((t) => ({
    id: t.id,
    name: t.name,
    published: t.published,
    version: t.version,
    events: t._count.events,
    status: t.events[0]?.statusAfter ?? null,
    statusSince: t.events[0]?.occurredOn.toISOString().slice(0, 10) ?? null,
  }));
}

export async function getTrackForEdit(db: Db, viewer: Viewer | null, id: string) {
  assertRole(viewer, "EDITOR");
  const track = await snapshotTrack(db, id);
  if (!track) return null;
  const events = await db.mediationEvent.findMany({
    where: { trackId: id },
    orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
  });
  // The same shape as the audit snapshots (snapshotEvent), so the edit form starts from it.
  return { track, events: events.map((e) => ({ ...e, occurredOn: isoDay(e.occurredOn) })) };
}

export async function listCeasefiresForAdmin(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "EDITOR");
  const rows = await db.ceasefire.findMany({
    orderBy: { startsOn: "desc" },
    select: {
      id: true,
      name: true,
      startsOn: true,
      endedOn: true,
      endedHow: true,
      published: true,
      version: true,
      _count: { select: { citations: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    startsOn: c.startsOn.toISOString().slice(0, 10),
    endedOn: c.endedOn?.toISOString().slice(0, 10) ?? null,
    endedHow: c.endedHow,
    published: c.published,
    version: c.version,
    citations: c._count.citations,
  }));
}

export async function getCeasefireForEdit(db: Db, viewer: Viewer | null, id: string) {
  assertRole(viewer, "EDITOR");
  return snapshotCeasefire(db, id);
}

/** Choices for the forms: actors (mediators, parties, brokers), documents to cite, tracks. */
export async function getMediationFormChoices(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "EDITOR");
  const [actors, documents, tracks] = await Promise.all([
    db.actor.findMany({ select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } }),
    db.document.findMany({
      select: { id: true, title: true, publishedOn: true },
      orderBy: [{ publishedOn: "desc" }, { id: "asc" }],
      take: 500,
    }),
    db.mediationTrack.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    actors: actors.map((a) => ({ value: a.id, label: a.name })),
    documents: documents.map((d) => ({
      value: d.id,
      label: `${d.publishedOn?.toISOString().slice(0, 10) ?? "undated"} · ${d.title}`,
    })),
    tracks: tracks.map((t) => ({ value: t.id, label: t.name })),
  };
}
