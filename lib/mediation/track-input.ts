// One schema for a mediation track, shared by the admin form, its server action and the data layer.
import { z } from "zod";
import { correctionNote, flag, loadedVersion, plainText, recordId } from "../writes/fields";

/** A list from a multi-select or checkboxes (array, or one string), or a textarea (one per line). */
export const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => {
      const list = typeof v === "string" ? v.split(/\r?\n/) : Array.isArray(v) ? v : v == null ? [] : [v];
      return [...new Set(list.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== ""))];
    },
    z.array(item).max(max, `At most ${max} entries.`),
  );

export const trackFields = z.object({
  name: plainText(200, "Name"),
  summary: plainText(4000, "Summary"),
  venues: listOf(plainText(120, "Venue"), 20),
  mediatorIds: listOf(recordId("Mediator"), 30).refine((v) => v.length > 0, "Choose at least one mediator."),
  partyIds: listOf(recordId("Party"), 30).refine((v) => v.length > 0, "Choose at least one party."),
  published: flag,
});

export const trackCreateInput = trackFields;
/** `correctionNote` is required when the track is published (checked in the write, which knows). */
export const trackUpdateInput = trackFields.extend({ version: loadedVersion, correctionNote });

export type TrackFieldsInput = z.infer<typeof trackFields>;
