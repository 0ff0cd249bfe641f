"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import { getDb } from "@/lib/db";
import { createIncident, publishIncident, unpublishIncident, updateIncident } from "@/lib/incidents/incident-writes";

export const saveIncidentAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateIncident(getDb(), viewer, id, raw) : createIncident(getDb(), viewer, raw)),
    (saved) => `/admin/incidents/${saved}?saved=1`,
  );
});

export const publishIncidentAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id") ?? "";
  const publish = formString(form, "publish") === "true";
  return runSave(
    form,
    (raw) => (publish ? publishIncident : unpublishIncident)(getDb(), viewer, id, raw),
    (saved) => `/admin/incidents/${saved}?saved=${publish ? "published" : "withdrawn"}`,
  );
});
