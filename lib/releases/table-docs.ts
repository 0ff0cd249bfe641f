// Column descriptions for the release's Table Schemas. A table that shares the API's columns takes
// the API's own field descriptions (lib/api/api-index.ts, shown at GET /api/v1 and in docs/api.md),
// so the two never describe one column differently; columns only a release has are described here.
import { API_ENDPOINTS } from "../api/api-index";

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A JSON field's description read for a CSV column: fields named as columns, no value as an empty cell. */
const asColumnText = (description: string) =>
  description.replace(/\b[a-z]+(?:[A-Z][a-z]*)+\b/g, snakeCase).replace(/\bor null\b/g, "or empty");

/** The API's field descriptions of one endpoint, keyed by CSV column name (valueLow → value_low). */
export function apiColumnDocs(path: string): Record<string, string> {
  const endpoint = API_ENDPOINTS.find((e) => e.path === path);
  if (!endpoint) throw new Error(`no API endpoint ${path}`);
  return Object.fromEntries(
    endpoint.fields
      .filter((f) => /^[A-Za-z]+$/.test(f.name))
      .map((f) => [snakeCase(f.name), asColumnText(f.description)]),
  );
}

/** Columns every cited row carries. */
export const SOURCE_DOCS = {
  document_id: "id of the source document (documents.csv)",
  quote: "the passage of the document this row rests on",
  quote_kind:
    "VERBATIM (the document's own words, checked against the text held) " +
    "or SUMMARY (a digest's account of the report, not its words)",
} as const;

export const DATE_PRECISION_DOC = "DAY, WEEK, MONTH or APPROXIMATE: how exactly the sources date it";

/** Describes a column that holds another table's id. */
export const idOf = (what: string, table: string) => `id of the ${what} (${table}.csv)`;
