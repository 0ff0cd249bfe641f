// Input schema for a party (Actor): states' forces, armed groups, mediators, international bodies.
import { z } from "zod";
import { ActorKind, ActorSide } from "../db/generated/enums";
import { loadedVersion, optionalId, optionalText, plainText } from "../writes/fields";

/** One entry per line (form textarea) or an array (API); blanks and duplicates dropped. */
export const aliasList = z.preprocess(
  (v) => {
    const list = typeof v === "string" ? v.split(/\r?\n/) : Array.isArray(v) ? v : v == null ? [] : [v];
    return [...new Set(list.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== ""))];
  },
  z.array(plainText(120, "Alias")).max(30, "At most 30 aliases."),
);

export const actorInput = z.object({
  name: plainText(200, "Name"),
  shortName: optionalText(60, "Short name"),
  kind: z.enum(ActorKind, { error: "Choose a kind of actor." }),
  side: z.enum(ActorSide, { error: "Choose the side it speaks for." }),
  country: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim().toUpperCase() : v),
    z
      .string()
      .regex(/^[A-Z]{3}$/, "Use a three-letter country code (ISO 3166-1 alpha-3), e.g. PAK.")
      .optional(),
  ),
  aliases: aliasList.default([]),
  parentId: optionalId("Parent"),
});
export const actorUpdateInput = actorInput.extend({ version: loadedVersion });

export type ActorInput = z.infer<typeof actorInput>;
