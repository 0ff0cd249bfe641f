// The reference tables of a data release: the documents, publishers and actors the published
// record points at (not those only drafts cite, which are not public yet), every place of the
// gazetteer, the named episodes, and the counters' period counts (every version, as the API's
// `versions=all` gives them).
import type { DbTx } from "../db/create-client";
import { isoDay, optionalIsoDay } from "../dates";
import { listPeriodCounts, type CountFigure } from "../counts/count-queries";
import { listCell } from "./table-spec";

/** Every published figure, restated ones included, read by the API's own query (see readMediationEvents). */
export function readPeriodCounts(tx: DbTx): Promise<CountFigure[]> {
  return listPeriodCounts(tx, { versions: "all" });
}

export type DocumentReleaseRow = {
  id: string;
  sourceId: string;
  publisher: string;
  title: string;
  url: string | null;
  publishedOn: string | null;
  datePrecision: string;
  language: string;
  note: string | null;
};

export async function readDocuments(tx: DbTx, ids: Set<string>): Promise<DocumentReleaseRow[]> {
  const documents = await tx.document.findMany({
    where: { id: { in: [...ids] } },
    include: { source: { select: { name: true } } },
  });
  return documents.map((d) => ({
    id: d.id,
    sourceId: d.sourceId,
    publisher: d.source.name,
    title: d.title,
    url: d.url,
    publishedOn: optionalIsoDay(d.publishedOn),
    datePrecision: d.datePrecision,
    language: d.language,
    note: d.note,
  }));
}

export type SourceReleaseRow = { id: string; name: string; kind: string; country: string | null; url: string | null };

export async function readSources(tx: DbTx, ids: Set<string>): Promise<SourceReleaseRow[]> {
  const sources = await tx.source.findMany({ where: { id: { in: [...ids] } } });
  return sources.map((s) => ({ id: s.id, name: s.name, kind: s.kind, country: s.country, url: s.url }));
}

export type ActorReleaseRow = {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  side: string;
  country: string | null;
  aliases: string | null;
  parentId: string | null;
};

/** The actors named by the record, with their parent organisations (actors.parent_id must resolve). */
export async function readActors(tx: DbTx, ids: Set<string>): Promise<ActorReleaseRow[]> {
  const found = new Map<string, Awaited<ReturnType<typeof tx.actor.findMany>>[number]>();
  for (let wanted = [...ids]; wanted.length > 0;) {
    const batch = await tx.actor.findMany({ where: { id: { in: wanted } } });
    for (const actor of batch) found.set(actor.id, actor);
    wanted = [...new Set(batch.map((a) => a.parentId).filter((id): id is string => !!id && !found.has(id)))];
  }
  return [...found.values()].map((a) => ({
    id: a.id,
    name: a.name,
    shortName: a.shortName,
    kind: a.kind,
    side: a.side,
    country: a.country,
    aliases: listCell(a.aliases),
    parentId: a.parentId,
  }));
}

export type PlaceReleaseRow = {
  id: string;
  name: string;
  level: string;
  country: string;
  parentId: string | null;
  exFata: boolean;
  lon: number | null;
  lat: number | null;
  aliases: string | null;
};

export async function readPlaces(tx: DbTx): Promise<PlaceReleaseRow[]> {
  const places = await tx.place.findMany();
  return places.map((p) => ({
    id: p.id,
    name: p.name,
    level: p.level,
    country: p.country,
    parentId: p.parentId,
    exFata: p.exFata,
    lon: p.lon,
    lat: p.lat,
    aliases: listCell(p.aliases),
  }));
}

export type EpisodeReleaseRow = {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  description: string;
};

export async function readEpisodes(tx: DbTx): Promise<EpisodeReleaseRow[]> {
  const episodes = await tx.episode.findMany();
  return episodes.map((e) => ({
    id: e.id,
    name: e.name,
    startsOn: isoDay(e.startsOn),
    endsOn: optionalIsoDay(e.endsOn),
    description: e.description,
  }));
}
