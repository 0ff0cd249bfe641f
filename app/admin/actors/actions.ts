"use server";
import { formString, runSave } from "@/lib/admin/save-action";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { createActor, updateActor } from "@/lib/actors/actor-writes";

export async function saveActorAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateActor(getDb(), viewer, id, raw) : createActor(getDb(), viewer, raw)), (saved) => `/admin/actors/${saved}?saved=1`);
}
