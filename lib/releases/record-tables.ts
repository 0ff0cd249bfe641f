// The record's own tables in a release: incidents with their perpetrators, citations and further
// places, claims with their further citations, and the counters' period counts. Where the API
// serves the same rows (incidents, claims, counts) the release writes the API's columns first,
// with the API's builders, then the columns a whole-record table needs (scopes, places, ids).
import { CLAIM_CSV_COLUMNS } from "../api/claim-rows";
import { COUNT_CSV_COLUMNS, countRowFromFigure, type CountRow } from "../api/count-rows";
import { INCIDENT_CSV_COLUMNS } from "../api/incidents-api";
import * as E from "../db/generated/enums";
import {
  readClaims,
  readIncidentPlaces,
  readIncidents,
  readPerpetrators,
  type ClaimReleaseRow,
  type IncidentPlaceReleaseRow,
  type IncidentReleaseRow,
  type PerpetratorReleaseRow,
} from "./record-table-queries";
import { readPeriodCounts } from "./reference-table-queries";
import { apiColumnDocs, DATE_PRECISION_DOC, idOf, SOURCE_DOCS } from "./table-docs";
import { columnsFor, type TableSpec } from "./table-spec";

const codes = (values: Record<string, string>) => Object.values(values);
const DOCUMENT_FK = { field: "document_id", resource: "documents", reference: "id" };

const incident = columnsFor<IncidentReleaseRow>();
export const INCIDENTS: TableSpec<IncidentReleaseRow> = {
  name: "incidents",
  title: "Incidents",
  description:
    "Every published incident in this record, in Pakistan and in Afghanistan, " +
    "each cited to its sources (incident_citations). " +
    "Incidents in this record only: not a national count of attacks.",
  columns: [
    ...INCIDENT_CSV_COLUMNS,
    incident("date_until", "date", "dateUntil"),
    incident("country", "code", "country"),
    incident("place_id", "text", "placeId"),
    incident("location_text", "text", "locationText"),
    incident("summary", "text", "summary"),
    incident("episode_id", "text", "episodeId"),
  ],
  docs: {
    ...apiColumnDocs("/api/v1/incidents"),
    type:
      "incident type; SECURITY_OPERATION is an operation by the state's forces, never counted as an attack: " +
      codes(E.IncidentType).join(", "),
    target: `target type: ${codes(E.TargetType).join(", ")}`,
    date_until: "last day of the window when the sources do not date it exactly; empty otherwise",
    country: "ISO 3166-1 alpha-3 code of the country it happened in (PAK, AFG)",
    place_id: "id of its most precise place (places.csv)",
    location_text: "the place as the sources give it",
    summary: "what happened, in the record's neutral words",
    episode_id: "id of the named episode it belongs to (episodes.csv); empty when none",
  },
  primaryKey: ["id"],
  foreignKeys: [
    { field: "province_id", resource: "places", reference: "id" },
    { field: "district_id", resource: "places", reference: "id" },
    { field: "place_id", resource: "places", reference: "id" },
    { field: "episode_id", resource: "episodes", reference: "id" },
  ],
  codes: {
    date_precision: codes(E.DatePrecision),
    type: codes(E.IncidentType),
    target: codes(E.TargetType),
    status: codes(E.IncidentStatus),
  },
  read: ({ tx, siteUrl }) => readIncidents(tx, siteUrl),
};

const perpetrator = columnsFor<PerpetratorReleaseRow>();
export const INCIDENT_PERPETRATORS: TableSpec<PerpetratorReleaseRow> = {
  name: "incident_perpetrators",
  title: "Incident perpetrators: claims of responsibility and attributions",
  description:
    "Who is named as having carried out an incident, and by whom: " +
    "responsibility CLAIMED by the actor itself, or ATTRIBUTED to it by another party. " +
    "Each row is that party's statement, with its source; rows are never merged.",
  columns: [
    perpetrator("id", "text", "id"),
    perpetrator("incident_id", "text", "incidentId"),
    perpetrator("actor_id", "text", "actorId"),
    perpetrator("actor", "text", "actor"),
    perpetrator("basis", "code", "basis"),
    perpetrator("attributed_by_id", "text", "attributedById"),
    perpetrator("attributed_by", "text", "attributedBy"),
    perpetrator("document_id", "text", "documentId"),
    perpetrator("quote", "text", "quote"),
    perpetrator("quote_kind", "code", "quoteKind"),
  ],
  docs: {
    id: "row id",
    incident_id: idOf("incident", "incidents"),
    actor_id: idOf("actor named as perpetrator", "actors"),
    actor: "name of the actor named as perpetrator",
    basis: "CLAIMED (the actor itself claimed responsibility) or ATTRIBUTED (attributed_by blamed it)",
    attributed_by_id: idOf("party that claims or attributes it", "actors"),
    attributed_by: "name of the party that claims or attributes it",
    ...SOURCE_DOCS,
  },
  primaryKey: ["id"],
  foreignKeys: [
    { field: "incident_id", resource: "incidents", reference: "id" },
    { field: "actor_id", resource: "actors", reference: "id" },
    { field: "attributed_by_id", resource: "actors", reference: "id" },
    DOCUMENT_FK,
  ],
  codes: { basis: codes(E.PerpetratorBasis), quote_kind: codes(E.QuoteKind) },
  read: ({ tx }) => readPerpetrators(tx),
};

const place = columnsFor<IncidentPlaceReleaseRow>();
export const INCIDENT_PLACES: TableSpec<IncidentPlaceReleaseRow> = {
  name: "incident_places",
  title: "Further places of incidents",
  description:
    "Further places an incident spans (strikes on several provinces in one night), " +
    "each cited to the document that names it.",
  columns: [
    place("incident_id", "text", "ownerId"),
    place("place_id", "text", "placeId"),
    place("place", "text", "place"),
    place("province_id", "code", "provinceId"),
    place("district_id", "text", "districtId"),
    place("document_id", "text", "documentId"),
    place("quote", "text", "quote"),
    place("quote_kind", "code", "quoteKind"),
  ],
  docs: {
    incident_id: idOf("incident", "incidents"),
    place_id: idOf("place", "places"),
    place: "name of the place",
    province_id: "province of the place (places.csv); empty for a country",
    district_id: "district of the place (places.csv); empty when above district level",
    ...SOURCE_DOCS,
  },
  primaryKey: ["incident_id", "place_id"],
  foreignKeys: [
    { field: "incident_id", resource: "incidents", reference: "id" },
    { field: "place_id", resource: "places", reference: "id" },
    DOCUMENT_FK,
  ],
  codes: { quote_kind: codes(E.QuoteKind) },
  read: ({ tx }) => readIncidentPlaces(tx),
};

const claim = columnsFor<ClaimReleaseRow>();
export const CLAIMS: TableSpec<ClaimReleaseRow> = {
  name: "claims",
  title: "Claims",
  description:
    "Every published figure as the claim of the party that made it (claimant), " +
    "with its qualifier, date, document and quote. " +
    "Claims of different claimants are never summed or merged; " +
    "a revision is a new row whose revises_id names the claim it supersedes.",
  columns: [
    ...CLAIM_CSV_COLUMNS,
    claim("made_on_precision", "code", "madeOnPrecision"),
    claim("incident_id", "text", "incidentId"),
    claim("episode_id", "text", "episodeId"),
    claim("period_start", "date", "periodStart"),
    claim("period_end", "date", "periodEnd"),
  ],
  docs: {
    ...apiColumnDocs("/api/v1/claims"),
    also_reported_by: "ids of further documents reporting the same statement, separated by '; ' (claim_citations.csv)",
    made_on_precision: DATE_PRECISION_DOC,
    incident_id: "scope: id of the incident the claim is about (incidents.csv); empty for another scope",
    episode_id: "scope: id of the episode the claim is about (episodes.csv); empty for another scope",
    period_start: "scope: first day of the period the claim is about; empty for another scope",
    period_end: "scope: last day of the period the claim is about; empty for another scope",
  },
  primaryKey: ["id"],
  foreignKeys: [
    { field: "claimant_id", resource: "actors", reference: "id" },
    DOCUMENT_FK,
    { field: "incident_id", resource: "incidents", reference: "id" },
    { field: "episode_id", resource: "episodes", reference: "id" },
  ],
  codes: {
    claimant_side: codes(E.ActorSide),
    subject: codes(E.ClaimSubject),
    metric: codes(E.ClaimMetric),
    qualifier: codes(E.Qualifier),
    stance: codes(E.ClaimStance),
    quote_kind: codes(E.QuoteKind),
    made_on_precision: codes(E.DatePrecision),
  },
  read: ({ tx }) => readClaims(tx),
};

export const PERIOD_COUNTS: TableSpec<CountRow> = {
  name: "period_counts",
  title: "Period counts",
  description:
    "Figures that independent counters, UN bodies and official bodies published for a period, " +
    "each as its counter published it, every version. " +
    "Never summed across counters; not counts of this record's incidents.",
  columns: COUNT_CSV_COLUMNS,
  docs: { ...apiColumnDocs("/api/v1/counts"), count_id: "count id" },
  primaryKey: ["count_id"],
  foreignKeys: [{ field: "counter_id", resource: "actors", reference: "id" }, DOCUMENT_FK],
  codes: {
    period_kind: codes(E.CountPeriodKind),
    metric: codes(E.CountMetric),
    violence: codes(E.CountViolence),
    group: codes(E.CountGroup),
    region: codes(E.CountRegion),
    qualifier: codes(E.Qualifier),
    quote_kind: codes(E.QuoteKind),
  },
  read: async ({ tx }) => (await readPeriodCounts(tx)).map(countRowFromFigure),
};
