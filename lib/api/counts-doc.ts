// /api/v1/counts described as data, for the index at GET /api/v1 (lib/api/api-index.ts) and
// mirrored in docs/api.md. Field names are the JSON row's (lib/api/count-rows.ts).
import { ActorKind, CountGroup, CountMetric, CountPeriodKind, CountRegion, CountViolence } from "../db/generated/enums";
import { COUNT_CSV_COLUMNS } from "./count-rows";
import { codes, columnsOf, format, meta, pagination, type Doc, type EndpointDoc } from "./endpoint-doc";

const countFields: Doc[] = [
  { name: "id", description: "count id (CSV count_id)" },
  { name: "counterId", description: "id of the counter that published the figure, e.g. picss, pips, crss, unama" },
  { name: "counter", description: "name of the counter" },
  { name: "counterShortName", description: "the counter's short name (PICSS), or null" },
  {
    name: "counterKind",
    description: `what the counter is (JSON only), e.g. RESEARCH_INSTITUTE, INTERNATIONAL_BODY or GOVERNMENT: ${codes(ActorKind)}`,
  },
  { name: "periodKind", description: `${codes(CountPeriodKind)}; SPAN is any other range the counter gave` },
  { name: "periodStart", description: "first day of the period counted, YYYY-MM-DD" },
  { name: "periodEnd", description: "last day of the period counted, YYYY-MM-DD" },
  { name: "periodApproximate", description: 'true when the counter gave the period loosely ("to mid-March")' },
  { name: "metric", description: `what is counted: ${codes(CountMetric)}` },
  { name: "violence", description: `which violence the figure covers: ${codes(CountViolence)}` },
  { name: "group", description: `whose losses (ALL for events and totals): ${codes(CountGroup)}` },
  { name: "region", description: `where: ${codes(CountRegion)}` },
  { name: "area", description: "a narrower place the counter names inside the region, or null" },
  {
    name: "term",
    description:
      'the counter\'s own words for what it counts ("militant attacks", "terrorist attacks"): definitions differ',
  },
  { name: "valueLow", description: "lower bound of the figure (equal to valueHigh unless a range)" },
  { name: "valueHigh", description: "upper bound of the figure" },
  {
    name: "qualifier",
    description: "EXACT, AT_LEAST, MORE_THAN, UP_TO, ABOUT, RANGE or NONE; part of the figure, never to be dropped",
  },
  { name: "figure", description: 'the figure as written with its qualifier: "at least 74" (JSON only)' },
  { name: "documentId", description: "id of the document that published the figure" },
  { name: "documentTitle", description: "title of the document" },
  { name: "documentUrl", description: "URL of the document, when it has one" },
  { name: "publishedOn", description: "date the document was published, YYYY-MM-DD, or null when it shows none" },
  { name: "quote", description: "quote from the document that carries the figure" },
  { name: "quoteKind", description: "VERBATIM (the page's own words) or SUMMARY (a digest's account of it)" },
  {
    name: "lowConfidence",
    description: "true when the page is a mirror or copy of the report, or hedges its own figures",
  },
  { name: "note", description: "the editors' note on the figure, or null" },
  { name: "revisesId", description: "id of the earlier figure of the same counter this one restates, or null" },
  { name: "chainId", description: "id of the first figure of the restatement chain this figure belongs to" },
  { name: "revised", description: "true when the counter later restated this figure (a later row revises it)" },
];

export const COUNTS_ENDPOINT: EndpointDoc = {
  method: "GET",
  path: "/api/v1/counts",
  formats: ["json", "csv"],
  description:
    "Period counts published by independent counters (PICSS, PIPS, CRSS), UN bodies and officials, one row per figure, each as its counter published it with its document and quote; never summed across counters. Not counts of this record's incidents.",
  parameters: [
    { name: "counter", description: "counter id such as picss, pips or crss" },
    { name: "metric", description: `what is counted: ${codes(CountMetric)}` },
    { name: "violence", description: `which violence: ${codes(CountViolence)}` },
    { name: "group", description: `whose losses: ${codes(CountGroup)}` },
    { name: "region", description: `where: ${codes(CountRegion)}` },
    { name: "period", description: `kind of period: ${codes(CountPeriodKind)}` },
    { name: "from", description: "counts whose period ends on or after this day, YYYY-MM-DD" },
    { name: "to", description: "counts whose period starts on or before this day, YYYY-MM-DD; not before from" },
    {
      name: "versions",
      description: "latest (default): each figure's current version; all: every version, restated ones included",
    },
    ...pagination,
    format,
    meta,
  ],
  fields: countFields,
  csvColumns: columnsOf(COUNT_CSV_COLUMNS),
};
