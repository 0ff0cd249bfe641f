// The pieces every endpoint's description shares (lib/api/api-index.ts and the per-endpoint
// descriptions it gathers): the shape of a description and the common parameters.
import type { CsvColumn, CsvType } from "./csv";
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "./query";

export type Doc = { name: string; description: string };
export type ColumnDoc = { name: string; type: CsvType };
export type EndpointDoc = {
  method: "GET";
  path: string;
  description: string;
  formats: string[];
  parameters: Doc[];
  fields: Doc[];
  /** CSV header, in order, with each column's type; read from the writers' own column lists. */
  csvColumns?: ColumnDoc[];
};

export const columnsOf = (columns: CsvColumn<never>[]): ColumnDoc[] =>
  columns.map((c) => ({ name: c.header, type: c.type }));

export const pagination: Doc[] = [
  { name: "page", description: "page number, a whole number ≥ 1; default 1" },
  {
    name: "pageSize",
    description: `rows per page, 1 to ${PAGE_SIZE_MAX}; default ${PAGE_SIZE_DEFAULT} for JSON. A CSV without page and pageSize holds every matching row`,
  },
];
export const format: Doc = { name: "format", description: "json (default) or csv" };
export const meta: Doc = {
  name: "meta",
  description:
    "comments, with format=csv only: the citation, licence, filters and row count as # lines above the header row. Without it the header is the first line",
};

/** An enum's values as a list for a description: "MONTH, QUARTER, YEAR". */
export const codes = (values: Record<string, string>) => Object.values(values).join(", ");
