"use server";
import { refresh } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { writeFailureState } from "@/lib/actions/action-state";
import { formDataToObject } from "@/lib/actions/form-data";
import { getDb } from "@/lib/db";
import { mergeItems, rejectItems } from "@/lib/review/review-writes";

/** Bulk (or single-item) reject / merge. The submit button's `decision` says which. */
export const decideItemsAction = authorizedAction("EDITOR", async (viewer, form) => {
  const raw = formDataToObject(form);
  const itemIds =
    raw.itemIds === undefined ? [] : Array.isArray(raw.itemIds) ? raw.itemIds.map(String) : [String(raw.itemIds)];
  const versions = (raw.versions && typeof raw.versions === "object" ? raw.versions : {}) as Record<string, number>;
  const values = { reason: raw.reason, incidentId: raw.incidentId };
  const result =
    raw.decision === "merge"
      ? await mergeItems(getDb(), viewer, itemIds, String(raw.incidentId ?? ""), versions)
      : raw.decision === "reject"
        ? await rejectItems(getDb(), viewer, itemIds, String(raw.reason ?? ""), versions)
        : null;
  if (!result) return { failure: { kind: "invalid", message: "Choose Reject or Merge." } };
  if (!result.ok) return { ...writeFailureState(result, values), staleItemIds: result.staleItemIds };
  refresh();
  const count = result.ids.length === 1 ? "1 item" : `${result.ids.length} items`;
  return {
    done: raw.decision === "merge" ? `Merged ${count} into incident ${String(raw.incidentId)}.` : `Rejected ${count}.`,
  };
});
