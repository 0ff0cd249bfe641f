// CSV as RFC 4180 describes it, for spreadsheets first: CRLF line endings, fields quoted when they
// hold a comma, a double quote, CR or LF, quotes escaped by doubling, and a UTF-8 byte-order mark so
// Excel reads Pashto, Urdu and Dari names as UTF-8 instead of the local code page.

export const BOM = "\uFEFF";
const CRLF = "\r\n";

export type CsvValue = string | number | boolean | null | undefined;
/**
 * What a column holds, as docs/api.md states it: `date` is ISO 8601 (YYYY-MM-DD), `boolean` is
 * true/false, `code` is one of a documented upper-case list, `integer` is written in digits.
 * Whatever the type, an empty cell means there is no value (unknown or not applicable).
 */
export type CsvType = "text" | "code" | "integer" | "boolean" | "date" | "url";
/** `header` is snake_case and stable: scripts select columns by these names. */
export type CsvColumn<T> = { header: string; type: CsvType; value: (row: T) => CsvValue };

// Formula (CSV) injection: a spreadsheet treats a cell beginning with = + - @ as a formula, and a
// leading tab or CR can hide one of those from a quick look. Titles and quotes come from outside
// documents, so a crafted one such as `=HYPERLINK("http://…")` would run when a reader opens the
// download. Prefixing such text cells with a single quote makes the spreadsheet show them as text;
// the apostrophe is the form OWASP recommends and is visible, so nothing is silently altered.
// Numbers are written as numbers and never prefixed (a negative number is not a formula).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRecord = (values: CsvValue[]): string => values.map(csvCell).join(",");

/**
 * Comment lines, only when asked for (`?meta=comments`): by default the header is the first line
 * so any reader's defaults work. They start with `#` so R (`comment.char`), pandas (`skiprows`)
 * and people can tell them from data; line breaks and double quotes are taken out so that a
 * parser that does not know about comments cannot be thrown into a multi-line quoted field.
 */
export const csvComment = (text: string): string => `# ${text.replace(/[\r\n]+/g, " ").replaceAll('"', "'")}`;

/** The whole file: BOM, any comment lines, header row, one record per row, each line ending in CRLF. */
export function toCsv<T>(comments: string[], columns: CsvColumn<T>[], rows: T[]): string {
  const lines = [
    ...comments.map(csvComment),
    csvRecord(columns.map((c) => c.header)),
    ...rows.map((row) => csvRecord(columns.map((c) => c.value(row)))),
  ];
  return BOM + lines.join(CRLF) + CRLF;
}
