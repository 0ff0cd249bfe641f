import "server-only";
// The common body of every admin server action: parse the form, run the data-layer write, on
// success invalidate the cache tags the write names and redirect; on failure return the action
// state (field errors, the failure, a conflict, and the user's input so nothing typed is lost).
// Always called inside authorizedAction, which turns a thrown AccessDenied into the state.
import { redirect } from "next/navigation";
import { type ActionState, writeFailureState } from "./action-state";
import { formDataToObject } from "./form-data";
import type { WriteResult } from "../writes/write-result";
import { updateTags } from "../expire-tags";

export async function runSave(
  form: FormData,
  write: (raw: Record<string, unknown>) => Promise<WriteResult>,
  to: (id: string) => string,
): Promise<ActionState> {
  const raw = formDataToObject(form);
  const result = await write(raw);
  if (!result.ok) return { ...writeFailureState(result, raw), attempt: Date.now() };
  updateTags(result.tags);
  redirect(to(result.id));
}

export const formString = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === "string" && value ? value : undefined;
};
