// Writes for mediation tracks and their events: zod input → role → one transaction (version check,
// rows, audit row, public correction when a published track changes) → the cache tags to
// invalidate. A track's status is never written: it follows from the statusAfter of its latest event.
import { checkRefs, hasChanges, NothingChanged, recordCorrection, rejectIfStale, settle } from "../writes/versioned";
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
    select: { id: true, name: true, summary: true, venues: true, published: true, version: true, mediators: { select: { actorId: true } }, parties: { select: { actorId: true } } },
  });
  if (!t) return null;
  const { mediators, parties, ...rest } = t;
  return { ...rest, mediatorIds: mediators.map((m) => m.actorId).sort(), partyIds: parties.map((p) => p.actorId).sort() };
}

export async function snapshotEvent(db: DbTx, id: string) {
  const e = await db.mediationEvent.findUnique({ where: { id } });
  return e ? { ...e, occurredOn: isoDay(e.occurredOn) } : null;
}

async function checkTrackRefs(tx: DbTx, t: TrackFieldsInput) {
  const errors = await checkRefs(tx, { actor: Object.fromEntries([
    ...t.mediatorIds.map((id, n) => [`mediatorIds.${n}`, id]), ...t.partyIds.map((id, n) => [`partyIds.${n}`, id]),
  ]) });
  // Name the list, not its n-th entry: the form shows one error beside the whole list.
  const byList: Record<string, string[]> = {};
  for (const key of Object.keys(errors)) (byList[key.split(".")[0]!] ??= ["One of the chosen actors does not exist."]);
  if (Object.keys(byList).length) throw new WriteRejected(fail(byList));
}

const trackScalars = (t: TrackFieldsInput) => ({ name: t.name, summary: t.summary, venues: t.venues, published: t.published });

export async function createTrack(db: Db, viewer: Viewer | null, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(trackCreateInput, raw);
  if (!input.ok) return input;
  const t = input.data;
  return settle(() => db.$transaction(async (tx) => {
    await checkTrackRefs(tx, t);
    const created = await tx.mediationTrack.create({
      data: {
        ...trackScalars(t),
        mediators: { create: t.mediatorIds.map((actorId) => ({ actorId })) },
        parties: { create: t.partyIds.map((actorId) => ({ actorId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, { userId: user.userId, action: "create", entityType: "MediationTrack", entityId: created.id, after: await snapshotTrack(tx, created.id) });
    return { ok: true as const, id: created.id, version: 1, tags: TAGS };
  }));
}

export async function updateTrack(db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(trackUpdateInput, raw);
  if (!input.ok) return input;
  const { version, correctionNote, ...t } = input.data;
  return settle(() => db.$transaction(async (tx) => {
    const before = await snapshotTrack(tx, id);
    if (!before) return notFound("This track no longer exists.");
    await rejectIfStale(tx, "MediationTrack", id, version, before, { ...t });
    await checkTrackRefs(tx, t);
    const { count } = await tx.mediationTrack.updateMany({ where: { id, version }, data: { ...trackScalars(t), version: { increment: 1 } } });
    if (count === 0) await rejectIfStale(tx, "MediationTrack", id, version, (await snapshotTrack(tx, id))!, { ...t });
    await tx.mediationMediator.deleteMany({ where: { trackId: id } });
    await tx.mediationParty.deleteMany({ where: { trackId: id } });
    await tx.mediationMediator.createMany({ data: t.mediatorIds.map((actorId) => ({ trackId: id, actorId })) });
    await tx.mediationParty.createMany({ data: t.partyIds.map((actorId) => ({ trackId: id, actorId })) });
    const after = (await snapshotTrack(tx, id))!;
    // Unlike lib/admin/versioned.ts hasChanges, publishing counts as a change here (one save form).
    if (!hasChanges(before, after, { countPublished: true })) throw new NothingChanged();
    // Publishing a draft is not a correction; changing or withdrawing a public track is.
    if (before.published) await recordCorrection(tx, { entityType: "MediationTrack", entityId: id, note: correctionNote, userId: user.userId });
    const action = before.published === after.published ? "update" : after.published ? "publish" : "unpublish";
    await writeAudit(tx, { userId: user.userId, action, entityType: "MediationTrack", entityId: id, before, after });
    return { ok: true as const, id, version: after.version, tags: TAGS };
  })).catch((err: unknown) => {
    if (err instanceof NothingChanged) return { ok: true as const, id, version, tags: [] };
    throw err;
  });
}

const eventScalars = (e: EventFieldsInput) => ({
  occurredOn: new Date(`${e.occurredOn}T00:00:00Z`), datePrecision: e.datePrecision, kind: e.kind, title: e.title,
  description: e.description ?? null, venue: e.venue ?? null, round: e.round ?? null, statusAfter: e.statusAfter ?? null,
  documentId: e.documentId, quote: e.quote,
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
  return settle(() => db.$transaction(async (tx) => {
    if (!(await tx.mediationTrack.findUnique({ where: { id: trackId }, select: { id: true } }))) return notFound("This track no longer exists.");
    await checkEventRefs(tx, e);
    const created = await tx.mediationEvent.create({ data: { trackId, ...eventScalars(e) }, select: { id: true } });
    await writeAudit(tx, { userId: user.userId, action: "create", entityType: "MediationEvent", entityId: created.id, after: await snapshotEvent(tx, created.id) });
    return { ok: true as const, id: created.id, version: 1, tags: TAGS };
  }));
}

export async function updateEvent(db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(eventUpdateInput, raw);
  if (!input.ok) return input;
  const { version, correctionNote, ...e } = input.data;
  return settle(() => db.$transaction(async (tx) => {
    const before = await snapshotEvent(tx, id);
    if (!before) return notFound("This event no longer exists.");
    await rejectIfStale(tx, "MediationEvent", id, version, before, { ...e });
    await checkEventRefs(tx, e);
    const { count } = await tx.mediationEvent.updateMany({ where: { id, version }, data: { ...eventScalars(e), version: { increment: 1 } } });
    if (count === 0) await rejectIfStale(tx, "MediationEvent", id, version, (await snapshotEvent(tx, id))!, { ...e });
    const after = (await snapshotEvent(tx, id))!;
    // Unlike lib/admin/versioned.ts hasChanges, publishing counts as a change here (one save form).
    if (!hasChanges(before, after, { countPublished: true })) throw new NothingChanged();
    const track = await tx.mediationTrack.findUniqueOrThrow({ where: { id: before.trackId }, select: { published: true } });
    if (track.published) await recordCorrection(tx, { entityType: "MediationTrack", entityId: before.trackId, note: correctionNote, userId: user.userId });
    await writeAudit(tx, { userId: user.userId, action: "update", entityType: "MediationEvent", entityId: id, before, after });
    return { ok: true as const, id, version: after.version, tags: TAGS };
  })).catch((err: unknown) => {
    if (err instanceof NothingChanged) return { ok: true as const, id, version, tags: [] };
    throw err;
  });
}
