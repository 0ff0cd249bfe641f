// The review queue's view in the URL: status, feed source (slug), publication dates, text, page.
// Like the public pages, an invalid parameter is dropped and named rather than failing the page.
import { z } from "zod";
import { queryDay } from "../query-day";

export type SearchParams = Record<string, string | string[] | undefined>;

const day = queryDay("must be a date (YYYY-MM-DD)");
export const reviewFilterFields = {
  status: z.enum(["PENDING", "ACCEPTED", "MERGED", "REJECTED", "ALL"]),
  source: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "unknown source"),
  from: day,
  to: day,
  q: z
    .string()
    .trim()
    .min(1)
    .max(200, "at most 200 characters")
    .refine((s) => !s.includes("\u0000"), "must not contain a NUL character"),
  page: z.coerce.number().int().min(1).max(10_000),
};

export type ReviewFilters = {
  status: z.infer<typeof reviewFilterFields.status>;
  source?: string;
  from?: string;
  to?: string;
  q?: string;
  page: number;
};
export type ReviewView = { filters: ReviewFilters; invalid: { param: string; message: string }[] };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function readReviewView(sp: SearchParams): ReviewView {
  const invalid: ReviewView["invalid"] = [];
  const filters: ReviewFilters = { status: "PENDING", page: 1 };
  for (const key of Object.keys(reviewFilterFields) as (keyof typeof reviewFilterFields)[]) {
    const value = first(sp[key]);
    if (value === undefined) continue;
    const r = reviewFilterFields[key].safeParse(value);
    if (r.success) Object.assign(filters, { [key]: r.data });
    else invalid.push({ param: key, message: r.error.issues[0]?.message ?? "invalid" });
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    invalid.push({ param: "to", message: "is before “from”" });
    delete filters.to;
  }
  return { filters, invalid };
}

/** Query string of a view with overrides; defaults are left out. */
export function reviewViewQuery(
  f: ReviewFilters,
  patch: Partial<Record<keyof ReviewFilters, string | number | undefined>> = {},
): string {
  const entries = {
    ...f,
    status: f.status === "PENDING" ? undefined : f.status,
    page: f.page === 1 ? undefined : f.page,
    ...patch,
  };
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return s ? `?${s}` : "";
}
