// Writes for mediation tracks and their events: zod input → role → one transaction (version check,
// rows, audit row, public correction when a published track changes) → the cache tags to
// invalidate. A track's status is never written: it follows from the statusAfter of its latest event.
import { checkRefs, settle } from "../writes/versioned";
import { updateVersioned, whenPublished } from "../writes/versioned-update";
import { WriteRejected, fail, parseInput, type WriteResult, notFound } from "../writes/write-result";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS } from "../cache-tags";
import type { Db } from "../db/create-client";
import { isoDay } from "../dates";
import type { DbTx } from "../db/create-client";
import { eventCreateInput, eventUpdateInput, type EventFieldsInput } from "./event-input";
import { trackCreateInput, trackUpdateInput, type TrackFieldsInput } from "./track-input";

const TAGS = [CACHE_TAGS.mediation];

export async function snapshotTrack(db: DbTx, id: string) {
  const t = await db.mediationTrack.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      summary: true,
      venues: true,
      published: true,
      version: true,
      mediators: { select: { actorId: true } },
      parties: { select: { actorId: true } },
    },
  });
  if (!t) return null;
  const { mediators, parties, ...rest } = t;
  return {
    ...rest,
    mediatorIds: mediators.map((m) => m.actorId).sort(),
    partyIds: parties.map((p) => p.actorId).sort(),
  };
}

export async function snapshotEvent(db: DbTx, id: string) {
  const e = await db.mediationEvent.findUnique({ where: { id } });
  return e ? { ...e, occurredOn: isoDay(e.occurredOn) } : null;
}

async function checkTrackRefs(tx: DbTx, t: TrackFieldsInput) {
  const errors = await checkRefs(tx, {
    actor: Object.fromEntries([
      ...t.mediatorIds.map((id, n) => [`mediatorIds.${n}`, id]),
      ...t.partyIds.map((id, n) => [`partyIds.${n}`, id]),
    ]),
  });
  // Name the list, not its n-th entry: the form shows one error beside the whole list.
  const byList: Record<string, string[]> = {};
  for (const key of Object.keys(errors)) byList[key.split(".")[0]!] ??= ["One of the chosen actors does not exist."];
  if (Object.keys(byList).length) throw new WriteRejected(fail(byList));
}

const trackScalars = (t: TrackFieldsInput) => ({
  name: t.name,
  summary: t.summary,
  venues: t.venues,
  published: t.published,
});

export async function createTrack(db: Db, viewer: Viewer | null, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(trackCreateInput, raw);
  if (!input.ok) return input;
  const t = input.data;
  return settle(() =>
    db.$transaction(async (tx) => {
      await checkTrackRefs(tx, t);
      const created = await tx.mediationTrack.create({
        data: {
          ...trackScalars(t),
          mediators: { create: t.mediatorIds.map((actorId) => ({ actorId })) },
          parties: { create: t.partyIds.map((actorId) => ({ actorId })) },
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        userId: user.userId,
        action: "create",
        entityType: "MediationTrack",
        entityId: created.id,
        after: await snapshotTrack(tx, created.id),
      });
      return { ok: true as const, id: created.id, version: 1, tags: TAGS };
    }),
  );
}

async function replaceTrackActors(tx: DbTx, trackId: string, t: TrackFieldsInput) {
  await tx.mediationMediator.deleteMany({ where: { trackId } });
  await tx.mediationParty.deleteMany({ where: { trackId } });
  await tx.mediationMediator.createMany({ data: t.mediatorIds.map((actorId) => ({ trackId, actorId })) });
  await tx.mediationParty.createMany({ data: t.partyIds.map((actorId) => ({ trackId, actorId })) });
}

export const updateTrack = (db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> =>
  updateVersioned(db, viewer, trackUpdateInput, id, raw, {
    entityType: "MediationTrack",
    missing: "This track no longer exists.",
    snapshot: snapshotTrack,
    tags: TAGS,
    countPublished: true,
    check: checkTrackRefs,
    update: async (tx, t) =>
      (
        await tx.mediationTrack.updateMany({
          where: { id, version: t.version },
          data: { ...trackScalars(t), version: { increment: 1 } },
        })
      ).count,
    replaceLinks: (tx, t) => replaceTrackActors(tx, id, t),
    // Publishing a draft is not a correction; changing or withdrawing a public track is.
    correction: whenPublished({ entityType: "MediationTrack", entityId: id }),
  });

const eventScalars = (e: EventFieldsInput) => ({
  occurredOn: new Date(`${e.occurredOn}T00:00:00Z`),
  datePrecision: e.datePrecision,
  kind: e.kind,
  title: e.title,
  description: e.description ?? null,
  venue: e.venue ?? null,
  round: e.round ?? null,
  statusAfter: e.statusAfter ?? null,
  documentId: e.documentId,
  quote: e.quote,
});

async function checkEventRefs(tx: DbTx, e: EventFieldsInput) {
  const errors = await checkRefs(tx, { document: { documentId: e.documentId } });
  if (Object.keys(errors).length) throw new WriteRejected(fail(errors));
}

/** Adds a dated step; new information on a published track is not a correction. */
export async function createEvent(db: Db, viewer: Viewer | null, trackId: string, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(eventCreateInput, raw);
  if (!input.ok) return input;
  const e = input.data;
  return settle(() =>
    db.$transaction(async (tx) => {
      if (!(await tx.mediationTrack.findUnique({ where: { id: trackId }, select: { id: true } })))
        return notFound("This track no longer exists.");
      await checkEventRefs(tx, e);
      const created = await tx.mediationEvent.create({ data: { trackId, ...eventScalars(e) }, select: { id: true } });
      await writeAudit(tx, {
        userId: user.userId,
        action: "create",
        entityType: "MediationEvent",
        entityId: created.id,
        after: await snapshotEvent(tx, created.id),
      });
      return { ok: true as const, id: created.id, version: 1, tags: TAGS };
    }),
  );
}

export const updateEvent = (db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> =>
  updateVersioned(db, viewer, eventUpdateInput, id, raw, {
    entityType: "MediationEvent",
    missing: "This event no longer exists.",
    snapshot: snapshotEvent,
    tags: TAGS,
    check: checkEventRefs,
    update: async (tx, e) =>
      (
        await tx.mediationEvent.updateMany({
          where: { id, version: e.version },
          data: { ...eventScalars(e), version: { increment: 1 } },
        })
      ).count,
    // An event is public when its track is: the correction belongs to the track.
    correction: async (tx, before) => {
      const track = await tx.mediationTrack.findUniqueOrThrow({
        where: { id: before.trackId },
        select: { published: true },
      });
      return track.published ? { entityType: "MediationTrack", entityId: before.trackId } : null;
    },
  });
