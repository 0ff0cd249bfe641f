"use server";
// The login form's action. Throttle, session rotation and audit happen in better-auth's hooks
// (lib/auth/sign-in-hooks.ts), so every way of signing in goes through them.
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/actions/action-state";
import { thrownRefusalState } from "@/lib/actions/thrown-refusal";
import { safeAdminPath } from "@/lib/auth/admin-path";
import { getAuth } from "@/lib/auth/auth";
import { parseOrThrow } from "@/lib/auth/create-user";
import { formFields, loginSchema } from "@/lib/auth/form-input";
import { SIGN_IN_FAILED } from "@/lib/auth/sign-in-hooks";

export async function signInAction(_previousState: ActionState, form: FormData): Promise<ActionState> {
  // Anyone can call this action with any arguments: a call that is not a form submission is refused.
  if (!(form instanceof FormData)) return { failure: { kind: "invalid-request", message: SIGN_IN_FAILED } };
  const raw = formFields(form, ["email", "password", "next"]);
  const values = { email: raw.email ?? "" };
  let input;
  try {
    input = parseOrThrow(loginSchema, raw);
  } catch (err) {
    return thrownRefusalState(err, { values });
  }
  try {
    // Throttle, session rotation and audit happen in better-auth's hooks (lib/auth/sign-in-hooks.ts).
    await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: await headers(),
    });
  } catch (err) {
    // Every failure (unknown e-mail, wrong password, disabled, throttled) is the same refusal.
    if (isAPIError(err)) return { failure: { kind: "forbidden", message: SIGN_IN_FAILED }, values };
    throw err;
  }
  redirect(safeAdminPath(input.next));
}
