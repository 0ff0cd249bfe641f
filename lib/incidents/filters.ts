// One schema for the attacks filters, shared by the page's query string, the API and the data
// layer. Unknown values are rejected with the parameter's name, never passed to SQL.
import { z } from "zod";
import { queryDay } from "../query-day";
import { IncidentType, TargetType } from "../db/generated/enums";

const isoDate = queryDay();
const code = (re: RegExp, what: string) => z.string().regex(re, { error: `must be a ${what}` });

export const attackFiltersSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    province: code(/^PK-[A-Z]{2}$/, "Pakistani province code such as PK-KP").optional(),
    district: code(/^PK-[A-Z]{2}-[a-z0-9-]+$/, "district id such as PK-KP-bajaur").optional(),
    perpetrator: code(/^[a-z0-9][a-z0-9-]*$/, "actor id").optional(),
    type: z.enum(IncidentType).optional(),
    target: z.enum(TargetType).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], error: "must not be before from" });

export type AttackFilters = z.infer<typeof attackFiltersSchema>;

export const granularitySchema = z.enum(["week", "month"]);
export type Granularity = z.infer<typeof granularitySchema>;
