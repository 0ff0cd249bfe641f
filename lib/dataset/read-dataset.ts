// Reads prisma/dataset/*.json, validates each file with zod and then checks what zod cannot see
// across files: every reference resolves, revision chains are linear, same-claimant and ordered.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gazetteer } from "../geo/gazetteer";
import { checkPeriodCounts } from "./period-count-checks";
import { datasetSchema, type Dataset } from "./schema";

export const DATASET_DIR = path.join(process.cwd(), "prisma", "dataset");
const FILES = [
  "sources",
  "documents",
  "actors",
  "localities",
  "episodes",
  "incidents",
  "claims",
  "mediation-tracks",
  "ceasefires",
  "period-counts",
  "statements",
] as const;

export class DatasetError extends Error {
  constructor(public readonly problems: string[]) {
    super(`dataset is invalid:\n- ${problems.slice(0, 200).join("\n- ")}`);
  }
}

const camel = (file: string) => file.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export function readDataset(dir = DATASET_DIR): Dataset {
  const raw: Record<string, unknown> = {};
  for (const file of FILES) raw[camel(file)] = JSON.parse(readFileSync(path.join(dir, `${file}.json`), "utf8"));
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DatasetError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const problems = checkReferences(parsed.data);
  if (problems.length) throw new DatasetError(problems);
  return parsed.data;
}

export function gazetteerPlaceIds(): Set<string> {
  return new Set<string>([
    ...gazetteer.countries.map((c) => c.iso3),
    ...gazetteer.provinces.map((p) => p.code),
    ...gazetteer.districts.map((d) => d.id),
  ]);
}

export function checkReferences(d: Dataset): string[] {
  const problems: string[] = [];
  const ids = (rows: { id: string }[], what: string) => {
    const set = new Set<string>();
    for (const r of rows) {
      if (set.has(r.id)) problems.push(`${what} ${r.id}: duplicate id`);
      set.add(r.id);
    }
    return set;
  };
  const sources = ids(d.sources, "source");
  const documents = ids(d.documents, "document");
  const actors = ids(d.actors, "actor");
  const episodes = ids(d.episodes, "episode");
  const incidents = ids(d.incidents, "incident");
  const claims = ids(d.claims, "claim");
  const tracks = ids(d.mediationTracks, "track");
  ids(d.ceasefires, "ceasefire");
  ids(
    d.mediationTracks.flatMap((t) => t.events),
    "mediation event",
  );
  const places = gazetteerPlaceIds();
  for (const l of d.localities) {
    if (!places.has(l.parentId)) problems.push(`locality ${l.id}: unknown parent ${l.parentId}`);
  }
  ids(d.localities, "locality").forEach((l) => places.add(l));

  const need = (set: Set<string>, value: string | undefined, where: string) => {
    if (value !== undefined && !set.has(value)) problems.push(`${where}: unknown id ${value}`);
  };
  d.documents.forEach((x) => need(sources, x.sourceId, `document ${x.id}.sourceId`));
  d.actors.forEach((x) => need(actors, x.parentId, `actor ${x.id}.parentId`));
  for (const i of d.incidents) {
    need(places, i.placeId, `incident ${i.id}.placeId`);
    need(episodes, i.episodeId, `incident ${i.id}.episodeId`);
    i.citations.forEach((c) => need(documents, c.documentId, `incident ${i.id} citation`));
    const cited = i.citations.map((c) => c.documentId);
    if (new Set(cited).size < cited.length)
      problems.push(
        `incident ${i.id}: cites a document twice (one citation per document; quote the passage that matters)`,
      );
    for (const extra of i.places) {
      need(places, extra.placeId, `incident ${i.id} further place`);
      need(documents, extra.documentId, `incident ${i.id} further place document`);
      if (extra.placeId === i.placeId)
        problems.push(`incident ${i.id}: further place ${extra.placeId} is its own place`);
    }
    for (const p of i.perpetrators) {
      need(actors, p.actorId, `incident ${i.id} perpetrator`);
      need(actors, p.attributedById, `incident ${i.id} attributedBy`);
      need(documents, p.documentId, `incident ${i.id} perpetrator document`);
      if (p.basis === "CLAIMED" && p.attributedById !== p.actorId) {
        problems.push(`incident ${i.id}: a CLAIMED perpetrator is attributed by itself`);
      }
    }
  }
  const byId = new Map(d.claims.map((c) => [c.id, c]));
  const revisedBy = new Map<string, string>();
  for (const c of d.claims) {
    const where = `claim ${c.id}`;
    need(actors, c.claimantId, `${where}.claimantId`);
    need(documents, c.documentId, `${where}.documentId`);
    need(incidents, c.incidentId, `${where}.incidentId`);
    need(episodes, c.episodeId, `${where}.episodeId`);
    need(claims, c.revisesId, `${where}.revisesId`);
    c.citations.forEach((x) => need(documents, x.documentId, `${where} citation`));
    if (c.citations.some((x) => x.documentId === c.documentId)) problems.push(`${where}: cites its own document twice`);
    if (!c.revisesId) continue;
    const prev = byId.get(c.revisesId);
    if (revisedBy.has(c.revisesId))
      problems.push(`${where}: ${c.revisesId} is already revised by ${revisedBy.get(c.revisesId)}`);
    revisedBy.set(c.revisesId, c.id);
    if (!prev) continue;
    if (prev.claimantId !== c.claimantId) problems.push(`${where}: revises a claim of another claimant`);
    if (prev.subject !== c.subject || prev.metric !== c.metric)
      problems.push(`${where}: revises a claim about another subject or metric`);
    if (prev.madeOn > c.madeOn) problems.push(`${where}: made before the claim it revises`);
  }
  for (const t of d.mediationTracks) {
    t.mediatorIds.forEach((a) => need(actors, a, `track ${t.id} mediator`));
    t.partyIds.forEach((a) => need(actors, a, `track ${t.id} party`));
    t.events.forEach((e) => need(documents, e.documentId, `track ${t.id} event ${e.id}`));
  }
  for (const c of d.ceasefires) {
    need(tracks, c.trackId, `ceasefire ${c.id}.trackId`);
    c.brokerIds.forEach((a) => need(actors, a, `ceasefire ${c.id} broker`));
    c.citations.forEach((x) => need(documents, x.documentId, `ceasefire ${c.id} citation`));
  }
  for (const statement of d.statements) {
    const where = `statement ${statement.id}`;
    need(actors, statement.actorId, `${where}.actorId`);
    need(documents, statement.documentId, `${where}.documentId`);
    need(tracks, statement.trackId, `${where}.trackId`);
    need(episodes, statement.episodeId, `${where}.episodeId`);
  }
  ids(d.statements, "statement");
  problems.push(...checkPeriodCounts(d.periodCounts, { actors, documents }));
  return problems;
}
