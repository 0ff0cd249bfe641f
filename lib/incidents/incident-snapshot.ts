// The audited form of an incident: its editable fields, citations and perpetrators as plain JSON.
// Audit rows store these before/after snapshots; conflicts are computed from them.
import { optionalIsoDay, isoDay } from "../dates";
import type { DbTx } from "../db/create-client";

export type IncidentSnapshot = Awaited<ReturnType<typeof snapshotIncident>>;

export async function snapshotIncident(tx: DbTx, id: string) {
  const i = await tx.incident.findUnique({
    where: { id },
    include: {
      citations: { select: { documentId: true, quote: true }, orderBy: { documentId: "asc" } },
      perpetrators: {
        select: { actorId: true, basis: true, attributedById: true, documentId: true, quote: true },
        orderBy: [{ actorId: "asc" }, { basis: "asc" }, { attributedById: "asc" }],
      },
    },
  });
  if (!i) return null;
  return {
    id: i.id,
    title: i.title,
    summary: i.summary,
    occurredOn: isoDay(i.occurredOn),
    occurredUntil: optionalIsoDay(i.occurredUntil),
    datePrecision: i.datePrecision,
    country: i.country,
    provinceId: i.provinceId,
    districtId: i.districtId,
    placeId: i.placeId,
    locationText: i.locationText,
    type: i.type,
    targetType: i.targetType,
    status: i.status,
    episodeId: i.episodeId,
    published: i.published,
    version: i.version,
    citations: i.citations,
    perpetrators: i.perpetrators,
  };
}
