// What the extractors suggest to a reviewer. Suggestions are never published: an editor accepts,
// corrects or discards each one, so every field keeps the text it came from.
import { z } from "zod";

export const QUALIFIERS = ["EXACT", "AT_LEAST", "MORE_THAN", "UP_TO", "ABOUT", "RANGE", "NONE"] as const;
export const METRICS = [
  "KILLED",
  "INJURED",
  "CAPTURED",
  "MISSING",
  "POSTS_CAPTURED",
  "POSTS_DESTROYED",
  "VEHICLES_DESTROYED",
  "DRONES_DOWNED",
  "SHELLS_FIRED",
] as const;
export const SUBJECTS = [
  "PAKISTANI_FORCES",
  "AFGHAN_FORCES",
  "PAKISTANI_CIVILIANS",
  "AFGHAN_CIVILIANS",
  "MILITANTS",
  "PEOPLE_IN_PAKISTAN",
  "PEOPLE_IN_AFGHANISTAN",
  "ALL_SIDES",
] as const;

export const dateSuggestionSchema = z.object({
  value: z.iso.date(),
  precision: z.enum(["DAY", "APPROXIMATE"]),
  /** Where it came from: the words in the text, or "publication date". */
  text: z.string(),
});

export const placeSuggestionSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(["province", "district"]),
  text: z.string(),
});

export const perpetratorSuggestionSchema = z.object({
  actorId: z.string(),
  name: z.string(),
  /** CLAIMED: the group claimed it; ATTRIBUTED: someone blamed it; MENTIONED: named, role unclear. */
  basis: z.enum(["CLAIMED", "ATTRIBUTED", "MENTIONED"]),
  text: z.string(),
});

export const figureSuggestionSchema = z.object({
  metric: z.enum(METRICS),
  /** Null when the text does not say whose dead or wounded they were. */
  subject: z.enum(SUBJECTS).nullable(),
  valueLow: z.number().int().min(0),
  valueHigh: z.number().int().min(0),
  qualifier: z.enum(QUALIFIERS),
  statedBy: z.string().nullable(),
  claimantActorId: z.string().nullable(),
  quote: z.string().min(1),
});

export const COUNT_PERIOD_KINDS = ["MONTH", "QUARTER", "HALF_YEAR", "YEAR", "SPAN"] as const;
export const COUNT_REGIONS = [
  "PAKISTAN",
  "KHYBER_PAKHTUNKHWA",
  "KP_MAINLAND",
  "KP_TRIBAL",
  "BALOCHISTAN",
  "SINDH",
  "PUNJAB",
  "AFGHANISTAN",
] as const;

/** A counter's published figure for a period ("PICSS recorded 85 militant attacks in May"). */
export const periodCountSuggestionSchema = z.object({
  /** The counter the item names (picss, pips, crss), as the words it was named with. */
  counterId: z.string(),
  counterName: z.string(),
  counterText: z.string(),
  periodKind: z.enum(COUNT_PERIOD_KINDS),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  /** The words the period was read from ("in May", "during the year"), resolved against publication. */
  periodText: z.string(),
  metric: z.enum(["ATTACKS", "SUICIDE_ATTACKS"]),
  violence: z.enum(["MILITANT_ATTACKS"]),
  region: z.enum(COUNT_REGIONS),
  /** The counter's own words for what it counts ("militant attacks", "terrorist attacks"). */
  term: z.string().min(1),
  valueLow: z.number().int().min(0),
  valueHigh: z.number().int().min(0),
  qualifier: z.enum(QUALIFIERS),
  quote: z.string().min(1),
});

export const suggestionsSchema = z.object({
  date: dateSuggestionSchema.nullable(),
  places: z.array(placeSuggestionSchema),
  perpetrators: z.array(perpetratorSuggestionSchema),
  figures: z.array(figureSuggestionSchema),
  /** Items stored before counts were extracted have none. */
  periodCounts: z.array(periodCountSuggestionSchema).default([]),
});

export type Suggestions = z.infer<typeof suggestionsSchema>;
export type FigureSuggestion = z.infer<typeof figureSuggestionSchema>;
export type PeriodCountSuggestion = z.infer<typeof periodCountSuggestionSchema>;
