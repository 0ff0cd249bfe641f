// Every published incident and claim, with what hangs off them, for a data release. The API's
// reads answer one view at a time (attacks inside Pakistan, claims in one scope); a release holds
// the whole published record, so these read it whole, into the API's own row shapes where the
// release table shares the API's columns. A claim about a draft incident stays out, as on the site.
import type { ClaimRow } from "../api/claim-rows";
import { claimRowFromLedger } from "../api/claim-rows";
import type { IncidentRow } from "../api/incidents-api";
import { incidentPageUrl } from "../api/incidents-api";
import type { DbTx } from "../db/create-client";
import type { Prisma } from "../db/generated/client";
import { isoDay, optionalIsoDay } from "../dates";

const PUBLISHED_INCIDENT = { incident: { published: true } } as const;
/** A published claim is public unless it is about an incident that is still a draft. */
export const PUBLIC_CLAIM: Prisma.ClaimWhereInput = {
  published: true,
  OR: [{ incidentId: null }, PUBLISHED_INCIDENT],
};

/** Code-unit comparison, the same on every machine (localeCompare depends on the machine's locale). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type IncidentReleaseRow = IncidentRow & {
  dateUntil: string | null;
  country: string;
  placeId: string | null;
  locationText: string | null;
  summary: string;
  episodeId: string | null;
};

export async function readIncidents(tx: DbTx, siteUrl: string): Promise<IncidentReleaseRow[]> {
  const incidents = await tx.incident.findMany({
    where: { published: true },
    include: {
      province: { select: { name: true } },
      district: { select: { name: true, exFata: true } },
      perpetrators: {
        include: {
          actor: { select: { name: true } },
          attributedBy: { select: { name: true } },
          document: { select: { title: true, url: true } },
        },
      },
      _count: { select: { citations: true } },
    },
  });
  return incidents.map((i) => ({
    id: i.id,
    date: isoDay(i.occurredOn),
    datePrecision: i.datePrecision,
    provinceId: i.provinceId,
    province: i.province?.name ?? null,
    districtId: i.districtId,
    district: i.district?.name ?? null,
    exFata: i.district?.exFata ?? false,
    type: i.type,
    target: i.targetType,
    status: i.status,
    title: i.title,
    // Claimed before attributed, then by actor and by whom, as the API orders them.
    perpetrators: i.perpetrators
      .map((p) => ({
        actorId: p.actorId,
        actor: p.actor.name,
        basis: p.basis,
        byId: p.attributedById,
        by: p.attributedBy.name,
        documentTitle: p.document.title,
        documentUrl: p.document.url,
        quote: p.quote,
      }))
      .sort((a, b) => compare(a.basis, b.basis) || compare(a.actor, b.actor) || compare(a.by, b.by)),
    sourceCount: i._count.citations,
    url: incidentPageUrl(siteUrl, i.id),
    dateUntil: optionalIsoDay(i.occurredUntil),
    country: i.country,
    placeId: i.placeId,
    locationText: i.locationText,
    summary: i.summary,
    episodeId: i.episodeId,
  }));
}

export type PerpetratorReleaseRow = {
  id: string;
  incidentId: string;
  actorId: string;
  actor: string;
  basis: string;
  attributedById: string;
  attributedBy: string;
  documentId: string;
  quote: string;
  quoteKind: string;
};

export async function readPerpetrators(tx: DbTx): Promise<PerpetratorReleaseRow[]> {
  const rows = await tx.incidentPerpetrator.findMany({
    where: PUBLISHED_INCIDENT,
    include: { actor: { select: { name: true } }, attributedBy: { select: { name: true } } },
  });
  return rows.map((p) => ({
    id: p.id,
    incidentId: p.incidentId,
    actorId: p.actorId,
    actor: p.actor.name,
    basis: p.basis,
    attributedById: p.attributedById,
    attributedBy: p.attributedBy.name,
    documentId: p.documentId,
    quote: p.quote,
    quoteKind: p.quoteKind,
  }));
}

export type CitationReleaseRow = { ownerId: string; documentId: string; quote: string; quoteKind: string };

export async function readIncidentCitations(tx: DbTx): Promise<CitationReleaseRow[]> {
  const rows = await tx.incidentCitation.findMany({ where: PUBLISHED_INCIDENT });
  return rows.map((c) => ({ ownerId: c.incidentId, documentId: c.documentId, quote: c.quote, quoteKind: c.quoteKind }));
}

export type IncidentPlaceReleaseRow = CitationReleaseRow & {
  placeId: string;
  place: string;
  provinceId: string | null;
  districtId: string | null;
};

export async function readIncidentPlaces(tx: DbTx): Promise<IncidentPlaceReleaseRow[]> {
  const rows = await tx.incidentPlace.findMany({
    where: PUBLISHED_INCIDENT,
    include: { place: { select: { name: true } } },
  });
  return rows.map((x) => ({
    ownerId: x.incidentId,
    placeId: x.placeId,
    place: x.place.name,
    provinceId: x.provinceId,
    districtId: x.districtId,
    documentId: x.documentId,
    quote: x.quote,
    quoteKind: x.quoteKind,
  }));
}

export type ClaimReleaseRow = ClaimRow & {
  madeOnPrecision: string;
  incidentId: string | null;
  episodeId: string | null;
  periodStart: string | null;
  periodEnd: string | null;
};

/** Every public claim as the API's claim row, with its scope (incident, episode or period). */
export async function readClaims(tx: DbTx): Promise<ClaimReleaseRow[]> {
  const claims = await tx.claim.findMany({
    where: PUBLIC_CLAIM,
    include: {
      claimant: { select: { name: true, side: true } },
      document: { select: { title: true, url: true } },
      citations: { include: { document: { select: { title: true, url: true, publishedOn: true } } } },
    },
  });
  return claims.map((c) => {
    // Further reports in the API's order: by publication date (undated last), then by id.
    const published = (x: (typeof c.citations)[number]) => optionalIsoDay(x.document.publishedOn) ?? "\uffff";
    const citations = [...c.citations].sort(
      (a, b) => compare(published(a), published(b)) || compare(a.documentId, b.documentId),
    );
    const row = claimRowFromLedger({
      id: c.id,
      claimantId: c.claimantId,
      claimantName: c.claimant.name,
      claimantSide: c.claimant.side,
      statedBy: c.statedBy,
      subject: c.subject,
      metric: c.metric,
      valueLow: c.valueLow,
      valueHigh: c.valueHigh,
      qualifier: c.qualifier,
      stance: c.stance,
      madeOn: isoDay(c.madeOn),
      documentId: c.documentId,
      documentTitle: c.document.title,
      documentUrl: c.document.url,
      quote: c.quote,
      quoteKind: c.quoteKind,
      citations: citations.map((x) => ({
        documentId: x.documentId,
        documentTitle: x.document.title,
        documentUrl: x.document.url,
        quote: x.quote,
        quoteKind: x.quoteKind,
      })),
      revisesId: c.revisesId,
      chainId: c.chainId ?? c.id,
    });
    return {
      ...row,
      madeOnPrecision: c.madeOnPrecision,
      incidentId: c.incidentId,
      episodeId: c.episodeId,
      periodStart: optionalIsoDay(c.periodStart),
      periodEnd: optionalIsoDay(c.periodEnd),
    };
  });
}

export async function readClaimCitations(tx: DbTx): Promise<CitationReleaseRow[]> {
  const rows = await tx.claimCitation.findMany({ where: { claim: PUBLIC_CLAIM } });
  return rows.map((c) => ({ ownerId: c.claimId, documentId: c.documentId, quote: c.quote, quoteKind: c.quoteKind }));
}
