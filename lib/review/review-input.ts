// Inputs of the review queue's decisions, shared by the server actions and the data layer. Every
// decision names the items with the version the reviewer saw, so a bulk decision is all-or-nothing
// against exactly what was on screen.
import { z } from "zod";
import { plainText, recordId } from "../writes/fields";

const versionOf = z.preprocess(
  (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
  z.number({ error: "The page's item version is missing: reload the page." }).int().min(1),
);

const itemSelection = {
  itemIds: z.preprocess(
    (v) => (v == null ? [] : Array.isArray(v) ? v : [v]),
    z.array(recordId("Item")).min(1, "Select at least one item.").max(200, "At most 200 items at once."),
  ),
  /** Item id → the version the reviewer saw. */
  versions: z.record(z.string(), versionOf, { error: "The page's item versions are missing: reload the page." }),
};

function everyItemHasVersion(v: { itemIds: string[]; versions: Record<string, number> }, ctx: z.RefinementCtx) {
  if (v.itemIds.some((id) => v.versions[id] === undefined))
    ctx.addIssue({
      code: "custom",
      path: ["itemIds"],
      message: "The page is out of date: reload it and select the items again.",
    });
}

export const rejectItemsInput = z
  .object({ ...itemSelection, reason: plainText(500, "Reason") })
  .superRefine(everyItemHasVersion);
export const mergeItemsInput = z
  .object({ ...itemSelection, incidentId: recordId("Incident") })
  .superRefine(everyItemHasVersion);

export type RejectItemsInput = z.infer<typeof rejectItemsInput>;
export type MergeItemsInput = z.infer<typeof mergeItemsInput>;
