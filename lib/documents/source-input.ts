// Input schema for a publisher or channel (Source): form, server action and admin API.
import { z } from "zod";
import { SourceKind } from "../db/generated/enums";
import { loadedVersion, optionalText, plainText } from "../writes/fields";

/** An optional http(s) address. */
export const optionalUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
  z
    .url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." })
    .max(2000, "The address is too long.")
    .optional(),
);

export const sourceInput = z.object({
  name: plainText(200, "Name"),
  kind: z.enum(SourceKind, { error: "Choose a kind of source." }),
  country: optionalText(80, "Country or affiliation"),
  url: optionalUrl,
});
export const sourceUpdateInput = sourceInput.extend({ version: loadedVersion });

export type SourceInput = z.infer<typeof sourceInput>;
