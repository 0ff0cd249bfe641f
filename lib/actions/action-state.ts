// Turns a write's result into the state a form keeps (lib/admin/write-result.ts FormState), and
// access denials into a form error: server actions must never trust the page that posted them.
import type { FormState, WriteFailure } from "../writes/write-result";
import { AccessDenied } from "../access/authorize";
import type { Refusal } from "./authorized-action";

export function failureState(r: WriteFailure, values: Record<string, unknown>): FormState {
  return { fieldErrors: r.fieldErrors, formError: r.formError ?? "Some fields need attention; nothing was saved.", conflict: r.conflict, values };
}

/** Runs an action body; AccessDenied becomes a form error (nothing was written). */
export async function guardAction<S extends FormState>(run: () => Promise<S>): Promise<S> {
  try {
    return await run();
  } catch (err) {
    // Every extra field of the action states is optional, so a bare form error is a valid state.
    if (err instanceof AccessDenied) return { formError: `${err.message} Nothing was saved.` } as S;
    throw err;
  }
}

/** An action that refused to run (role, malformed call, unreadable form): a form error only. */
export function refusedState(refusal: Refusal): FormState {
  return { formError: `${refusal.message} Nothing was saved.`, attempt: Date.now() };
}
