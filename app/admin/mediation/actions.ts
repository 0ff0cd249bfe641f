"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import { getDb } from "@/lib/db";
import { createCeasefire, updateCeasefire } from "@/lib/mediation/ceasefire-writes";
import { createEvent, createTrack, updateEvent, updateTrack } from "@/lib/mediation/mediation-writes";

export const saveTrackAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateTrack(getDb(), viewer, id, raw) : createTrack(getDb(), viewer, raw)),
    (saved) => `/admin/mediation/${saved}?saved=track`,
  );
});

export const saveEventAction = authorizedAction("EDITOR", async (viewer, form) => {
  const trackId = formString(form, "trackId") ?? "";
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateEvent(getDb(), viewer, id, raw) : createEvent(getDb(), viewer, trackId, raw)),
    () => `/admin/mediation/${trackId}?saved=event`,
  );
});

export const saveCeasefireAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateCeasefire(getDb(), viewer, id, raw) : createCeasefire(getDb(), viewer, raw)),
    (saved) => `/admin/ceasefires/${saved}?saved=1`,
  );
});
