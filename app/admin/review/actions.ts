"use server";
import { refresh } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { failureState, guardAction, refusedState } from "@/lib/actions/action-state";
import { formDataToObject } from "@/lib/actions/form-data";
import { getDb } from "@/lib/db";
import type { ReviewFormState } from "@/lib/review/review-form-state";
import { mergeItems, rejectItems } from "@/lib/review/review-writes";

/** Bulk (or single-item) reject / merge. The submit button's `decision` says which. */
export const decideItemsAction = authorizedAction<ReviewFormState>("EDITOR", refusedState, async (viewer, form) => {
  const raw = formDataToObject(form);
  const itemIds = raw.itemIds === undefined ? [] : Array.isArray(raw.itemIds) ? raw.itemIds.map(String) : [String(raw.itemIds)];
  const versions = (raw.versions && typeof raw.versions === "object" ? raw.versions : {}) as Record<string, number>;
  const values = { reason: raw.reason, incidentId: raw.incidentId };
  return guardAction(async (): Promise<ReviewFormState> => {
    const r = raw.decision === "merge"
      ? await mergeItems(getDb(), viewer, itemIds, String(raw.incidentId ?? ""), versions)
      : raw.decision === "reject"
        ? await rejectItems(getDb(), viewer, itemIds, String(raw.reason ?? ""), versions)
        : null;
    if (!r) return { formError: "Choose Reject or Merge." };
    if (!r.ok) return { ...failureState(r, values), staleItemIds: r.staleItemIds };
    refresh();
    const n = r.ids.length === 1 ? "1 item" : `${r.ids.length} items`;
    return { done: raw.decision === "merge" ? `Merged ${n} into incident ${String(raw.incidentId)}.` : `Rejected ${n}.` };
  });
});
