// Published mediation tracks, their mediators and parties, their events, ceasefires and statements,
// for a data release. Events are read into the API's event row, so they are written with the API's
// event columns; the rest is read as stored. Reads run one after the other: a release reads inside
// one snapshot transaction, on one connection.
import type { MediationEventRow } from "../api/mediation-api";
import type { DbTx } from "../db/create-client";
import { isoDay, optionalIsoDay } from "../dates";
import type { CeasefireSummary } from "../mediation/mediation-queries";
import type { CitationReleaseRow } from "./record-table-queries";
import { listCell } from "./table-spec";

export type TrackReleaseRow = { id: string; name: string; summary: string; venues: string };

export async function readTracks(tx: DbTx): Promise<TrackReleaseRow[]> {
  const tracks = await tx.mediationTrack.findMany({ where: { published: true } });
  return tracks.map((t) => ({ id: t.id, name: t.name, summary: t.summary, venues: listCell(t.venues) ?? "" }));
}

export type TrackActorReleaseRow = { trackId: string; actorId: string; actor: string; role: "MEDIATOR" | "PARTY" };

export async function readTrackActors(tx: DbTx): Promise<TrackActorReleaseRow[]> {
  const where = { track: { published: true } };
  const include = { actor: { select: { name: true } } };
  // One after the other: both run on the snapshot transaction's single connection.
  const mediators = await tx.mediationMediator.findMany({ where, include });
  const parties = await tx.mediationParty.findMany({ where, include });
  return [
    ...mediators.map((m) => ({
      trackId: m.trackId,
      actorId: m.actorId,
      actor: m.actor.name,
      role: "MEDIATOR" as const,
    })),
    ...parties.map((p) => ({ trackId: p.trackId, actorId: p.actorId, actor: p.actor.name, role: "PARTY" as const })),
  ];
}

/** Every event of every published track, as the API's event row (lib/api/mediation-api.ts). */
export async function readMediationEvents(tx: DbTx): Promise<MediationEventRow[]> {
  const events = await tx.mediationEvent.findMany({
    where: { track: { published: true } },
    include: { track: { select: { name: true } }, document: { select: { title: true, url: true } } },
  });
  return events.map((e) => ({
    trackId: e.trackId,
    track: e.track.name,
    id: e.id,
    occurredOn: isoDay(e.occurredOn),
    datePrecision: e.datePrecision,
    kind: e.kind,
    title: e.title,
    description: e.description,
    venue: e.venue,
    round: e.round,
    statusAfter: e.statusAfter,
    documentId: e.documentId,
    documentTitle: e.document.title,
    documentUrl: e.document.url,
    quote: e.quote,
    quoteKind: e.quoteKind,
  }));
}

/** A ceasefire as the tracker lists it, without what the page derives (brokers have their own file). */
export type CeasefireReleaseRow = Omit<CeasefireSummary, "brokers" | "heldDays" | "inForce" | "latestReportOn">;

export async function readCeasefires(tx: DbTx): Promise<CeasefireReleaseRow[]> {
  const ceasefires = await tx.ceasefire.findMany({ where: { published: true } });
  return ceasefires.map((c) => ({
    id: c.id,
    name: c.name,
    trackId: c.trackId,
    agreedOn: isoDay(c.agreedOn),
    startsOn: isoDay(c.startsOn),
    plannedEnd: optionalIsoDay(c.plannedEnd),
    endedOn: optionalIsoDay(c.endedOn),
    endedHow: c.endedHow,
    endNote: c.endNote,
    terms: c.terms,
  }));
}

export type BrokerReleaseRow = { ceasefireId: string; actorId: string; actor: string };

export async function readCeasefireBrokers(tx: DbTx): Promise<BrokerReleaseRow[]> {
  const rows = await tx.ceasefireBroker.findMany({
    where: { ceasefire: { published: true } },
    include: { actor: { select: { name: true } } },
  });
  return rows.map((b) => ({ ceasefireId: b.ceasefireId, actorId: b.actorId, actor: b.actor.name }));
}

export async function readCeasefireCitations(tx: DbTx): Promise<CitationReleaseRow[]> {
  const rows = await tx.ceasefireCitation.findMany({ where: { ceasefire: { published: true } } });
  return rows.map((c) => ({
    ownerId: c.ceasefireId,
    documentId: c.documentId,
    quote: c.quote,
    quoteKind: c.quoteKind,
  }));
}

export type StatementReleaseRow = {
  id: string;
  kind: string;
  actorId: string;
  actor: string;
  actorSide: string;
  statedBy: string | null;
  madeOn: string;
  madeOnPrecision: string;
  summary: string;
  trackId: string | null;
  episodeId: string | null;
  documentId: string;
  quote: string;
  quoteKind: string;
};

export async function readStatements(tx: DbTx): Promise<StatementReleaseRow[]> {
  const statements = await tx.statement.findMany({
    where: { published: true },
    include: { actor: { select: { name: true, side: true } } },
  });
  return statements.map((s) => ({
    id: s.id,
    kind: s.kind,
    actorId: s.actorId,
    actor: s.actor.name,
    actorSide: s.actor.side,
    statedBy: s.statedBy,
    madeOn: isoDay(s.madeOn),
    madeOnPrecision: s.madeOnPrecision,
    summary: s.summary,
    trackId: s.trackId,
    episodeId: s.episodeId,
    documentId: s.documentId,
    quote: s.quote,
    quoteKind: s.quoteKind,
  }));
}
