"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { writeFailureState } from "@/lib/actions/action-state";
import { formDataToObject } from "@/lib/actions/form-data";
import { getDb } from "@/lib/db";
import { updateFeedSource } from "@/lib/feeds/feed-writes";
import { updateTags } from "@/lib/expire-tags";

export const saveFeedSourceAction = authorizedAction("ADMIN", async (viewer, form) => {
  const raw = formDataToObject(form);
  const result = await updateFeedSource(getDb(), viewer, raw);
  if (!result.ok) return writeFailureState(result, raw);
  updateTags(result.tags);
  return { done: result.tags.length ? "Saved." : "Nothing changed." };
});
