"use server";
import { formString, runSave } from "@/lib/admin/save-action";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { createDocument, updateDocument } from "@/lib/documents/document-writes";

export async function saveDocumentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateDocument(getDb(), viewer, id, raw) : createDocument(getDb(), viewer, raw)), (saved) => `/admin/documents/${saved}?saved=1`);
}
