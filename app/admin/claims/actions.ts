"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { formString, runSave } from "@/lib/actions/save-action";
import { createClaim, publishClaim, unpublishClaim, updateClaim } from "@/lib/claims/claim-writes";
import { getDb } from "@/lib/db";

export const saveClaimAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id");
  return runSave(
    form,
    (raw) => (id ? updateClaim(getDb(), viewer, id, raw) : createClaim(getDb(), viewer, raw)),
    (saved) => `/admin/claims/${saved}?saved=1`,
  );
});

export const publishClaimAction = authorizedAction("EDITOR", async (viewer, form) => {
  const id = formString(form, "id") ?? "";
  const publish = formString(form, "publish") === "true";
  return runSave(
    form,
    (raw) => (publish ? publishClaim : unpublishClaim)(getDb(), viewer, id, raw),
    (saved) => `/admin/claims/${saved}?saved=${publish ? "published" : "withdrawn"}`,
  );
});
