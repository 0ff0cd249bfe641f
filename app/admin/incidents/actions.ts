"use server";
import { formString, runSave } from "@/lib/admin/save-action";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { createIncident, publishIncident, unpublishIncident, updateIncident } from "@/lib/incidents/incident-writes";

export async function saveIncidentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateIncident(getDb(), viewer, id, raw) : createIncident(getDb(), viewer, raw)), (saved) => `/admin/incidents/${saved}?saved=1`);
}

export async function publishIncidentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id") ?? "";
  const publish = formString(form, "publish") === "true";
  return runSave(form, (raw) => (publish ? publishIncident : unpublishIncident)(getDb(), viewer, id, raw), (saved) => `/admin/incidents/${saved}?saved=${publish ? "published" : "withdrawn"}`);
}
