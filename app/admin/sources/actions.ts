"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import { getDb } from "@/lib/db";
import { createSource, updateSource } from "@/lib/documents/source-writes";

export const saveSourceAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateSource(getDb(), viewer, id, raw) : createSource(getDb(), viewer, raw)),
    (saved) => `/admin/sources/${saved}?saved=1`,
  );
});
