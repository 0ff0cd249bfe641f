// The UCDP GED event record and the item the UCDP adapter hands to its upsert.
import { z } from "zod";

export const UCDP_COUNTRIES = { 770: "PAK", 700: "AFG" } as const;

const count = z.coerce.number().int().min(0);
const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/)
  .transform((s) => s.slice(0, 10));

export const ucdpEventSchema = z.looseObject({
  id: z.coerce.number().int().positive(),
  relid: z.string().optional(),
  year: z.coerce.number().int(),
  type_of_violence: z.coerce.number().int().min(1).max(3),
  conflict_name: z.string(),
  dyad_name: z.string(),
  side_a: z.string(),
  side_b: z.string(),
  source_article: z.string().nullish(),
  source_headline: z.string().nullish(),
  where_description: z.string().nullish(),
  adm_1: z.string().nullish(),
  adm_2: z.string().nullish(),
  latitude: z.coerce.number().nullish(),
  longitude: z.coerce.number().nullish(),
  country: z.string(),
  country_id: z.coerce.number().int().optional(),
  date_start: dateOnly,
  date_end: dateOnly,
  date_prec: z.coerce.number().int().min(1).max(5),
  deaths_a: count,
  deaths_b: count,
  deaths_civilians: count,
  deaths_unknown: count,
  best: count,
  low: count,
  high: count,
});
export type UcdpEvent = z.infer<typeof ucdpEventSchema>;

/** The `data` of a UCDP NormalizedItem. */
export const ucdpItemSchema = z.object({
  event: ucdpEventSchema,
  datasetVersion: z.string(),
  retrievedOn: z.iso.date(),
});
export type UcdpItem = z.infer<typeof ucdpItemSchema>;
