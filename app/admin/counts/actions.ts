"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import {
  createPeriodCount,
  publishPeriodCount,
  unpublishPeriodCount,
  updatePeriodCount,
} from "@/lib/counts/count-writes";
import { getDb } from "@/lib/db";

export const saveCountAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updatePeriodCount(getDb(), viewer, id, raw) : createPeriodCount(getDb(), viewer, raw)),
    (saved) => `/admin/counts/${saved}?saved=1`,
  );
});

export const publishCountAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id") ?? "";
  const publish = formString(form, "publish") === "true";
  return runSave(
    form,
    (raw) => (publish ? publishPeriodCount : unpublishPeriodCount)(getDb(), viewer, id, raw),
    (saved) => `/admin/counts/${saved}?saved=${publish ? "published" : "withdrawn"}`,
  );
});
