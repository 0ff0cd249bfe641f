// What a feed URL may ask for, as one zod schema read by parseQuery (lib/api/query.ts): unknown
// parameters, a parameter given twice and invalid values are refused with the parameter's name.
// The names and values are the pages' own: `province` as /attacks takes it (its schema, reused),
// `track` as a mediation track's id on /mediation (#track-<id>), `kind` one or more change kinds.
import { z } from "zod";
import { parseQuery, type QueryResult } from "../api/query";
import { CHANGE_KINDS, type ChangeKind } from "../changes/change-types";
import { attackFiltersSchema } from "../incidents/filters";

/** Words that stand for several kinds: `kind=corrections` is the corrections-only feed. */
export const KIND_SHORTHANDS: Readonly<Record<string, readonly ChangeKind[]>> = { corrections: ["correction"] };

const isKind = (value: string): value is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(value);
const KIND_ERROR = `must be one or more of ${[...CHANGE_KINDS, ...Object.keys(KIND_SHORTHANDS)].join(", ")}`;

/** `kind` may repeat (`kind=claim&kind=count`) or list kinds with commas (`kind=claim,count`). Out:
 *  the kinds in CHANGE_KINDS order, each once, so equivalent URLs read one cache entry. */
const kindsSchema = z.array(z.string()).transform((values, ctx): ChangeKind[] => {
  const wanted = new Set<ChangeKind>();
  for (const value of values.flatMap((v) => v.split(","))) {
    const word = value.trim();
    const kinds = isKind(word) ? [word] : KIND_SHORTHANDS[word];
    if (!kinds) {
      ctx.addIssue({ code: "custom", message: `"${word.slice(0, 40)}" is not a change kind; ${KIND_ERROR}` });
      return z.NEVER;
    }
    kinds.forEach((kind) => wanted.add(kind));
  }
  return CHANGE_KINDS.filter((kind) => wanted.has(kind));
});

export const feedFiltersSchema = z
  .object({
    province: attackFiltersSchema.shape.province,
    track: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/, { error: "must be a mediation track id such as china-urumqi-talks" })
      .optional(),
    kind: kindsSchema.optional(),
  })
  .refine((f) => f.province === undefined || f.track === undefined, {
    path: ["track"],
    error: "a feed follows a province or a mediation track, not both: give one of them",
  });

export type FeedFilters = z.output<typeof feedFiltersSchema>;

/** A feed URL's query string as filters, or the first problem with the parameter's name. */
export const parseFeedFilters = (params: URLSearchParams): QueryResult<FeedFilters> =>
  parseQuery(params, feedFiltersSchema, { lists: ["kind"] });

/** The canonical query string of a feed (fixed order, kinds comma-joined, every kind = no `kind`),
 *  used in the feed's own address and id: one feed, one address, however it was asked for. */
export function feedQuery(filters: FeedFilters): string {
  const params = new URLSearchParams();
  if (filters.province) params.set("province", filters.province);
  if (filters.track) params.set("track", filters.track);
  const kinds = filters.kind ?? CHANGE_KINDS;
  if (kinds.length < CHANGE_KINDS.length) params.set("kind", kinds.join(","));
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}
