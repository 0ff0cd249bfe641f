"use server";
import { redirect } from "next/navigation";
import { updateTag } from "next/cache";
import { formDataToObject } from "@/lib/admin/form-data";
import type { FormState, WriteResult } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { failureState, guardAction } from "@/lib/mediation/action-state";
import { createCeasefire, updateCeasefire } from "@/lib/mediation/ceasefire-writes";
import { createEvent, createTrack, updateEvent, updateTrack } from "@/lib/mediation/mediation-writes";

const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);

/** Saves, invalidates the tags the write names, then redirects to `to(id)` (outside the try). */
async function save(form: FormData, write: (raw: Record<string, unknown>) => Promise<WriteResult>, to: (id: string) => string): Promise<FormState> {
  const raw = formDataToObject(form);
  let target: string | null = null;
  const state = await guardAction(async () => {
    const r = await write(raw);
    if (!r.ok) return failureState(r, raw);
    for (const tag of r.tags) updateTag(tag);
    target = to(r.id);
    return {};
  });
  if (target) redirect(target);
  return state;
}

export async function saveTrackAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = str(form.get("id"));
  return save(form, (raw) => (id ? updateTrack(getDb(), viewer, id, raw) : createTrack(getDb(), viewer, raw)), (saved) => `/admin/mediation/${saved}?saved=track`);
}

export async function saveEventAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const trackId = str(form.get("trackId")) ?? "";
  const id = str(form.get("id"));
  return save(form, (raw) => (id ? updateEvent(getDb(), viewer, id, raw) : createEvent(getDb(), viewer, trackId, raw)), () => `/admin/mediation/${trackId}?saved=event`);
}

export async function saveCeasefireAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = str(form.get("id"));
  return save(form, (raw) => (id ? updateCeasefire(getDb(), viewer, id, raw) : createCeasefire(getDb(), viewer, raw)), (saved) => `/admin/ceasefires/${saved}?saved=1`);
}
