// The API described as data: served at GET /api/v1 and mirrored in docs/api.md (a unit test
// checks that every endpoint, parameter and field named here appears there, and the integration
// tests check that the rows carry exactly the fields named here).
import { IncidentType, TargetType } from "../db/generated/enums";
import { INCIDENT_SORTS } from "../incidents/incident-queries";
import { CLAIM_CSV_COLUMNS } from "./claim-rows";
import { COUNTS_ENDPOINT } from "./counts-doc";
import { CITATION_AUTHOR, LICENCE, LICENCE_URL } from "./citation";
import { columnsOf, format, meta, pagination, type Doc, type EndpointDoc } from "./endpoint-doc";
import { INCIDENT_CSV_COLUMNS } from "./incidents-api";
import { MEDIATION_EVENT_CSV_COLUMNS } from "./mediation-api";
import { CACHE_NONE, CACHE_OK } from "./responses";
import { SEARCH_ENDPOINT } from "./search-api";

export type { EndpointDoc };

const claimFields: Doc[] = [
  { name: "id", description: "claim id" },
  { name: "claimantId", description: "id of the party that made the claim" },
  { name: "claimant", description: "name of the party that made the claim" },
  {
    name: "claimantSide",
    description: "side the claimant speaks for: PAKISTAN, AFGHANISTAN, INDEPENDENT, ARMED_GROUP, THIRD_PARTY",
  },
  { name: "statedBy", description: "the person who spoke for the claimant, when the source names one" },
  {
    name: "subject",
    description:
      "whose losses: PAKISTANI_FORCES, AFGHAN_FORCES, PAKISTANI_CIVILIANS, AFGHAN_CIVILIANS, MILITANTS, PEOPLE_IN_PAKISTAN, PEOPLE_IN_AFGHANISTAN, ALL_SIDES",
  },
  {
    name: "metric",
    description:
      "KILLED, INJURED, CAPTURED, MISSING, POSTS_CAPTURED, POSTS_DESTROYED, VEHICLES_DESTROYED, DRONES_DOWNED, SHELLS_FIRED",
  },
  { name: "valueLow", description: "lower bound of the figure (equal to valueHigh unless a range)" },
  { name: "valueHigh", description: "upper bound of the figure" },
  {
    name: "qualifier",
    description: "EXACT, AT_LEAST, MORE_THAN, UP_TO, ABOUT, RANGE or NONE; part of the figure, never to be dropped",
  },
  { name: "figure", description: 'the figure as written with its qualifier: "at least 133", "4–7", "none"' },
  { name: "stance", description: "ASSERTED, ACKNOWLEDGED (a party's own losses) or DENIED" },
  { name: "madeOn", description: "date the claim was made, YYYY-MM-DD" },
  { name: "revisesId", description: "id of the earlier claim by the same claimant this one revises, or null" },
  { name: "chainId", description: "id of the first claim of the revision chain this claim belongs to" },
  { name: "documentId", description: "id of the source document" },
  { name: "documentTitle", description: "title of the source document" },
  { name: "documentUrl", description: "URL of the source document, when it has one" },
  { name: "quote", description: "quote from the document that carries the figure" },
  {
    name: "quoteKind",
    description: "VERBATIM (the document's own words) or SUMMARY (a digest's account of the report, not its words)",
  },
  {
    name: "citations",
    description:
      "further documents reporting the same statement: list of { documentId, documentTitle, documentUrl, quote, quoteKind }; in CSV their ids, as also_reported_by",
  },
];

const sourceFields = "documentId, documentTitle, documentUrl, publisher, publishedOn, quote, quoteKind";

export const API_ENDPOINTS: EndpointDoc[] = [
  {
    method: "GET",
    path: "/api/v1/incidents",
    formats: ["json", "csv"],
    description:
      "Incidents in this record: published attacks inside Pakistan, filtered, sorted and paged. meta.total counts the record's incidents, not attacks in Pakistan; meta.coverage states how far the record reaches.",
    parameters: [
      { name: "from", description: "first day, YYYY-MM-DD (inclusive)" },
      { name: "to", description: "last day, YYYY-MM-DD (inclusive); not before from" },
      { name: "province", description: "province code such as PK-KP" },
      { name: "district", description: "district id such as PK-KP-bajaur" },
      { name: "perpetrator", description: "actor id; matches claimed and attributed perpetrators alike" },
      { name: "type", description: `attack type: ${Object.values(IncidentType).join(", ")}` },
      { name: "target", description: `target type: ${Object.values(TargetType).join(", ")}` },
      { name: "sort", description: `${INCIDENT_SORTS.join(", ")}; default date-desc` },
      ...pagination,
      format,
      meta,
    ],
    fields: [
      { name: "id", description: "incident id" },
      { name: "date", description: "date it happened (first day of the window when not exact), YYYY-MM-DD" },
      { name: "datePrecision", description: "DAY, WEEK, MONTH or APPROXIMATE" },
      { name: "provinceId", description: "province code, or null" },
      { name: "province", description: "province name, or null" },
      { name: "districtId", description: "district id, or null when the sources give none" },
      { name: "district", description: "district name, or null" },
      { name: "exFata", description: "true when the district belonged to the former FATA" },
      { name: "type", description: "attack type" },
      { name: "target", description: "target type" },
      { name: "status", description: "REPORTED, DISPUTED or CORROBORATED" },
      { name: "title", description: "short title" },
      {
        name: "perpetrators",
        description:
          'list of { actorId, actor, basis (CLAIMED by the group itself | ATTRIBUTED by someone), byId, by, documentTitle, documentUrl, quote }; in CSV one cell, e.g. "TTP (claimed responsibility); X (attributed by Y)"',
      },
      { name: "sourceCount", description: "number of documents cited for the incident" },
      { name: "url", description: "the incident's page on the site" },
    ],
    csvColumns: columnsOf(INCIDENT_CSV_COLUMNS),
  },
  {
    method: "GET",
    path: "/api/v1/incidents/{id}",
    formats: ["json"],
    description:
      "One published incident with its perpetrators, citations and claims. 404 when unknown; takes no query parameters.",
    parameters: [{ name: "id", description: "incident id (path segment)" }],
    fields: [
      { name: "id, title, summary", description: "identity and description" },
      { name: "date, dateUntil, datePrecision", description: "when; dateUntil closes a window of uncertain dating" },
      {
        name: "country, provinceId, province, districtId, district, exFata, placeId, place, locationText",
        description: "where, as coded and as the sources put it",
      },
      { name: "type, typeLabel, target, targetLabel, status", description: "classification" },
      { name: "episodeId, episode", description: "the named period it belongs to, if any" },
      { name: "url", description: "the incident's page on the site" },
      {
        name: "attribution",
        description:
          "inside Afghanistan, who says it was Pakistan's act: ACKNOWLEDGED (by Pakistan), INDEPENDENT (attributed by an independent observer), ALLEGED (by the Afghan authorities) or UNATTRIBUTED; null in Pakistan",
      },
      {
        name: "places",
        description: `further places the incident spans: list of { placeId, place, provinceId, ${sourceFields} }`,
      },
      { name: "perpetrators", description: `list of { actorId, actor, basis, byId, by, ${sourceFields} }` },
      { name: "citations", description: `list of { ${sourceFields} }` },
      { name: "claims", description: "list of claim rows, the same fields as /api/v1/claims" },
    ],
  },
  {
    method: "GET",
    path: "/api/v1/claims",
    formats: ["json", "csv"],
    description:
      "Published claims in exactly one scope, one row per claim; figures of different claimants are never summed or merged. 404 when the incident or episode is unknown.",
    parameters: [
      { name: "incident", description: "scope: claims about one incident (id)" },
      { name: "episode", description: "scope: claims about one named episode (id)" },
      {
        name: "from",
        description: "scope, with to: claims whose incident, episode or period lies within the dates, YYYY-MM-DD",
      },
      { name: "to", description: "see from" },
      ...pagination,
      format,
      meta,
    ],
    fields: claimFields,
    csvColumns: columnsOf(CLAIM_CSV_COLUMNS),
  },
  COUNTS_ENDPOINT,
  {
    method: "GET",
    path: "/api/v1/mediation",
    formats: ["json", "csv"],
    description:
      "Mediation tracks with their status now and dated events, and ceasefires with how long each held. CSV gives the events, one per row.",
    parameters: [format, meta],
    fields: [
      {
        name: "tracks",
        description:
          "list of { id, name, summary, venues, mediators, parties, status (statusAfter of the latest event that set one), statusLabel, statusSince, rounds (talks rounds), lastEventOn, events }",
      },
      {
        name: "tracks[].events",
        description:
          "list of { id, occurredOn, datePrecision, kind, title, description, venue, round, statusAfter, documentId, documentTitle, documentUrl, quote }",
      },
      {
        name: "ceasefires",
        description:
          "list of { id, name, trackId, agreedOn, startsOn, plannedEnd, endedOn, endedHow, endNote, terms, brokers, heldDays (to meta.asOf while in force), inForce, latestReportOn (the latest source or track step on it: a ceasefire with no end reported is known to hold as of this date), citations }",
      },
      { name: "ceasefires[].citations", description: "list of { documentId, documentTitle, documentUrl, quote }" },
    ],
    csvColumns: columnsOf(MEDIATION_EVENT_CSV_COLUMNS),
  },
  SEARCH_ENDPOINT,
];

export const API_INDEX = {
  name: "Frontier Monitor public API",
  version: "v1",
  documentation: "/docs/api.md in the repository",
  citation: `${CITATION_AUTHOR} <SITE_URL><path>?<query>. Retrieved <date>.`,
  licence: LICENCE,
  licenceUrl: LICENCE_URL,
  conventions: [
    "Read-only, GET only; only published records.",
    "JSON: { meta: { citation, licence, generatedAt, filters, total, page, pageSize }, data }. /incidents adds meta.counts (what total counts) and meta.coverage (the record's incidents, documents, first and latest incident date, and whether it has caught up with the period asked for); /counts adds meta.counts and meta.versions; /mediation adds meta.asOf and meta.totals; /search adds meta.searched, meta.counts, meta.pageCount and meta.totalMeans.",
    "Counts of the record's incidents (/incidents) are not national counts of attacks: where the period asked for runs past the record's latest incident, the record has not caught up, and a 0 there means not yet recorded. National figures are the counters' own (/counts), each in its counter's terms, never summed.",
    "CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting; the header row (snake_case column names, see csvColumns) is the first line, then one line per row. Dates are YYYY-MM-DD, booleans true/false, an empty cell means no value. Text cells starting with = + - @ tab or CR are prefixed with ' so spreadsheets do not run them as formulas.",
    'Citation and licence: every response sends Link: <the view\'s address>; rel="cite-as", <licence>; rel="license". JSON also has them in meta; a CSV also sends X-Total-Count (matching rows) and a dated file name, and with meta=comments puts citation, licence, filters and row count in # lines above the header.',
    "Every figure is the claim of the party named, with its document and verbatim quote; claims by different claimants are never summed or merged.",
    'Bad input: 400 { error: "invalid_parameter", parameter, message }; unknown parameters and repeated parameters are refused. /search adds issues: every problem found, as { parameter, message }. Unknown id: 404 { error: "not_found", parameter, message }.',
    `Cache-Control: ${CACHE_OK} on success, ${CACHE_NONE} on errors.`,
  ],
  endpoints: API_ENDPOINTS,
};
