// What changed since the previous release, table by table: rows added, removed and changed, matched
// by each table's primary key, and for a changed row each column old → new (a counter's restated
// figure shows as value_low 82 → 81). Both sides are read from their CSV text, so the comparison
// is of the bytes a reader downloads. Returned as data and written as CHANGELOG.md.
import { readCsvTable } from "./csv-read";

export type CellChange = { column: string; from: string; to: string };
export type RowChange = { key: string; changes: CellChange[] };
export type TableChanges = {
  file: string;
  rows: number;
  /** Rows in the previous release's file; null when the file is new. */
  previousRows: number | null;
  added: string[];
  removed: string[];
  changed: RowChange[];
  columnsAdded: string[];
  columnsRemoved: string[];
};
export type ReleaseChanges = { previous: string | null; tables: TableChanges[]; removedFiles: string[] };

export type CsvSide = { file: string; csv: string };
export type CurrentTable = CsvSide & { primaryKey: string[] };

const keyOf = (record: Record<string, string>, primaryKey: string[]) => primaryKey.map((k) => record[k]).join(" / ");

function diffTable(current: CurrentTable, previous: CsvSide | undefined): TableChanges {
  const now = readCsvTable(current.csv);
  const result: TableChanges = {
    file: current.file,
    rows: now.records.length,
    previousRows: null,
    added: [],
    removed: [],
    changed: [],
    columnsAdded: [],
    columnsRemoved: [],
  };
  if (!previous) return result;
  const before = readCsvTable(previous.csv);
  result.previousRows = before.records.length;
  result.columnsAdded = now.header.filter((c) => !before.header.includes(c));
  result.columnsRemoved = before.header.filter((c) => !now.header.includes(c));
  const shared = now.header.filter((c) => before.header.includes(c));
  const old = new Map(before.records.map((r) => [keyOf(r, current.primaryKey), r]));
  for (const record of now.records) {
    const key = keyOf(record, current.primaryKey);
    const was = old.get(key);
    if (!was) {
      result.added.push(key);
      continue;
    }
    old.delete(key);
    const changes = shared
      .filter((c) => was[c] !== record[c])
      .map((c) => ({ column: c, from: was[c]!, to: record[c]! }));
    if (changes.length) result.changed.push({ key, changes });
  }
  result.removed = [...old.keys()];
  return result;
}

/** Compares a release's tables with the previous release's files (null for the first release). */
export function diffRelease(
  previous: { name: string; files: CsvSide[] } | null,
  current: CurrentTable[],
): ReleaseChanges {
  const before = new Map((previous?.files ?? []).map((f) => [f.file, f]));
  const tables = current.map((table) => diffTable(table, previous ? before.get(table.file) : undefined));
  const names = new Set(current.map((t) => t.file));
  const removedFiles = [...before.keys()].filter((file) => !names.has(file)).sort();
  return { previous: previous?.name ?? null, tables, removedFiles };
}

export const hasChanges = (t: TableChanges) =>
  t.previousRows === null ||
  t.added.length + t.removed.length + t.changed.length + t.columnsAdded.length + t.columnsRemoved.length > 0;

/** Per file: added, removed and changed rows, for datapackage.json and the release's page. */
export function changeCounts(changes: ReleaseChanges) {
  return Object.fromEntries(
    changes.tables.map((t) => [
      t.file,
      { added: t.added.length, removed: t.removed.length, changed: t.changed.length, new: t.previousRows === null },
    ]),
  );
}

/** How many rows of each kind CHANGELOG.md lists per table; the counts are always complete. */
export const LISTED_PER_KIND = 100;
const MAX_VALUE = 200;

/** A value as a Markdown code span that no cell content can break out of. */
function code(value: string): string {
  if (value === "") return "(empty)";
  const flat = value.replace(/\r?\n/g, " ⏎ ");
  const text = flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE)}…` : flat;
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${fence.length > 1 ? " " : ""}${text}${fence.length > 1 ? " " : ""}${fence}`;
}

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED_PER_KIND).map((item) => `- ${line(item)}`);
  if (items.length > LISTED_PER_KIND) lines.push(`- … and ${items.length - LISTED_PER_KIND} more`);
  return lines;
}

function tableSection(t: TableChanges): string[] {
  const lines = [`## ${t.file}`, ""];
  if (t.previousRows === null) return [...lines, `New file: ${t.rows} rows.`, ""];
  if (t.columnsAdded.length) lines.push(`Columns added: ${t.columnsAdded.map(code).join(", ")}.`, "");
  if (t.columnsRemoved.length) lines.push(`Columns removed: ${t.columnsRemoved.map(code).join(", ")}.`, "");
  if (t.changed.length) {
    lines.push(`Changed (${t.changed.length}):`, "");
    lines.push(
      ...listed(
        t.changed,
        (row) =>
          `${code(row.key)}: ${row.changes.map((c) => `${c.column} ${code(c.from)} → ${code(c.to)}`).join("; ")}`,
      ),
      "",
    );
  }
  if (t.added.length) lines.push(`Added (${t.added.length}):`, "", ...listed(t.added, code), "");
  if (t.removed.length) lines.push(`Removed (${t.removed.length}):`, "", ...listed(t.removed, code), "");
  return lines;
}

export function changelogMarkdown(name: string, changes: ReleaseChanges): string {
  const lines = [`# Changes in Frontier Monitor data release ${name}`, ""];
  if (!changes.previous) {
    lines.push("The first release: there is no earlier release to compare it with.", "");
  } else {
    lines.push(
      `Compared with release ${changes.previous}. Rows are matched by each table's primary key (see datapackage.json);`,
      "a changed row lists each column that changed, old → new.",
      "",
    );
  }
  lines.push("| file | rows | added | removed | changed |", "| --- | ---: | ---: | ---: | ---: |");
  for (const t of changes.tables) {
    const fresh = t.previousRows === null;
    const n = (count: number) => (fresh ? "–" : String(count));
    lines.push(`| ${t.file} | ${t.rows} | ${n(t.added.length)} | ${n(t.removed.length)} | ${n(t.changed.length)} |`);
  }
  lines.push("");
  if (changes.removedFiles.length)
    lines.push(`Files no longer in the release: ${changes.removedFiles.join(", ")}.`, "");
  if (changes.previous) {
    const changed = changes.tables.filter(hasChanges);
    if (!changed.length) lines.push("No row changed.", "");
    for (const t of changed) lines.push(...tableSection(t));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
