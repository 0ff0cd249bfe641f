"use server";
import { formString, runSave } from "@/lib/admin/save-action";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { createCeasefire, updateCeasefire } from "@/lib/mediation/ceasefire-writes";
import { createEvent, createTrack, updateEvent, updateTrack } from "@/lib/mediation/mediation-writes";

export async function saveTrackAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateTrack(getDb(), viewer, id, raw) : createTrack(getDb(), viewer, raw)), (saved) => `/admin/mediation/${saved}?saved=track`);
}

export async function saveEventAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const trackId = formString(form, "trackId") ?? "";
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateEvent(getDb(), viewer, id, raw) : createEvent(getDb(), viewer, trackId, raw)), () => `/admin/mediation/${trackId}?saved=event`);
}

export async function saveCeasefireAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateCeasefire(getDb(), viewer, id, raw) : createCeasefire(getDb(), viewer, raw)), (saved) => `/admin/ceasefires/${saved}?saved=1`);
}
