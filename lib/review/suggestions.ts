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

export const suggestionsSchema = z.object({
  date: dateSuggestionSchema.nullable(),
  places: z.array(placeSuggestionSchema),
  perpetrators: z.array(perpetratorSuggestionSchema),
  figures: z.array(figureSuggestionSchema),
});

export type Suggestions = z.infer<typeof suggestionsSchema>;
export type FigureSuggestion = z.infer<typeof figureSuggestionSchema>;
