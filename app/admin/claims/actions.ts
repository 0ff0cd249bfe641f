"use server";
import { formString, runSave } from "@/lib/admin/save-action";
import type { FormState } from "@/lib/admin/write-result";
import { getViewer } from "@/lib/auth/viewer";
import { createClaim, publishClaim, unpublishClaim, updateClaim } from "@/lib/claims/claim-writes";
import { getDb } from "@/lib/db";

export async function saveClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id");
  return runSave(form, (raw) => (id ? updateClaim(getDb(), viewer, id, raw) : createClaim(getDb(), viewer, raw)), (saved) => `/admin/claims/${saved}?saved=1`);
}

export async function publishClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const id = formString(form, "id") ?? "";
  const publish = formString(form, "publish") === "true";
  return runSave(form, (raw) => (publish ? publishClaim : unpublishClaim)(getDb(), viewer, id, raw), (saved) => `/admin/claims/${saved}?saved=${publish ? "published" : "withdrawn"}`);
}
