"use server";
import { updateTag } from "next/cache";
import { formDataToObject } from "@/lib/admin/form-data";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { updateFeedSource } from "@/lib/ingest/feed-writes";
import { failureState, guardAction } from "@/lib/admin/action-state";

type FeedFormState = FormState & { done?: string };

export async function saveFeedSourceAction(_prev: FeedFormState, form: FormData): Promise<FeedFormState> {
  const viewer = await getViewer();
  const raw = formDataToObject(form);
  return guardAction(async (): Promise<FeedFormState> => {
    const r = await updateFeedSource(getDb(), viewer, raw);
    if (!r.ok) return failureState(r, raw);
    for (const tag of r.tags) updateTag(tag);
    return { done: r.tags.length ? "Saved." : "Nothing changed." };
  });
}
