"use server";
import { updateTag } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { failureState, guardAction, refusedState } from "@/lib/actions/action-state";
import { formDataToObject } from "@/lib/actions/form-data";
import type { FormState } from "@/lib/writes/write-result";
import { getDb } from "@/lib/db";
import { updateFeedSource } from "@/lib/ingest/feed-writes";

type FeedFormState = FormState & { done?: string };

export const saveFeedSourceAction = authorizedAction<FeedFormState>("ADMIN", refusedState, async (viewer, form) => {
  const raw = formDataToObject(form);
  return guardAction(async (): Promise<FeedFormState> => {
    const r = await updateFeedSource(getDb(), viewer, raw);
    if (!r.ok) return failureState(r, raw);
    for (const tag of r.tags) updateTag(tag);
    return { done: r.tags.length ? "Saved." : "Nothing changed." };
  });
});
