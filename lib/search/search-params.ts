// Reads the search page's query string. Like the attacks page (lib/incidents/search-params.ts) a
// page keeps every valid parameter, drops an invalid one and says which, so a mistyped link still
// shows something; the API answers the same mistakes with a 400 (lib/api/search-api.ts).
import type { z } from "zod";
import type { SearchParams } from "../incidents/search-params";
import {
  searchKindsSchema,
  searchPageSchema,
  searchTextSchema,
  type ParsedSearchText,
  type SearchKind,
  type SearchQuery,
} from "./search-query";

export type SearchView = {
  /** What was typed, as typed (trimmed): the form shows it again. */
  text: string;
  /** The search to run, or null: nothing typed yet, or text that cannot be searched. */
  query: SearchQuery | null;
  kinds: SearchKind[];
  page: number;
  invalid: { param: string; message: string }[];
};

/** Every parameter the page reads; any other is ignored. */
export const SEARCH_VIEW_KEYS = ["q", "kind", "page"] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
const all = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((item) => item !== "");

export function readSearchView(sp: SearchParams): SearchView {
  const invalid: SearchView["invalid"] = [];
  const read = <T>(param: string, schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    if (value === undefined) return fallback;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    invalid.push({ param, message: result.error.issues[0]?.message ?? "invalid" });
    return fallback;
  };
  const text = (first(sp.q) ?? "").trim();
  const kindValues = all(sp.kind);
  const kinds = read("kind", searchKindsSchema, kindValues.length ? kindValues : undefined, [] as SearchKind[]);
  const page = read("page", searchPageSchema, first(sp.page), 1);
  const parsed = read<ParsedSearchText | null>("q", searchTextSchema, text || undefined, null);
  return { text, query: parsed ? { q: parsed, kind: kinds, page } : null, kinds, page, invalid };
}

/** The page's own address for a view, with overrides; defaults are left out so links stay short. */
export function searchViewHref(
  view: Pick<SearchView, "text" | "kinds" | "page">,
  patch: { kinds?: SearchKind[]; page?: number } = {},
): string {
  const kinds = patch.kinds ?? view.kinds;
  const page = patch.page ?? view.page;
  const params = new URLSearchParams();
  if (view.text) params.set("q", view.text);
  if (kinds.length) params.set("kind", kinds.join(","));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
