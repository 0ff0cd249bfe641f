// One schema for the period-count filters: the API's query string and the data layer. Unknown
// values are rejected with the parameter's name, never passed to SQL.
import { z } from "zod";
import { CountGroup, CountMetric, CountPeriodKind, CountRegion, CountViolence } from "../db/generated/enums";
import { queryDay } from "../query-day";

const actorId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be an actor id such as picss" });

export const countFiltersSchema = z
  .object({
    counter: actorId.optional(),
    metric: z.enum(CountMetric).optional(),
    violence: z.enum(CountViolence).optional(),
    group: z.enum(CountGroup).optional(),
    region: z.enum(CountRegion).optional(),
    period: z.enum(CountPeriodKind).optional(),
    /** Counts whose period overlaps [from, to]. */
    from: queryDay().optional(),
    to: queryDay().optional(),
    /** latest: each figure's current version; all: every version, revised ones included. */
    versions: z.enum(["latest", "all"]).default("latest"),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    path: ["to"],
    error: "must not be before from",
  });

export type CountFilters = z.infer<typeof countFiltersSchema>;
