// One schema for a ceasefire. A published ceasefire needs at least one citation (document and
// quote); an end date and how it ended go together.
import { z } from "zod";
import {
  correctionNote,
  flag,
  loadedVersion,
  optionalId,
  optionalPastDay,
  optionalText,
  pastDay,
  plainText,
  recordId,
} from "../writes/fields";
import { CeasefireEnd } from "../db/generated/enums";
import { listOf } from "./track-input";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ceasefireCitationInput = z.object({ documentId: recordId("Document"), quote: plainText(1000, "Quote") });

export const ceasefireFields = z.object({
  name: plainText(200, "Name"),
  trackId: optionalId("Track"),
  agreedOn: pastDay("Agreed on"),
  startsOn: pastDay("Starts on"),
  /** May lie in the future (a truce agreed for 30 days). */
  plannedEnd: z.preprocess(
    blankToUndefined,
    z.iso.date({ error: "Planned end must be a date (YYYY-MM-DD)." }).optional(),
  ),
  endedOn: optionalPastDay("Ended on"),
  endedHow: z.preprocess(blankToUndefined, z.enum(CeasefireEnd, { error: "Choose how it ended." }).optional()),
  endNote: optionalText(1000, "End note"),
  terms: plainText(4000, "Terms"),
  brokerIds: listOf(recordId("Broker"), 20),
  citations: z.array(ceasefireCitationInput).max(10, "At most 10 citations.").default([]),
  published: flag,
});

function checkCeasefire(c: z.infer<typeof ceasefireFields>, ctx: z.RefinementCtx) {
  if (c.endedOn && c.endedOn < c.startsOn)
    ctx.addIssue({ code: "custom", path: ["endedOn"], message: "A ceasefire cannot end before it starts." });
  if (c.plannedEnd && c.plannedEnd < c.startsOn)
    ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: "The planned end is before the start." });
  if (c.endedOn && !c.endedHow) ctx.addIssue({ code: "custom", path: ["endedHow"], message: "Say how it ended." });
  if (!c.endedOn && c.endedHow) ctx.addIssue({ code: "custom", path: ["endedOn"], message: "Give the date it ended." });
  if (c.published && c.citations.length === 0)
    ctx.addIssue({
      code: "custom",
      path: ["citations"],
      message: "A published ceasefire needs at least one citation (document and quote).",
    });
  const docs = c.citations.map((x) => x.documentId);
  docs.forEach((d, n) => {
    if (docs.indexOf(d) !== n)
      ctx.addIssue({ code: "custom", path: ["citations", n, "documentId"], message: "This document is cited twice." });
  });
}

export const ceasefireCreateInput = ceasefireFields.superRefine(checkCeasefire);
/** `correctionNote` is required when the ceasefire is published (checked in the write). */
export const ceasefireUpdateInput = ceasefireFields
  .extend({ version: loadedVersion, correctionNote })
  .superRefine(checkCeasefire);

export type CeasefireFieldsInput = z.infer<typeof ceasefireFields>;
