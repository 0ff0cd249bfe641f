"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import { getDb } from "@/lib/db";
import { createPlace, updatePlace } from "@/lib/places/place-writes";

export const savePlaceAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updatePlace(getDb(), viewer, id, raw) : createPlace(getDb(), viewer, raw)),
    (saved) => `/admin/places/${saved}?saved=1`,
  );
});
