// The one input schema for a claim (form, server action, admin API). A claim is one claimant's
// figure for one subject and metric in one scope; a revision is a new claim naming the one it
// revises. Ids, and the revision's same-claimant rule, are checked in the write.
import { z } from "zod";
import { ClaimMetric, ClaimStance, ClaimSubject, DatePrecision, Qualifier } from "../db/generated/enums";
import {
  correctionNote,
  figure,
  flag,
  loadedVersion,
  optionalId,
  optionalPastDay,
  optionalText,
  pastDay,
  recordId,
} from "../writes/fields";
import { checkFigureRange } from "../writes/figure-rules";
import { QUOTE_MAX } from "../incidents/incident-input";

export const CLAIM_SCOPES = ["incident", "episode", "period"] as const;

const claimFields = z.object({
  claimantId: recordId("Claimant"),
  statedBy: optionalText(200, "Stated by"),
  subject: z.enum(ClaimSubject, { error: "Choose whose losses." }),
  metric: z.enum(ClaimMetric, { error: "Choose what is counted." }),
  valueLow: figure("Figure"),
  /** Blank for a single figure: it is then the same as the low value. */
  valueHigh: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    figure("Upper figure").optional(),
  ),
  qualifier: z.enum(Qualifier, { error: "Choose a qualifier." }),
  stance: z.enum(ClaimStance, { error: "Choose a stance." }).default("ASSERTED"),
  scopeKind: z.enum(CLAIM_SCOPES, { error: "Choose what the claim is about." }),
  incidentId: optionalId("Incident"),
  episodeId: optionalId("Episode"),
  periodStart: optionalPastDay("Period start"),
  periodEnd: optionalPastDay("Period end"),
  madeOn: pastDay("Date made"),
  madeOnPrecision: z.enum(DatePrecision, { error: "Choose a date precision." }).default("DAY"),
  documentId: recordId("Source document"),
  /** May stay blank on a draft; required to publish. */
  quote: optionalText(QUOTE_MAX, "Quote"),
  note: optionalText(1000, "Note"),
});

type ClaimFields = z.infer<typeof claimFields>;

function normalise<T extends ClaimFields>(c: T, ctx: z.RefinementCtx) {
  const valueHigh = checkFigureRange(c, ctx);
  const scope = {
    incidentId: c.scopeKind === "incident" ? c.incidentId : undefined,
    episodeId: c.scopeKind === "episode" ? c.episodeId : undefined,
    periodStart: c.scopeKind === "period" ? c.periodStart : undefined,
    periodEnd: c.scopeKind === "period" ? c.periodEnd : undefined,
  };
  if (c.scopeKind === "incident" && !scope.incidentId)
    ctx.addIssue({ code: "custom", path: ["incidentId"], message: "Choose the incident." });
  if (c.scopeKind === "episode" && !scope.episodeId)
    ctx.addIssue({ code: "custom", path: ["episodeId"], message: "Choose the episode." });
  if (c.scopeKind === "period") {
    if (!scope.periodStart)
      ctx.addIssue({ code: "custom", path: ["periodStart"], message: "Give the period's first day." });
    if (!scope.periodEnd) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Give the period's last day." });
    if (scope.periodStart && scope.periodEnd && scope.periodEnd < scope.periodStart)
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period ends before it starts." });
  }
  return { ...c, valueHigh, ...scope };
}

export const claimCreateInput = claimFields
  .extend({
    revisesId: optionalId("Revises"),
    publish: flag.default(false),
    /** Required when the claim revised is published (the public record shows it). */
    correctionNote,
  })
  .transform(normalise);

export const claimUpdateInput = claimFields
  .extend({
    version: loadedVersion,
    correctionNote,
  })
  .transform(normalise);

export type ClaimCreateInput = z.infer<typeof claimCreateInput>;
export type ClaimUpdateInput = z.infer<typeof claimUpdateInput>;
