// The contract of prisma/dataset/period-counts.json: the independent counters' published figures
// (../shared/sources/national-counts.md). One entry per row of that file; a row can hold several
// figures ("245 (185 militants, 40 SF, 20 civ)"), each becoming one PeriodCount with the row's
// document and quote (or a narrower quote of its own, when the row quotes two sentences).
import { z } from "zod";
import {
  CountGroup,
  CountMetric,
  CountPeriodKind,
  CountRegion,
  CountViolence,
  Qualifier,
  QuoteKind,
} from "../db/generated/enums";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are kebab-case slugs");
const isoDate = z.iso.date();
const quote = z.string().trim().min(8).max(600);

export const periodSchema = z
  .object({
    kind: z.enum(CountPeriodKind),
    start: isoDate,
    end: isoDate,
    /** The end (or start) is approximate: "to mid-March", "~6 March". */
    approximate: z.boolean().default(false),
  })
  .refine((period) => period.start <= period.end, { message: "a period ends on or after its start" });

export const countFigureSchema = z
  .object({
    /** Unique within its row; the count's id is `${row.id}--${key}`. */
    key: id,
    metric: z.enum(CountMetric),
    violence: z.enum(CountViolence),
    group: z.enum(CountGroup).default("ALL"),
    region: z.enum(CountRegion).default("PAKISTAN"),
    area: z.string().min(2).optional(),
    /** The counter's own words for what it counts ("militant attacks", "terrorist attacks"). */
    term: z.string().min(3),
    value: z.number().int().min(0),
    valueHigh: z.number().int().min(0).optional(),
    qualifier: z.enum(Qualifier).default("EXACT"),
    /** Only when the row quotes several sentences: the one this figure stands in… */
    quote: quote.optional(),
    /** …and, when that sentence is on another page the row lists, that page's document. */
    documentId: id.optional(),
    /** The full id (`row--key`) of the count this one restates. */
    revises: z.string().optional(),
    note: z.string().optional(),
  })
  .superRefine((figure, ctx) => {
    const high = figure.valueHigh ?? figure.value;
    if (high < figure.value) ctx.addIssue({ code: "custom", path: ["valueHigh"], message: "valueHigh < value" });
    if ((figure.qualifier === "RANGE") !== high > figure.value)
      ctx.addIssue({ code: "custom", path: ["qualifier"], message: "RANGE exactly when valueHigh > value" });
    const people = ["KILLED", "INJURED", "CASUALTIES"].includes(figure.metric);
    if (!people && figure.group !== "ALL")
      ctx.addIssue({ code: "custom", path: ["group"], message: "events (attacks, incidents) have no group" });
  });

export const periodCountRowSchema = z.object({
  id,
  /** The row of national-counts.md this entry transcribes: its period and metric cells, as written. */
  row: z.string().min(3),
  counterId: id,
  documentId: id,
  period: periodSchema,
  quote,
  quoteKind: z.enum(QuoteKind).default("VERBATIM"),
  lowConfidence: z.boolean().default(false),
  note: z.string().optional(),
  counts: z.array(countFigureSchema).min(1),
});

export type PeriodCountRow = z.infer<typeof periodCountRowSchema>;
export const periodCountId = (row: { id: string }, figure: { key: string }) => `${row.id}--${figure.key}`;
