// Mediation and positions in a release: tracks with their mediators and parties, the dated events
// (the API's event columns first), ceasefires with their brokers and sources, and statements.
import { MEDIATION_EVENT_CSV_COLUMNS, type MediationEventRow } from "../api/mediation-api";
import * as E from "../db/generated/enums";
import {
  readCeasefireBrokers,
  readCeasefires,
  readMediationEvents,
  readStatements,
  readTrackActors,
  readTracks,
  type BrokerReleaseRow,
  type CeasefireReleaseRow,
  type StatementReleaseRow,
  type TrackActorReleaseRow,
  type TrackReleaseRow,
} from "./mediation-table-queries";
import { DATE_PRECISION_DOC, idOf, SOURCE_DOCS } from "./table-docs";
import { columnsFor, type TableSpec } from "./table-spec";

const codes = (values: Record<string, string>) => Object.values(values);
const DOCUMENT_FK = { field: "document_id", resource: "documents", reference: "id" };

const track = columnsFor<TrackReleaseRow>();
export const MEDIATION_TRACKS: TableSpec<TrackReleaseRow> = {
  name: "mediation_tracks",
  title: "Mediation tracks",
  description:
    "Mediation and negotiation processes. A track's status is not stored: " +
    "it is the status_after of its latest event that set one (mediation_events).",
  columns: [
    track("id", "text", "id"),
    track("name", "text", "name"),
    track("summary", "text", "summary"),
    track("venues", "text", "venues"),
  ],
  docs: {
    id: "track id",
    name: "name of the track",
    summary: "what the track is, in the record's neutral words",
    venues: "where talks were held, separated by '; '",
  },
  primaryKey: ["id"],
  read: ({ tx }) => readTracks(tx),
};

const trackActor = columnsFor<TrackActorReleaseRow>();
export const MEDIATION_TRACK_ACTORS: TableSpec<TrackActorReleaseRow> = {
  name: "mediation_track_actors",
  title: "Mediators and parties of mediation tracks",
  description: "Who mediates each track (MEDIATOR) and who takes part as a party (PARTY).",
  columns: [
    trackActor("track_id", "text", "trackId"),
    trackActor("actor_id", "text", "actorId"),
    trackActor("actor", "text", "actor"),
    trackActor("role", "code", "role"),
  ],
  docs: {
    track_id: idOf("track", "mediation_tracks"),
    actor_id: idOf("mediator or party", "actors"),
    actor: "name of the mediator or party",
    role: "MEDIATOR or PARTY",
  },
  primaryKey: ["track_id", "actor_id", "role"],
  foreignKeys: [
    { field: "track_id", resource: "mediation_tracks", reference: "id" },
    { field: "actor_id", resource: "actors", reference: "id" },
  ],
  codes: { role: ["MEDIATOR", "PARTY"] },
  read: ({ tx }) => readTrackActors(tx),
};

export const MEDIATION_EVENTS: TableSpec<MediationEventRow> = {
  name: "mediation_events",
  title: "Mediation events",
  description: "Dated steps of each track (offers, talks rounds, agreements, breakdowns), each with its source.",
  columns: [
    ...MEDIATION_EVENT_CSV_COLUMNS,
    { header: "description", type: "text", value: (r) => r.description },
    { header: "quote_kind", type: "code", value: (r) => r.quoteKind },
  ],
  docs: {
    event_id: "event id",
    track_id: idOf("track", "mediation_tracks"),
    track: "name of the track",
    date: "date it happened, YYYY-MM-DD",
    date_precision: DATE_PRECISION_DOC,
    kind: `what happened: ${codes(E.MediationEventKind).join(", ")}`,
    round: "talks round; empty when the event is not a round",
    title: "short title",
    venue: "where; empty when none is recorded",
    status_after: `the track's status after the event: ${codes(E.MediationStatus).join(", ")}; empty when unchanged`,
    document_title: "title of the source document",
    document_url: "address of the source document",
    description: "what happened, in the record's neutral words; empty when the title says it all",
    ...SOURCE_DOCS,
  },
  primaryKey: ["event_id"],
  foreignKeys: [{ field: "track_id", resource: "mediation_tracks", reference: "id" }, DOCUMENT_FK],
  codes: {
    date_precision: codes(E.DatePrecision),
    kind: codes(E.MediationEventKind),
    status_after: codes(E.MediationStatus),
    quote_kind: codes(E.QuoteKind),
  },
  read: ({ tx }) => readMediationEvents(tx),
};

const ceasefire = columnsFor<CeasefireReleaseRow>();
export const CEASEFIRES: TableSpec<CeasefireReleaseRow> = {
  name: "ceasefires",
  title: "Ceasefires",
  description:
    "Ceasefires with their dates and how each ended, as the sources report them (ceasefire_citations). " +
    "An empty ended_on means no end was reported, not that the ceasefire held to the day of the release.",
  columns: [
    ceasefire("id", "text", "id"),
    ceasefire("name", "text", "name"),
    ceasefire("track_id", "text", "trackId"),
    ceasefire("agreed_on", "date", "agreedOn"),
    ceasefire("starts_on", "date", "startsOn"),
    ceasefire("planned_end", "date", "plannedEnd"),
    ceasefire("ended_on", "date", "endedOn"),
    ceasefire("ended_how", "code", "endedHow"),
    ceasefire("end_note", "text", "endNote"),
    ceasefire("terms", "text", "terms"),
  ],
  docs: {
    id: "ceasefire id",
    name: "name of the ceasefire",
    track_id: "id of the mediation track it came out of, when there is one",
    agreed_on: "day it was agreed",
    starts_on: "day it took effect",
    planned_end: "day it was due to end; empty when open-ended",
    ended_on: "day it ended; empty when no end has been reported",
    ended_how: `how it ended: ${codes(E.CeasefireEnd).join(", ")}`,
    end_note: "how it ended, in the record's neutral words",
    terms: "its terms, as reported",
  },
  primaryKey: ["id"],
  codes: { ended_how: codes(E.CeasefireEnd) },
  read: ({ tx }) => readCeasefires(tx),
};

const broker = columnsFor<BrokerReleaseRow>();
export const CEASEFIRE_BROKERS: TableSpec<BrokerReleaseRow> = {
  name: "ceasefire_brokers",
  title: "Ceasefire brokers",
  description: "Who brokered each ceasefire.",
  columns: [
    broker("ceasefire_id", "text", "ceasefireId"),
    broker("actor_id", "text", "actorId"),
    broker("actor", "text", "actor"),
  ],
  docs: {
    ceasefire_id: idOf("ceasefire", "ceasefires"),
    actor_id: idOf("broker", "actors"),
    actor: "name of the broker",
  },
  primaryKey: ["ceasefire_id", "actor_id"],
  foreignKeys: [
    { field: "ceasefire_id", resource: "ceasefires", reference: "id" },
    { field: "actor_id", resource: "actors", reference: "id" },
  ],
  read: ({ tx }) => readCeasefireBrokers(tx),
};

const statement = columnsFor<StatementReleaseRow>();
export const STATEMENTS: TableSpec<StatementReleaseRow> = {
  name: "statements",
  title: "Statements",
  description:
    "Positions on the conflict, conditions for talks and leaders' declarations: one actor's dated statement each, " +
    "described in the record's neutral words (summary) and cited with the speaker's words (quote).",
  columns: [
    statement("id", "text", "id"),
    statement("kind", "code", "kind"),
    statement("actor_id", "text", "actorId"),
    statement("actor", "text", "actor"),
    statement("actor_side", "code", "actorSide"),
    statement("stated_by", "text", "statedBy"),
    statement("made_on", "date", "madeOn"),
    statement("made_on_precision", "code", "madeOnPrecision"),
    statement("summary", "text", "summary"),
    statement("track_id", "text", "trackId"),
    statement("episode_id", "text", "episodeId"),
    statement("document_id", "text", "documentId"),
    statement("quote", "text", "quote"),
    statement("quote_kind", "code", "quoteKind"),
  ],
  docs: {
    id: "statement id",
    kind: `POSITION, CONDITION (for talks) or DECLARATION`,
    actor_id: idOf("actor that made the statement", "actors"),
    actor: "name of the actor that made the statement",
    actor_side: `side the actor speaks for: ${codes(E.ActorSide).join(", ")}`,
    stated_by: "the person who spoke for the actor, when the source names one",
    made_on: "date it was made",
    made_on_precision: DATE_PRECISION_DOC,
    summary: "what was said, in the record's neutral words",
    track_id: "id of the mediation track it concerns, when it concerns one",
    episode_id: "id of the episode it concerns (episodes.csv), when it concerns one",
    ...SOURCE_DOCS,
  },
  primaryKey: ["id"],
  foreignKeys: [
    { field: "actor_id", resource: "actors", reference: "id" },
    { field: "episode_id", resource: "episodes", reference: "id" },
    DOCUMENT_FK,
  ],
  codes: {
    kind: codes(E.StatementKind),
    actor_side: codes(E.ActorSide),
    made_on_precision: codes(E.DatePrecision),
    quote_kind: codes(E.QuoteKind),
  },
  read: ({ tx }) => readStatements(tx),
};
