"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import { getDb } from "@/lib/db";
import { createActor, updateActor } from "@/lib/actors/actor-writes";

export const saveActorAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateActor(getDb(), viewer, id, raw) : createActor(getDb(), viewer, raw)),
    (saved) => `/admin/actors/${saved}?saved=1`,
  );
});
