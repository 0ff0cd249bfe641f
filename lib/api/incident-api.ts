// GET /api/v1/incidents/{id}: one published incident with everything cited about it. Its claims
// come from the claims ledger query (same rows as /api/v1/claims?incident={id}), so the two
// endpoints can never disagree about a figure or its revision chain.
import { z } from "zod";
import { labelOf, INCIDENT_TYPE_LABELS, TARGET_TYPE_LABELS } from "../vocabulary";
import { isoDay, optionalIsoDay } from "../dates";
import { strikeAttributionOf } from "../incidents/strike-attribution";
import { claimRowFromLedger } from "./claim-rows";
import { incidentPageUrl } from "./incidents-api";
import { parseQuery } from "./query";
import type { ApiReader, IncidentRecord } from "./reader";
import { citationLink, invalidParameter, jsonDownload, metaFor, notFound, type ApiContext } from "./responses";

// Dataset ids are slugs, ids made by the app are cuids: both fit. Anything else cannot be an id.
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/;

const docOf = (d: IncidentRecord["citations"][number]["document"]) => ({
  documentId: d.id,
  documentTitle: d.title,
  documentUrl: d.url,
  publisher: d.source.name,
  publishedOn: optionalIsoDay(d.publishedOn),
});

function toDetail(i: IncidentRecord, siteUrl: string) {
  return {
    id: i.id,
    title: i.title,
    summary: i.summary,
    date: isoDay(i.occurredOn),
    dateUntil: optionalIsoDay(i.occurredUntil),
    datePrecision: i.datePrecision,
    country: i.country,
    provinceId: i.provinceId,
    province: i.province?.name ?? null,
    districtId: i.districtId,
    district: i.district?.name ?? null,
    exFata: i.district?.exFata ?? false,
    placeId: i.placeId,
    place: i.place?.name ?? null,
    locationText: i.locationText,
    type: i.type,
    typeLabel: labelOf(INCIDENT_TYPE_LABELS, i.type),
    target: i.targetType,
    targetLabel: labelOf(TARGET_TYPE_LABELS, i.targetType),
    status: i.status,
    episodeId: i.episodeId,
    episode: i.episode?.name ?? null,
    url: incidentPageUrl(siteUrl, i.id),
    // Inside Afghanistan: who says the incident was Pakistan's act (never assumed).
    attribution: i.country === "AFG" ? strikeAttributionOf(i.perpetrators) : null,
    places: i.places.map((x) => ({
      placeId: x.placeId,
      place: x.place.name,
      provinceId: x.provinceId,
      ...docOf(x.document),
      quote: x.quote,
      quoteKind: x.quoteKind,
    })),
    perpetrators: i.perpetrators
      .map((p) => ({
        actorId: p.actorId,
        actor: p.actor.name,
        basis: p.basis,
        byId: p.attributedById,
        by: p.attributedBy.name,
        ...docOf(p.document),
        quote: p.quote,
        quoteKind: p.quoteKind,
      }))
      .sort((a, b) => a.basis.localeCompare(b.basis) || a.actor.localeCompare(b.actor) || a.by.localeCompare(b.by)),
    citations: i.citations
      .map((c) => ({ ...docOf(c.document), quote: c.quote, quoteKind: c.quoteKind }))
      .sort(
        (a, b) => (a.publishedOn ?? "").localeCompare(b.publishedOn ?? "") || a.documentId.localeCompare(b.documentId),
      ),
  };
}

export async function incidentResponse(
  reader: ApiReader,
  url: string | URL,
  id: string,
  ctx: ApiContext,
): Promise<Response> {
  const u = new URL(url);
  // The incident takes no parameters; anything given is a mistake worth telling the caller about.
  const q = parseQuery(u.searchParams, z.object({}));
  if (!q.ok) return invalidParameter(q.problem);
  if (!ID_PATTERN.test(id)) {
    return invalidParameter({
      parameter: "id",
      message: "must be an incident id: lowercase letters, digits and hyphens",
    });
  }
  const record = await reader.incident(id);
  if (!record) return notFound("id", id, "incident");
  const claims = (await reader.claims({ kind: "incident", incidentId: id })).map(claimRowFromLedger);
  const meta = { ...metaFor(u, ctx, { filters: { id }, total: 1, page: 1, pageSize: 1 }) };
  return jsonDownload(
    { meta, data: { ...toDetail(record, ctx.siteUrl), claims } },
    `frontier-monitor-incident-${id}`,
    citationLink(u, ctx),
  );
}
