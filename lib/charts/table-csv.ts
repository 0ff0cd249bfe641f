// A chart's data table as CSV, read from the table the page already shows: the rows are not sent
// to the browser a second time. Quoting, line endings and the byte-order mark are lib/api/csv.ts's
// (RFC 4180, CRLF, formula cells neutralised), the same as the site's API downloads.
import { BOM, csvCell } from "@/lib/api/csv";

/** What is read of a table: rows of cells with text (an HTMLTableElement is one). */
export type TableLike = { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }> };

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Every row of the table, header row first, each cell's text with its white space collapsed. */
export function tableRowsOf(table: TableLike): string[][] {
  return Array.from(table.rows, (row) =>
    Array.from(row.cells, (cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()),
  );
}

/** The CSV file: BOM, then one CRLF-terminated record per row. A cell that is a plain number is
 *  written as it stands (it never needs quotes), so a negative count is not taken for a formula
 *  and prefixed, and "007" keeps its zeros. */
export function tableCsv(rows: string[][]): string {
  const records = rows.map((row) => row.map((cell) => (NUMBER.test(cell) ? cell : csvCell(cell))).join(","));
  return BOM + records.map((record) => `${record}\r\n`).join("");
}
