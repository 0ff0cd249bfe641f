// Input schema for one article, statement, report or dataset record (Document).
import { z } from "zod";
import { DatePrecision } from "../db/generated/enums";
import { loadedVersion, optionalPastDay, optionalText, plainText, recordId } from "../writes/fields";
import { optionalUrl } from "./source-input";

export const documentInput = z.object({
  sourceId: recordId("Source"),
  title: plainText(400, "Title"),
  url: optionalUrl,
  publishedOn: optionalPastDay("Published on"),
  datePrecision: z.enum(DatePrecision, { error: "Choose a date precision." }).default("DAY"),
  language: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, "Use a language code such as en, ur, ps or fa-AF.")
      .default("en"),
  ),
  note: optionalText(1000, "Note"),
});
export const documentUpdateInput = documentInput.extend({ version: loadedVersion });

export type DocumentInput = z.infer<typeof documentInput>;
