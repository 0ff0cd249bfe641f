// Input schema for a place. Countries, provinces and districts come from the shipped gazetteer
// (lib/geo); editors add named localities under a district or province, and may rename or add
// aliases and a point to any place.
import { z } from "zod";
import { loadedVersion, plainText, recordId } from "../writes/fields";
import { aliasList } from "../actors/actor-input";

const coordinate = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) =>
      typeof v === "string" ? (v.trim() === "" ? undefined : /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v) : v,
    z
      .number({ error: `${label} must be a number.` })
      .min(min, `${label} must be between ${min} and ${max}.`)
      .max(max, `${label} must be between ${min} and ${max}.`)
      .optional(),
  );

const placeFields = z
  .object({
    name: plainText(200, "Name"),
    aliases: aliasList.default([]),
    // Pakistan and Afghanistan only.
    lon: coordinate("Longitude", 60, 78),
    lat: coordinate("Latitude", 23, 39),
  })
  .superRefine((p, ctx) => {
    if ((p.lon === undefined) !== (p.lat === undefined))
      ctx.addIssue({
        code: "custom",
        path: [p.lon === undefined ? "lon" : "lat"],
        message: "Give both longitude and latitude, or neither.",
      });
  });

export const placeCreateInput = placeFields.and(
  z.object({
    /** District or province the locality lies in. */
    parentId: recordId("Within"),
  }),
);
export const placeUpdateInput = placeFields.and(z.object({ version: loadedVersion }));

export type PlaceCreateInput = z.infer<typeof placeCreateInput>;
