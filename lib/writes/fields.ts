// Field rules shared by every admin input schema (forms, server actions and the admin API parse
// the same schemas). Text is plain text: anything that looks like markup is refused at the door,
// and everything stored is rendered escaped by React anyway.
import { z } from "zod";
import { today } from "../dates";

export const EARLIEST_DATE = "2001-01-01";
// As HTML tokenises: "<" immediately followed by a letter, "/", "!" or "?" opens a tag; "a < b" does not.
const MARKUP = /<[a-z!?/]/i;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Required plain text: trimmed, non-empty, at most `max` characters, no markup. */
export function plainText(max: number, label = "This field") {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((s) => !MARKUP.test(s), "Plain text only: remove anything that looks like an HTML tag.");
}

/** Optional plain text: blank becomes undefined. */
export function optionalText(max: number, label?: string) {
  return z.preprocess(blankToUndefined, plainText(max, label).optional());
}

/** A record id chosen from a list (its existence is checked in the write). */
export const recordId = (label = "This choice") =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(64, "Unknown id.");
export const optionalId = (label?: string) => z.preprocess(blankToUndefined, recordId(label).optional());

const isRealDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A real calendar day (YYYY-MM-DD) between 2001-01-01 and today. */
export function pastDay(label = "Date") {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date (YYYY-MM-DD).`)
    .refine(isRealDay, `${label} is not a real date.`)
    .refine((s) => s >= EARLIEST_DATE, `${label} cannot be before ${EARLIEST_DATE}.`)
    .refine((s) => s <= today(), `${label} cannot be in the future.`);
}
export const optionalPastDay = (label?: string) => z.preprocess(blankToUndefined, pastDay(label).optional());

/** A non-negative whole number; form strings are accepted only when they are plain digits. */
export function figure(label = "Figure") {
  return z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
    z
      .number({ error: `${label} must be a number.` })
      .int(`${label} must be a whole number.`)
      .min(0, `${label} cannot be negative.`)
      .max(10_000_000, `${label} is too large.`),
  );
}

/** The version the form was loaded with (optimistic concurrency). */
export const loadedVersion = z.preprocess(
  (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
  z.number({ error: "The form's version is missing: reload the page." }).int().min(1),
);

/** Checkbox (form "on") or boolean (JSON). */
export const flag = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Required when the record is already public (checked in the write, which knows). */
export const correctionNote = optionalText(500, "Correction note");

export const ISO3 = z.enum(["PAK", "AFG"], { error: "Choose Pakistan or Afghanistan." });
