// One way to read a query string, for the API and the pages alike. The schema is the whitelist:
// a parameter it does not name is refused (a misspelt `provnce=PK-KP` must not silently return
// every province), a parameter given twice is refused unless the schema says it is a list, and
// the first problem is reported with the parameter's name so the caller can fix it.
import { z } from "zod";

export type QueryProblem = { parameter: string; message: string };
export type QueryResult<T> = { ok: true; value: T } | { ok: false; problem: QueryProblem };

const PAGE_MAX = 1_000_000;
export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;

/** A whole number in [min, max] written in decimal digits only ("1e3", "+5", " 5" are refused). */
export const intParam = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^[0-9]{1,9}$/, { error })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error });
};

// Pagination and format are optional here; their defaults depend on the format (see resolvePaging).
export const paginationShape = {
  page: intParam(1, PAGE_MAX).optional(),
  pageSize: intParam(1, PAGE_SIZE_MAX).optional(),
};
export const formatShape = {
  format: z.enum(["json", "csv"], { error: "must be json or csv" }).default("json"),
  // Opt-in only: by default a CSV's first line is its header, so readers' defaults work.
  meta: z
    .enum(["comments"], {
      error: "must be comments (citation, licence and counts as # lines above the CSV header), or left out",
    })
    .optional(),
};

export type Format = "json" | "csv";

/** `meta=comments` shapes a CSV file; JSON carries its meta anyway, so there it is a mistake to name. */
export function metaOptionProblem(q: { format: Format; meta?: "comments" }): QueryProblem | null {
  return q.meta !== undefined && q.format !== "csv"
    ? { parameter: "meta", message: "applies to format=csv only" }
    : null;
}

/**
 * JSON pages default to 50 rows. A CSV download without page/pageSize is the whole selection: a
 * file that silently stopped at row 50 would be read as the complete record. Given explicitly,
 * page and pageSize apply to CSV too.
 */
export function resolvePaging(q: { page?: number; pageSize?: number; format: Format }): {
  page: number;
  pageSize: number | "all";
} {
  if (q.format === "csv" && q.page === undefined && q.pageSize === undefined) return { page: 1, pageSize: "all" };
  return { page: q.page ?? 1, pageSize: q.pageSize ?? PAGE_SIZE_DEFAULT };
}

/**
 * Turns URLSearchParams into the schema's output. Empty values (`?province=`, as an HTML form
 * sends for an untouched field) count as absent. `lists` names parameters that may repeat; they
 * reach the schema as arrays.
 */
export function parseQuery<S extends z.ZodObject>(
  params: URLSearchParams,
  schema: S,
  opts: { lists?: readonly string[] } = {},
): QueryResult<z.output<S>> {
  const known = Object.keys(schema.shape);
  const lists = new Set(opts.lists ?? []);
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) {
      return fail(key, `unknown parameter; allowed: ${known.join(", ")}`);
    }
    const values = params.getAll(key).filter((v) => v !== "");
    if (lists.has(key)) {
      if (values.length) input[key] = values;
    } else if (values.length > 1) {
      return fail(key, "given more than once; give it once");
    } else if (values.length === 1) {
      input[key] = values[0]!;
    }
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return fail(String(issue.path[0] ?? "query"), issue.message);
}

const fail = (parameter: string, message: string): { ok: false; problem: QueryProblem } => ({
  ok: false,
  problem: { parameter, message },
});

/** A page's `searchParams` (Next gives a record) as URLSearchParams, repeated keys kept, for parseQuery. */
export function searchParamsFrom(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}
