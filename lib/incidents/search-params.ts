// Reads the attacks view from a page's query string. Unlike the API (which answers 400), a page
// keeps every valid parameter, drops an invalid one and says which, so a mistyped link still shows.
import { z } from "zod";
import { attackFiltersSchema, granularitySchema, type AttackFilters, type Granularity } from "./filters";
import { INCIDENT_SORTS, type IncidentSort } from "./incident-queries";

export type SearchParams = Record<string, string | string[] | undefined>;
export type AttackView = {
  filters: AttackFilters;
  granularity: Granularity;
  stackBy: "type" | "perpetrator";
  sort: IncidentSort;
  page: number;
  layer: "attacks" | "strikes";
  invalid: { param: string; message: string }[];
};

const FILTER_KEYS = ["from", "to", "province", "district", "perpetrator", "type", "target"] as const;
/** Every parameter the page reads; any other is ignored (and does not make a view of its own). */
export const ATTACK_VIEW_KEYS = [...FILTER_KEYS, "by", "stack", "sort", "page", "layer"] as const;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function readAttackView(sp: SearchParams): AttackView {
  const invalid: AttackView["invalid"] = [];
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = first(sp[key]);
    if (value === undefined) continue;
    const r = attackFiltersSchema.safeParse({ [key]: value });
    if (r.success) filters[key] = value;
    else invalid.push({ param: key, message: r.error.issues[0]?.message ?? "invalid" });
  }
  // from/to valid alone but not together (to before from): drop `to`.
  const together = attackFiltersSchema.safeParse(filters);
  if (!together.success) {
    invalid.push({ param: "to", message: together.error.issues[0]?.message ?? "invalid" });
    delete filters.to;
  }
  const pick = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    const value = first(sp[key]);
    if (value === undefined) return fallback;
    const r = schema.safeParse(value);
    if (!r.success) invalid.push({ param: key, message: r.error.issues[0]?.message ?? "invalid" });
    return r.success ? r.data : fallback;
  };
  return {
    filters: attackFiltersSchema.parse(filters),
    granularity: pick("by", granularitySchema, "month"),
    stackBy: pick("stack", z.enum(["type", "perpetrator"]), "type"),
    sort: pick("sort", z.enum(INCIDENT_SORTS), "date-desc"),
    page: pick("page", z.coerce.number().int().min(1).max(10_000), 1),
    layer: pick("layer", z.enum(["attacks", "strikes"]), "attacks"),
    invalid,
  };
}

/** The query string of a view, with overrides; defaults are left out so URLs stay short. */
export function attackViewQuery(
  v: AttackView,
  patch: Partial<Record<string, string | number | undefined>> = {},
): string {
  const entries: Record<string, string | number | undefined> = {
    ...v.filters,
    by: v.granularity === "month" ? undefined : v.granularity,
    stack: v.stackBy === "type" ? undefined : v.stackBy,
    sort: v.sort === "date-desc" ? undefined : v.sort,
    page: v.page === 1 ? undefined : v.page,
    layer: v.layer === "attacks" ? undefined : v.layer,
    ...patch,
  };
  const qs = new URLSearchParams();
  for (const [k, val] of Object.entries(entries)) if (val !== undefined && val !== "") qs.set(k, String(val));
  const s = qs.toString();
  return s ? `?${s}` : "";
}
