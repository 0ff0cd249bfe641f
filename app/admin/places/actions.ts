"use server";
import { formString, runSave } from "@/lib/admin/save-action";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { createPlace, updatePlace } from "@/lib/places/place-writes";

export async function savePlaceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updatePlace(getDb(), viewer, id, raw) : createPlace(getDb(), viewer, raw)), (saved) => `/admin/places/${saved}?saved=1`);
}
