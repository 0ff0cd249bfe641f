// Writes for ceasefires: zod input → role → one transaction (version check, brokers and citations
// replaced, audit row, public correction when a published ceasefire changes) → cache tags. A
// published ceasefire always has a citation (the schema refuses one without).
import { checkRefs, settle } from "../writes/versioned";
import { updateVersioned, whenPublished } from "../writes/versioned-update";
import { WriteRejected, fail, parseInput, type WriteResult } from "../writes/write-result";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS } from "../cache-tags";
import type { Db } from "../db/create-client";
import { isoDay, optionalIsoDay } from "../dates";
import type { DbTx } from "../db/create-client";
import { ceasefireCreateInput, ceasefireUpdateInput, type CeasefireFieldsInput } from "./ceasefire-input";

const TAGS = [CACHE_TAGS.mediation];

export async function snapshotCeasefire(db: DbTx, id: string) {
  const c = await db.ceasefire.findUnique({
    where: { id },
    include: {
      brokers: { select: { actorId: true } },
      citations: { select: { documentId: true, quote: true }, orderBy: { documentId: "asc" } },
    },
  });
  if (!c) return null;
  const { brokers, ...rest } = c;
  return {
    ...rest,
    agreedOn: isoDay(c.agreedOn),
    startsOn: isoDay(c.startsOn),
    plannedEnd: optionalIsoDay(c.plannedEnd),
    endedOn: optionalIsoDay(c.endedOn),
    brokerIds: brokers.map((b) => b.actorId).sort(),
  };
}

const day = (v: string | undefined) => (v ? new Date(`${v}T00:00:00Z`) : null);
const scalars = (c: CeasefireFieldsInput) => ({
  name: c.name,
  trackId: c.trackId ?? null,
  agreedOn: day(c.agreedOn)!,
  startsOn: day(c.startsOn)!,
  plannedEnd: day(c.plannedEnd),
  endedOn: day(c.endedOn),
  endedHow: c.endedHow ?? null,
  endNote: c.endNote ?? null,
  terms: c.terms,
  published: c.published,
});

async function checkCeasefireRefs(tx: DbTx, c: CeasefireFieldsInput) {
  const errors = await checkRefs(tx, {
    actor: Object.fromEntries(c.brokerIds.map((id, n) => [`brokerIds.${n}`, id])),
    document: Object.fromEntries(c.citations.map((x, n) => [`citations.${n}.documentId`, x.documentId])),
  });
  for (const key of Object.keys(errors))
    if (key.startsWith("brokerIds.")) {
      delete errors[key];
      errors.brokerIds = ["One of the chosen brokers does not exist."];
    }
  if (c.trackId && !(await tx.mediationTrack.findUnique({ where: { id: c.trackId }, select: { id: true } })))
    errors.trackId = ["No such track."];
  if (Object.keys(errors).length) throw new WriteRejected(fail(errors));
}

async function replaceLinks(tx: DbTx, ceasefireId: string, c: CeasefireFieldsInput) {
  await tx.ceasefireBroker.deleteMany({ where: { ceasefireId } });
  await tx.ceasefireCitation.deleteMany({ where: { ceasefireId } });
  await tx.ceasefireBroker.createMany({ data: c.brokerIds.map((actorId) => ({ ceasefireId, actorId })) });
  await tx.ceasefireCitation.createMany({
    data: c.citations.map((x) => ({ ceasefireId, documentId: x.documentId, quote: x.quote })),
  });
}

export async function createCeasefire(db: Db, viewer: Viewer | null, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(ceasefireCreateInput, raw);
  if (!input.ok) return input;
  const c = input.data;
  return settle(() =>
    db.$transaction(async (tx) => {
      await checkCeasefireRefs(tx, c);
      const created = await tx.ceasefire.create({ data: scalars(c), select: { id: true } });
      await replaceLinks(tx, created.id, c);
      await writeAudit(tx, {
        userId: user.userId,
        action: "create",
        entityType: "Ceasefire",
        entityId: created.id,
        after: await snapshotCeasefire(tx, created.id),
      });
      return { ok: true as const, id: created.id, version: 1, tags: TAGS };
    }),
  );
}

export const updateCeasefire = (db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> =>
  updateVersioned(db, viewer, ceasefireUpdateInput, id, raw, {
    entityType: "Ceasefire",
    missing: "This ceasefire no longer exists.",
    snapshot: snapshotCeasefire,
    tags: TAGS,
    countPublished: true,
    check: checkCeasefireRefs,
    correction: whenPublished({ entityType: "Ceasefire", entityId: id }),
    update: async (tx, c) =>
      (
        await tx.ceasefire.updateMany({
          where: { id, version: c.version },
          data: { ...scalars(c), version: { increment: 1 } },
        })
      ).count,
    replaceLinks: (tx, c) => replaceLinks(tx, id, c),
  });
