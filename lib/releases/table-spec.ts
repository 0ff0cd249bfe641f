// One release table: its CSV columns (the API's own column lists where a table has an API twin),
// its Frictionless Table Schema, and how it is read and written. Rows are sorted by primary key
// with a plain code-unit comparison, never a locale's: the same record gives the same bytes on
// every machine, so an unchanged record gives an unchanged release hash.
import type { CsvColumn, CsvType, CsvValue } from "../api/csv";
import { toCsv } from "../api/csv";
import type { DbTx } from "../db/create-client";

/** Frictionless foreign key, one field each side (resource "" is the table itself). */
export type ForeignKey = { field: string; resource: string; reference: string };

/** Ids each table's rows point at, by resource name: documents, sources and actors are read from them. */
export type References = Map<string, Set<string>>;

/** What a table's read gets: a client inside the release's snapshot, the references so far, the site. */
export type ReadContext = { tx: DbTx; refs: References; siteUrl: string };

export type TableSpec<T> = {
  /** Resource name and file stem: `incidents` → incidents.csv. */
  name: string;
  title: string;
  description: string;
  columns: CsvColumn<T>[];
  /** A description per column header; completed from the API's field docs (table-docs.ts). */
  docs: Record<string, string>;
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  /** Columns written as decimals (coordinates): Table Schema type `number`. */
  numberFields?: string[];
  /** Columns holding one of a fixed list of codes: Table Schema `enum` constraint. */
  codes?: Record<string, readonly string[]>;
  read: (ctx: ReadContext) => Promise<T[]>;
};

export type TableField = {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  format?: "default" | "uri";
  description: string;
  constraints?: { required?: true; enum?: string[] };
};

export type TableSchema = {
  fields: TableField[];
  primaryKey: string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  missingValues: string[];
};

/** A table as it goes into a release: its CSV text, row count, schema and the ids it references. */
export type BuiltTable = {
  name: string;
  title: string;
  description: string;
  csv: string;
  rows: number;
  schema: TableSchema;
  /** The non-empty values of one column, row by row (the ids a foreign key points at). */
  values: (header: string) => string[];
  /** The cells of some columns, row by row, as text (empty for no value). */
  cells: (headers: string[]) => string[][];
};

const FIELD_TYPES: Record<CsvType, Pick<TableField, "type" | "format">> = {
  text: { type: "string" },
  code: { type: "string" },
  url: { type: "string", format: "uri" },
  integer: { type: "integer" },
  boolean: { type: "boolean" },
  date: { type: "date", format: "default" },
};

export function tableSchemaOf<T>(spec: TableSpec<T>): TableSchema {
  const fields = spec.columns.map((column): TableField => {
    const description = spec.docs[column.header];
    if (!description) throw new Error(`release table ${spec.name}: column ${column.header} has no description`);
    const type = spec.numberFields?.includes(column.header) ? { type: "number" as const } : FIELD_TYPES[column.type];
    const codes = spec.codes?.[column.header];
    const required = spec.primaryKey.includes(column.header);
    return {
      name: column.header,
      ...type,
      description,
      ...(required || codes
        ? { constraints: { ...(required ? { required: true as const } : {}), ...(codes ? { enum: [...codes] } : {}) } }
        : {}),
    };
  });
  return {
    fields,
    primaryKey: spec.primaryKey,
    ...(spec.foreignKeys?.length
      ? {
          foreignKeys: spec.foreignKeys.map((fk) => ({
            fields: fk.field,
            reference: { resource: fk.resource, fields: fk.reference },
          })),
        }
      : {}),
    missingValues: [""],
  };
}

/** Several values in one cell, as the API writes lists: "a; b". */
export const listCell = (values: string[]): string | null => values.join("; ") || null;

const cellText = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

/** Code-unit order of the primary-key values: the same on every machine, whatever its locale. */
export function byKey<T>(key: (row: T) => string[]): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a).join("\u0000");
    const y = key(b).join("\u0000");
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

export async function buildTable<T>(spec: TableSpec<T>, ctx: ReadContext): Promise<BuiltTable> {
  const { refs } = ctx;
  const schema = tableSchemaOf(spec);
  const columnOf = new Map(spec.columns.map((c) => [c.header, c]));
  const keyColumns = spec.primaryKey.map((header) => columnOf.get(header)!);
  const rows = (await spec.read(ctx)).sort(byKey((row) => keyColumns.map((c) => cellText(c.value(row)))));
  const cells = (headers: string[]) => {
    const columns = headers.map((header) => {
      const column = columnOf.get(header);
      if (!column) throw new Error(`release table ${spec.name} has no column ${header}`);
      return column;
    });
    return rows.map((row) => columns.map((column) => cellText(column.value(row))));
  };
  const values = (header: string) => cells([header]).flatMap(([value]) => (value ? [value] : []));
  for (const fk of spec.foreignKeys ?? []) {
    const resource = fk.resource || spec.name;
    const ids = refs.get(resource) ?? new Set<string>();
    for (const id of values(fk.field)) ids.add(id);
    refs.set(resource, ids);
  }
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    csv: toCsv([], spec.columns, rows),
    rows: rows.length,
    schema,
    values,
    cells,
  };
}

type CsvKeys<T> = { [K in keyof T]: T[K] extends CsvValue ? K : never }[keyof T] & string;

/** Columns that copy one field of the row as it is: `const column = columnsFor<Row>()`. */
export const columnsFor =
  <T>() =>
  (header: string, type: CsvType, key: CsvKeys<T>): CsvColumn<T> => ({
    header,
    type,
    value: (row) => row[key] as CsvValue,
  });
