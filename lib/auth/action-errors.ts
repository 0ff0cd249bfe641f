// How the account actions (app/admin/login|account|users/actions.ts) show the data layer's
// refusals: no session → the login page; a lower role, invalid input or the last admin → form state.
import { redirect } from "next/navigation";
import { AccessDenied } from "../access/authorize";
import { InvalidInput } from "./create-user";
import type { FormState } from "./form-state";
import { LastAdminError } from "./users";

/** Maps the data layer's refusals to form state; anything else is a bug and propagates. */
export function toFormState(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof AccessDenied) {
    if (err.status === 401) redirect("/admin/login");
    return { error: err.message };
  }
  if (err instanceof InvalidInput) return { fieldErrors: err.fieldErrors, values };
  if (err instanceof LastAdminError) return { error: err.message };
  throw err;
}

/** An account action that refused to run (role, malformed call, unreadable form). */
export const refusedAuthState = (refusal: { message: string }): FormState => ({ error: refusal.message });
