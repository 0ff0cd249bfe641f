// What the record's rows point at: documents and their publishers, actors, places and episodes.
// Documents, publishers and actors are the ones the published rows reference (collected from the
// foreign keys of the tables built before them), so every key in a release resolves inside it and
// nothing only a draft cites is published early. Places are the whole gazetteer.
import * as E from "../db/generated/enums";
import {
  readActors,
  readDocuments,
  readEpisodes,
  readPlaces,
  readSources,
  type ActorReleaseRow,
  type DocumentReleaseRow,
  type EpisodeReleaseRow,
  type PlaceReleaseRow,
  type SourceReleaseRow,
} from "./reference-table-queries";
import { DATE_PRECISION_DOC, idOf } from "./table-docs";
import { columnsFor, type ReadContext, type TableSpec } from "./table-spec";

const codes = (values: Record<string, string>) => Object.values(values);
const referenced = (ctx: ReadContext, resource: string) => ctx.refs.get(resource) ?? new Set<string>();

const episode = columnsFor<EpisodeReleaseRow>();
export const EPISODES: TableSpec<EpisodeReleaseRow> = {
  name: "episodes",
  title: "Episodes",
  description: "Named periods (such as the February–March 2026 fighting) that claims and incidents can belong to.",
  columns: [
    episode("id", "text", "id"),
    episode("name", "text", "name"),
    episode("starts_on", "date", "startsOn"),
    episode("ends_on", "date", "endsOn"),
    episode("description", "text", "description"),
  ],
  docs: {
    id: "episode id",
    name: "name of the episode",
    starts_on: "first day",
    ends_on: "last day; empty when open",
    description: "what the episode is, in the record's neutral words",
  },
  primaryKey: ["id"],
  read: ({ tx }) => readEpisodes(tx),
};

const document = columnsFor<DocumentReleaseRow>();
export const DOCUMENTS: TableSpec<DocumentReleaseRow> = {
  name: "documents",
  title: "Documents",
  description: "The articles, statements, reports and dataset records the published rows cite.",
  columns: [
    document("id", "text", "id"),
    document("source_id", "text", "sourceId"),
    document("publisher", "text", "publisher"),
    document("title", "text", "title"),
    document("url", "url", "url"),
    document("published_on", "date", "publishedOn"),
    document("date_precision", "code", "datePrecision"),
    document("language", "code", "language"),
    document("note", "text", "note"),
  ],
  docs: {
    id: "document id",
    source_id: idOf("publisher", "sources"),
    publisher: "name of the publisher",
    title: "title of the document",
    url: "address of the document; empty when it has none",
    published_on: "day it was published; empty when the page shows none",
    date_precision: DATE_PRECISION_DOC,
    language: "language of the document (ISO 639-1)",
    note: "the editors' note on the document (for instance, that it is a digest of other reports); empty when none",
  },
  primaryKey: ["id"],
  foreignKeys: [{ field: "source_id", resource: "sources", reference: "id" }],
  codes: { date_precision: codes(E.DatePrecision) },
  read: (ctx) => readDocuments(ctx.tx, referenced(ctx, "documents")),
};

const source = columnsFor<SourceReleaseRow>();
export const SOURCES: TableSpec<SourceReleaseRow> = {
  name: "sources",
  title: "Publishers",
  description:
    "The publishers and channels of the documents: news outlets, governments, militaries, armed groups, " +
    "UN bodies, research institutes, datasets.",
  columns: [
    source("id", "text", "id"),
    source("name", "text", "name"),
    source("kind", "code", "kind"),
    source("country", "text", "country"),
    source("url", "url", "url"),
  ],
  docs: {
    id: "publisher id",
    name: "name of the publisher",
    kind: `what the publisher is: ${codes(E.SourceKind).join(", ")}`,
    country: "ISO 3166-1 alpha-3 code of its home country, or its affiliation; empty when unknown",
    url: "the publisher's address; empty when none is recorded",
  },
  primaryKey: ["id"],
  codes: { kind: codes(E.SourceKind) },
  read: (ctx) => readSources(ctx.tx, referenced(ctx, "sources")),
};

const actor = columnsFor<ActorReleaseRow>();
export const ACTORS: TableSpec<ActorReleaseRow> = {
  name: "actors",
  title: "Actors",
  description:
    "Claimants, counters, perpetrators, mediators, parties and speakers named by the published rows, " +
    "with the side each speaks for " +
    "(used to line claims up side by side, never to rank them).",
  columns: [
    actor("id", "text", "id"),
    actor("name", "text", "name"),
    actor("short_name", "text", "shortName"),
    actor("kind", "code", "kind"),
    actor("side", "code", "side"),
    actor("country", "text", "country"),
    actor("aliases", "text", "aliases"),
    actor("parent_id", "text", "parentId"),
  ],
  docs: {
    id: "actor id",
    name: "name of the actor",
    short_name: "short name (PICSS, TTP); empty when none",
    kind: `what the actor is: ${codes(E.ActorKind).join(", ")}`,
    side: `side it speaks for: ${codes(E.ActorSide).join(", ")}`,
    country: "ISO 3166-1 alpha-3 code of its country; empty when none",
    aliases: "other names, separated by '; '",
    parent_id: "id of the organisation it belongs to (this table); empty when none",
  },
  primaryKey: ["id"],
  foreignKeys: [{ field: "parent_id", resource: "", reference: "id" }],
  codes: { kind: codes(E.ActorKind), side: codes(E.ActorSide) },
  read: (ctx) => readActors(ctx.tx, referenced(ctx, "actors")),
};

const place = columnsFor<PlaceReleaseRow>();
export const PLACES: TableSpec<PlaceReleaseRow> = {
  name: "places",
  title: "Places",
  description:
    "Countries, provinces (ISO 3166-2 codes), districts (geoBoundaries, CC BY 4.0; former FATA flagged) " +
    "and named localities. " +
    "Boundaries and names are not an endorsement of any position.",
  columns: [
    place("id", "text", "id"),
    place("name", "text", "name"),
    place("level", "code", "level"),
    place("country", "code", "country"),
    place("parent_id", "text", "parentId"),
    place("ex_fata", "boolean", "exFata"),
    place("lon", "text", "lon"),
    place("lat", "text", "lat"),
    place("aliases", "text", "aliases"),
  ],
  docs: {
    id:
      "place id: ISO 3166-1 alpha-3 for a country, ISO 3166-2 for a province, " +
      "gazetteer id for a district or locality",
    name: "name of the place",
    level: `COUNTRY, PROVINCE, DISTRICT or LOCALITY`,
    country: "ISO 3166-1 alpha-3 code of its country",
    parent_id: "id of the place it lies in (this table); empty for a country",
    ex_fata: "true for the former tribal areas (ex-FATA), merged into Khyber Pakhtunkhwa in 2018",
    lon: "longitude of its label point (WGS 84); empty for a country",
    lat: "latitude of its label point (WGS 84); empty for a country",
    aliases: "other names and spellings, separated by '; '",
  },
  primaryKey: ["id"],
  foreignKeys: [{ field: "parent_id", resource: "", reference: "id" }],
  numberFields: ["lon", "lat"],
  codes: { level: codes(E.PlaceLevel) },
  read: ({ tx }) => readPlaces(tx),
};
