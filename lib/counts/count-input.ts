// The one input schema for a period count (form, server action, admin API): one counter's figure
// for one period, metric, kind of violence, group and region, with its document and quote. A
// revision is a new count naming the one it revises; ids, and the revision's same-figure rule, are
// checked in the write (lib/counts/count-writes.ts).
import { z } from "zod";
import { CountGroup, CountMetric, CountPeriodKind, CountRegion, CountViolence, Qualifier } from "../db/generated/enums";
import { today } from "../dates";
import { QUOTE_MAX } from "../incidents/incident-input";
import { checkFigureRange } from "../writes/figure-rules";
import {
  EARLIEST_DATE,
  correctionNote,
  figure,
  flag,
  loadedVersion,
  optionalId,
  optionalText,
  pastDay,
  plainText,
  recordId,
} from "../writes/fields";
import { periodProblem } from "./count-periods";

/** Attacks and incidents are events: they have no group (the dataset's rule too). */
export const EVENT_METRICS: readonly string[] = ["ATTACKS", "SUICIDE_ATTACKS", "INCIDENTS"];

const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A period's last day may lie after today (a year's count published in late December), never past this year. */
const periodEnd = z
  .string({ error: "Period end is required." })
  .trim()
  .min(1, "Period end is required.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Period end must be a date (YYYY-MM-DD).")
  .refine(isRealDay, "Period end is not a real date.")
  .refine((s) => s >= EARLIEST_DATE, `Period end cannot be before ${EARLIEST_DATE}.`)
  .refine((s) => s <= `${today().slice(0, 4)}-12-31`, "Period end cannot be after this year.");

const countFields = z.object({
  counterId: recordId("Counter"),
  periodKind: z.enum(CountPeriodKind, { error: "Choose the kind of period." }),
  periodStart: pastDay("Period start"),
  periodEnd,
  periodApproximate: flag.default(false),
  metric: z.enum(CountMetric, { error: "Choose what is counted." }),
  violence: z.enum(CountViolence, { error: "Choose which violence is counted." }),
  group: z.enum(CountGroup, { error: "Choose whose deaths or injuries." }).default("ALL"),
  region: z.enum(CountRegion, { error: "Choose the region." }).default("PAKISTAN"),
  area: optionalText(200, "Area"),
  /** The counter's own words ("militant attacks", "terrorist attacks"): definitions differ. */
  term: plainText(200, "The counter's term"),
  valueLow: figure("Figure"),
  /** Blank for a single figure: it is then the same as the low value. */
  valueHigh: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    figure("Upper figure").optional(),
  ),
  qualifier: z.enum(Qualifier, { error: "Choose a qualifier." }),
  documentId: recordId("Source document"),
  /** May stay blank on a draft; required to publish. */
  quote: optionalText(QUOTE_MAX, "Quote"),
  lowConfidence: flag.default(false),
  note: optionalText(1000, "Note"),
});

type CountFields = z.infer<typeof countFields>;

function normalise<T extends CountFields>(c: T, ctx: z.RefinementCtx) {
  const valueHigh = checkFigureRange(c, ctx);
  const problem = periodProblem(c.periodKind, c.periodStart, c.periodEnd);
  if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  if (EVENT_METRICS.includes(c.metric) && c.group !== "ALL")
    ctx.addIssue({ code: "custom", path: ["group"], message: "Attacks and incidents have no group: “all”." });
  return { ...c, valueHigh };
}

export const countCreateInput = countFields
  .extend({
    revisesId: optionalId("Revises"),
    publish: flag.default(false),
    /** Required when the count revised is published (the public record shows it). */
    correctionNote,
    /** The review item this count was accepted from: saving marks it accepted. */
    fromItem: optionalId("Review item"),
  })
  .transform(normalise);

export const countUpdateInput = countFields
  .extend({
    version: loadedVersion,
    correctionNote,
  })
  .transform(normalise);

export type CountCreateInput = z.infer<typeof countCreateInput>;
export type CountUpdateInput = z.infer<typeof countUpdateInput>;
