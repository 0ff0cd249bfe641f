// What a claims comparison is about: one incident, one named episode, or a date range.
import { z } from "zod";
import { queryDay } from "../query-day";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be an id" });
const isoDate = queryDay();

export const claimScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("incident"), incidentId: slug }),
  z.object({ kind: z.literal("episode"), episodeId: slug }),
  z
    .object({ kind: z.literal("period"), from: isoDate, to: isoDate })
    .refine((s) => s.from <= s.to, { path: ["to"], error: "must not be before from" }),
]);

export type ClaimScope = z.infer<typeof claimScopeSchema>;
