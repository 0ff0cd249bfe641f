"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import { getDb } from "@/lib/db";
import { createDocument, updateDocument } from "@/lib/documents/document-writes";

export const saveDocumentAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateDocument(getDb(), viewer, id, raw) : createDocument(getDb(), viewer, raw)),
    (saved) => `/admin/documents/${saved}?saved=1`,
  );
});
