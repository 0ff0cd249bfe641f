// The one input schema for an incident: the admin form, its server action and the admin API all
// parse with it. Ids are checked against the database in the write (lib/incidents/incident-writes.ts).
import { z } from "zod";
import { DatePrecision, IncidentStatus, IncidentType, PerpetratorBasis, TargetType } from "../db/generated/enums";
import {
  ISO3,
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

export const QUOTE_MAX = 1000;

export const citationInput = z.object({
  documentId: recordId("Document"),
  quote: plainText(QUOTE_MAX, "Quote"),
});

export const perpetratorInput = z
  .object({
    actorId: recordId("Perpetrator"),
    basis: z.enum(PerpetratorBasis, { error: "Choose claimed or attributed." }),
    /** Who blamed them; for a claim of responsibility, the group itself (filled in when left blank). */
    attributedById: optionalId("Attributed by"),
    documentId: recordId("Document"),
    quote: plainText(QUOTE_MAX, "Quote"),
  })
  .superRefine((p, ctx) => {
    if (p.basis === "ATTRIBUTED" && !p.attributedById)
      ctx.addIssue({ code: "custom", path: ["attributedById"], message: "Say who attributed it." });
  })
  .transform((p) => ({ ...p, attributedById: p.attributedById ?? p.actorId }));

export const incidentFields = z.object({
  title: plainText(200, "Title"),
  summary: plainText(4000, "Summary"),
  occurredOn: pastDay("Date"),
  occurredUntil: optionalPastDay("End date"),
  datePrecision: z.enum(DatePrecision, { error: "Choose a date precision." }).default("DAY"),
  country: ISO3,
  provinceId: optionalId("Province"),
  districtId: optionalId("District"),
  placeId: optionalId("Place"),
  locationText: optionalText(300, "Location as reported"),
  type: z.enum(IncidentType, { error: "Choose an incident type." }),
  targetType: z.enum(TargetType, { error: "Choose a target type." }),
  status: z.enum(IncidentStatus, { error: "Choose a status." }).default("REPORTED"),
  episodeId: optionalId("Episode"),
  citations: z.array(citationInput).max(50).default([]),
  perpetrators: z.array(perpetratorInput).max(30).default([]),
});

function checkIncident(i: z.infer<typeof incidentFields>, ctx: z.RefinementCtx) {
  if (i.occurredUntil && i.occurredUntil < i.occurredOn)
    ctx.addIssue({ code: "custom", path: ["occurredUntil"], message: "End date is before the start date." });
  const docs = i.citations.map((c) => c.documentId);
  docs.forEach((d, n) => {
    if (docs.indexOf(d) !== n)
      ctx.addIssue({ code: "custom", path: ["citations", n, "documentId"], message: "This document is cited twice." });
  });
}

export const incidentCreateInput = incidentFields
  .extend({
    /** Publish at once (still needs a citation). */
    publish: flag.default(false),
    /** Review-queue item this incident is made from (marked accepted in the same transaction). */
    fromItem: optionalId("Review item"),
  })
  .superRefine(checkIncident);

export const incidentUpdateInput = incidentFields
  .extend({
    version: loadedVersion,
    correctionNote,
  })
  .superRefine(checkIncident);

export const publishInput = z.object({ version: loadedVersion, correctionNote });

export type IncidentCreateInput = z.infer<typeof incidentCreateInput>;
export type IncidentUpdateInput = z.infer<typeof incidentUpdateInput>;
export type IncidentFieldsInput = z.infer<typeof incidentFields>;
