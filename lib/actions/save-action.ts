import "server-only";
// The common body of every admin server action: parse the form, run the data-layer write, on
// success invalidate the cache tags the write names and redirect; on failure return the form
// state (field errors, form error, conflict, and the user's input so nothing typed is lost).
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { failureState, guardAction } from "./action-state";
import { formDataToObject } from "./form-data";
import type { FormState, WriteResult } from "../writes/write-result";

export async function runSave(
  form: FormData, write: (raw: Record<string, unknown>) => Promise<WriteResult>, to: (id: string) => string,
): Promise<FormState> {
  const raw = formDataToObject(form);
  let target: string | null = null;
  const state = await guardAction(async () => {
    const r = await write(raw);
    if (!r.ok) return failureState(r, raw);
    for (const tag of r.tags) updateTag(tag);
    target = to(r.id);
    return {};
  });
  if (target) redirect(target); // outside the try: redirect() works by throwing
  return { ...state, attempt: Date.now() };
}

export const formString = (form: FormData, name: string): string | undefined => {
  const v = form.get(name);
  return typeof v === "string" && v ? v : undefined;
};
