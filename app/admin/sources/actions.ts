"use server";
import { formString, runSave } from "@/lib/admin/save-action";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { createSource, updateSource } from "@/lib/documents/source-writes";

export async function saveSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateSource(getDb(), viewer, id, raw) : createSource(getDb(), viewer, raw)), (saved) => `/admin/sources/${saved}?saved=1`);
}
