// Every admin write to an incident: zod input → role check → one transaction (change + audit row
// [+ public correction]) → the cache tags to invalidate. Takes the client and the viewer, so
// server actions, the admin API and tests share it.
import { checkRefs, settle } from "../writes/versioned";
import { setPublishedVersioned, type PublishSwitch } from "../writes/versioned-publish";
import { updateVersioned, whenPublished } from "../writes/versioned-update";
import { WriteRejected, fail, parseInput, type FieldErrors, type WriteResult } from "../writes/write-result";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS } from "../cache-tags";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { incidentCreateInput, incidentUpdateInput, publishInput, type IncidentFieldsInput } from "./incident-input";
import { snapshotIncident, type IncidentSnapshot } from "./incident-snapshot";
import { acceptReviewItem } from "./review-handoff";

const TAGS = [CACHE_TAGS.incidents, CACHE_TAGS.claims];
const day = (s: string | undefined) => (s ? new Date(`${s}T00:00:00Z`) : null);

/** Checks every id the input names and derives the province from the district. */
async function resolvePlaces(tx: DbTx, i: IncidentFieldsInput) {
  const errors: FieldErrors = await checkRefs(tx, {
    place: { provinceId: i.provinceId, districtId: i.districtId, placeId: i.placeId },
    episode: { episodeId: i.episodeId },
    document: Object.fromEntries([
      ...i.citations.map((c, n) => [`citations.${n}.documentId`, c.documentId]),
      ...i.perpetrators.map((p, n) => [`perpetrators.${n}.documentId`, p.documentId]),
    ]),
    actor: Object.fromEntries(
      i.perpetrators.flatMap((p, n) => [
        [`perpetrators.${n}.actorId`, p.actorId],
        [`perpetrators.${n}.attributedById`, p.attributedById],
      ]),
    ),
  });
  if (Object.keys(errors).length) throw new WriteRejected(fail(errors));
  const ids = [i.provinceId, i.districtId].filter((x): x is string => !!x);
  const places = new Map((await tx.place.findMany({ where: { id: { in: ids } } })).map((p) => [p.id, p]));
  const province = i.provinceId ? places.get(i.provinceId) : undefined;
  const district = i.districtId ? places.get(i.districtId) : undefined;
  if (province && (province.level !== "PROVINCE" || province.country !== i.country))
    errors.provinceId = ["Choose a province in the country above."];
  if (district && district.level !== "DISTRICT") errors.districtId = ["Choose a district."];
  if (district && province && district.parentId !== province.id)
    errors.districtId = ["This district is not in the chosen province."];
  if (Object.keys(errors).length) throw new WriteRejected(fail(errors));
  return { provinceId: province?.id ?? district?.parentId ?? null, districtId: district?.id ?? null };
}

function scalars(i: IncidentFieldsInput, places: { provinceId: string | null; districtId: string | null }) {
  return {
    title: i.title,
    summary: i.summary,
    occurredOn: day(i.occurredOn)!,
    occurredUntil: day(i.occurredUntil),
    datePrecision: i.datePrecision,
    country: i.country,
    provinceId: places.provinceId,
    districtId: places.districtId,
    placeId: i.placeId ?? null,
    locationText: i.locationText ?? null,
    type: i.type,
    targetType: i.targetType,
    status: i.status,
    episodeId: i.episodeId ?? null,
  };
}

async function replaceSources(tx: DbTx, incidentId: string, i: IncidentFieldsInput) {
  await tx.incidentCitation.deleteMany({ where: { incidentId } });
  await tx.incidentPerpetrator.deleteMany({ where: { incidentId } });
  if (i.citations.length)
    await tx.incidentCitation.createMany({ data: i.citations.map((c) => ({ incidentId, ...c })) });
  const seen = new Set<string>();
  for (const [n, p] of i.perpetrators.entries()) {
    const key = `${p.actorId}/${p.basis}/${p.attributedById}`;
    if (seen.has(key))
      throw new WriteRejected(fail({ [`perpetrators.${n}.actorId`]: ["This perpetrator is listed twice."] }));
    seen.add(key);
  }
  if (i.perpetrators.length)
    await tx.incidentPerpetrator.createMany({ data: i.perpetrators.map((p) => ({ incidentId, ...p })) });
}

const NEEDS_CITATION = fail(
  { citations: ["Cite at least one document before publishing."] },
  "An incident cannot be published without at least one source document.",
);

export async function createIncident(db: Db, viewer: Viewer | null, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(incidentCreateInput, raw);
  if (!input.ok) return input;
  const i = input.data;
  if (i.publish && i.citations.length === 0) return NEEDS_CITATION;
  return settle(() =>
    db.$transaction(async (tx) => {
      const places = await resolvePlaces(tx, i);
      const created = await tx.incident.create({
        data: { ...scalars(i, places), published: i.publish },
        select: { id: true },
      });
      await replaceSources(tx, created.id, i);
      const after = await snapshotIncident(tx, created.id);
      await writeAudit(tx, {
        userId: user.userId,
        action: "create",
        entityType: "Incident",
        entityId: created.id,
        after,
      });
      if (i.fromItem) await acceptReviewItem(tx, user, i.fromItem, created.id);
      return { ok: true as const, id: created.id, version: 1, tags: TAGS };
    }),
  );
}

export const updateIncident = (db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> =>
  updateVersioned(db, viewer, incidentUpdateInput, id, raw, {
    entityType: "Incident",
    missing: "This incident no longer exists.",
    snapshot: snapshotIncident,
    tags: TAGS,
    check: async (_tx, i, before) => {
      if (before.published && i.citations.length === 0) throw new WriteRejected(NEEDS_CITATION);
    },
    // resolvePlaces both checks the place ids and derives the province the row stores.
    update: async (tx, i) =>
      (
        await tx.incident.updateMany({
          where: { id, version: i.version },
          data: { ...scalars(i, await resolvePlaces(tx, i)), version: { increment: 1 } },
        })
      ).count,
    replaceLinks: (tx, i) => replaceSources(tx, id, i),
    correction: whenPublished({ entityType: "Incident", entityId: id, incidentId: id }),
  });

const PUBLISH_SWITCH: PublishSwitch<NonNullable<IncidentSnapshot>> = {
  entityType: "Incident",
  input: publishInput,
  noun: "incident",
  snapshot: snapshotIncident,
  tags: TAGS,
  publishProblem: (before) => (before.citations.length === 0 ? NEEDS_CITATION : null),
  update: async (tx, id, version, published) =>
    (await tx.incident.updateMany({ where: { id, version }, data: { published, version: { increment: 1 } } })).count,
  incidentOf: (after) => after.id,
};

/** Publishing needs at least one cited document (field error otherwise, nothing written). */
export const publishIncident = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  setPublishedVersioned(db, viewer, id, raw, true, PUBLISH_SWITCH);
/** Withdrawing a public record needs a correction note, kept for the audit trail. */
export const unpublishIncident = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  setPublishedVersioned(db, viewer, id, raw, false, PUBLISH_SWITCH);
