import "server-only";
// The refusals the data layer throws instead of returning (assertRole's AccessDenied, and the
// account layer's InvalidInput and LastAdminError), turned into the ActionState a form shows.
// authorizedAction applies it to whatever its handler throws; an action that wants the user's input
// echoed beside field errors catches and calls it itself. Anything else thrown is a bug (or
// redirect()'s signal) and propagates.
import { redirect } from "next/navigation";
import { type ActionState, NOTHING_SAVED, withUnchanged } from "./action-state";
import { AccessDenied } from "../access/authorize";
import { loginPath } from "../auth/admin-path";
import { InvalidInput } from "../auth/create-user";
import { LastAdminError } from "../auth/users";
import type { FieldErrors } from "../writes/write-result";

export type ThrownRefusalOptions = {
  /** The user's input to echo back with field errors. */
  values?: Record<string, unknown>;
  /** Said after a role refusal: what did not happen ("" for nothing). */
  unchanged?: string;
};

/** Maps a thrown data-layer refusal to form state; no session → the login page; anything else rethrows. */
export function thrownRefusalState(
  err: unknown,
  { values, unchanged = NOTHING_SAVED }: ThrownRefusalOptions = {},
): ActionState {
  if (err instanceof AccessDenied) {
    if (err.status === 401) redirect(loginPath("/admin"));
    return { failure: { kind: "forbidden", message: withUnchanged(err.message, unchanged) }, attempt: Date.now() };
  }
  if (err instanceof InvalidInput) {
    const fieldErrors: FieldErrors = {};
    for (const [field, messages] of Object.entries(err.fieldErrors)) if (messages) fieldErrors[field] = messages;
    // The field errors joined are the message, for forms too small to show them beside a field.
    return {
      failure: { kind: "invalid", message: Object.values(fieldErrors).flat().join(" ") },
      fieldErrors,
      values,
      attempt: Date.now(),
    };
  }
  // The request is fine; the data as it stands (the only active admin) does not allow it.
  if (err instanceof LastAdminError)
    return { failure: { kind: "conflict", message: err.message }, attempt: Date.now() };
  throw err;
}
