// One row shape for a period count wherever the API returns one. Each row is one counter's
// published figure and stands alone: counter, period, what it counts in the counter's own words,
// the figure with its qualifier, the document and the verbatim quote travel together, so a row
// copied out of the file still says who counted what, and where it was published.
import type { CountFigure } from "../counts/count-queries";
import { formatFigure } from "../vocabulary";
import type { CsvColumn } from "./csv";

export type CountRow = {
  id: string;
  counterId: string;
  counter: string;
  counterShortName: string | null;
  /** RESEARCH_INSTITUTE, INTERNATIONAL_BODY, GOVERNMENT…: tells independent counters from officials. */
  counterKind: string;
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  periodApproximate: boolean;
  metric: string;
  violence: string;
  group: string;
  region: string;
  area: string | null;
  term: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
  /** The figure as written, qualifier included: "at least 74", "4–7". */
  figure: string;
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  publishedOn: string | null;
  quote: string;
  quoteKind: string;
  lowConfidence: boolean;
  note: string | null;
  revisesId: string | null;
  chainId: string;
  revised: boolean;
};

export function countRowFromFigure(c: CountFigure): CountRow {
  return {
    id: c.id,
    counterId: c.counterId,
    counter: c.counterName,
    counterShortName: c.counterShortName,
    counterKind: c.counterKind,
    periodKind: c.periodKind,
    periodStart: c.periodStart,
    periodEnd: c.periodEnd,
    periodApproximate: c.periodApproximate,
    metric: c.metric,
    violence: c.violence,
    group: c.group,
    region: c.region,
    area: c.area,
    term: c.term,
    valueLow: c.valueLow,
    valueHigh: c.valueHigh,
    qualifier: c.qualifier,
    figure: formatFigure(c),
    documentId: c.documentId,
    documentTitle: c.documentTitle,
    documentUrl: c.documentUrl,
    publishedOn: c.publishedOn,
    quote: c.quote,
    quoteKind: c.quoteKind,
    lowConfidence: c.lowConfidence,
    note: c.note,
    revisesId: c.revisesId,
    chainId: c.chainId,
    revised: c.revised,
  };
}

// CSV column names are snake_case (what R, pandas and SQL users type); JSON keeps camelCase.
// count_id is the row's `id` in the JSON; `group` keeps its name although SQL reserves the word,
// because it is the JSON field's name and scripts select columns by these names.
export const COUNT_CSV_COLUMNS: CsvColumn<CountRow>[] = [
  { header: "count_id", type: "text", value: (r) => r.id },
  { header: "counter_id", type: "text", value: (r) => r.counterId },
  { header: "counter", type: "text", value: (r) => r.counter },
  { header: "period_kind", type: "code", value: (r) => r.periodKind },
  { header: "period_start", type: "date", value: (r) => r.periodStart },
  { header: "period_end", type: "date", value: (r) => r.periodEnd },
  { header: "period_approximate", type: "boolean", value: (r) => r.periodApproximate },
  { header: "metric", type: "code", value: (r) => r.metric },
  { header: "violence", type: "code", value: (r) => r.violence },
  { header: "group", type: "code", value: (r) => r.group },
  { header: "region", type: "code", value: (r) => r.region },
  { header: "area", type: "text", value: (r) => r.area },
  { header: "term", type: "text", value: (r) => r.term },
  { header: "value_low", type: "integer", value: (r) => r.valueLow },
  { header: "value_high", type: "integer", value: (r) => r.valueHigh },
  { header: "qualifier", type: "code", value: (r) => r.qualifier },
  { header: "document_id", type: "text", value: (r) => r.documentId },
  { header: "document_title", type: "text", value: (r) => r.documentTitle },
  { header: "document_url", type: "url", value: (r) => r.documentUrl },
  { header: "published_on", type: "date", value: (r) => r.publishedOn },
  { header: "quote", type: "text", value: (r) => r.quote },
  { header: "quote_kind", type: "code", value: (r) => r.quoteKind },
  { header: "low_confidence", type: "boolean", value: (r) => r.lowConfidence },
  { header: "note", type: "text", value: (r) => r.note },
  { header: "revises_id", type: "text", value: (r) => r.revisesId },
  { header: "chain_id", type: "text", value: (r) => r.chainId },
  { header: "revised", type: "boolean", value: (r) => r.revised },
];
