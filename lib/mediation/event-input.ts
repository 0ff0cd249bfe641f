// One schema for a dated step of a mediation track. A step is always cited: a document and a
// verbatim quote are required, so no status change reaches the public page without its source.
import { z } from "zod";
import { correctionNote, loadedVersion, optionalText, pastDay, plainText, recordId } from "../writes/fields";
import { DatePrecision, MediationEventKind, MediationStatus } from "../db/generated/enums";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const eventFields = z.object({
  occurredOn: pastDay("Date"),
  datePrecision: z.enum(DatePrecision, { error: "Choose a date precision." }).default("DAY"),
  kind: z.enum(MediationEventKind, { error: "Choose what kind of step this was." }),
  title: plainText(300, "Title"),
  description: optionalText(4000, "Description"),
  venue: optionalText(120, "Venue"),
  round: z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : blankToUndefined(v)),
    z
      .number({ error: "Round must be a whole number." })
      .int("Round must be a whole number.")
      .min(1, "Round starts at 1.")
      .max(200)
      .optional(),
  ),
  /** The track's status after this step; leave empty for steps that do not change it. */
  statusAfter: z.preprocess(blankToUndefined, z.enum(MediationStatus, { error: "Choose a status." }).optional()),
  documentId: recordId("Source document"),
  quote: plainText(1000, "Quote"),
});

export const eventCreateInput = eventFields;
/** `correctionNote` is required when the event's track is published. */
export const eventUpdateInput = eventFields.extend({ version: loadedVersion, correctionNote });

export type EventFieldsInput = z.infer<typeof eventFields>;
