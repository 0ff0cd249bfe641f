"use server";
// Server actions of the auth pages: thin wrappers that read the form, call the data layer (which
// checks the role and audits) and turn its errors into form state. No session: to the login page.
import { isAPIError } from "better-auth/api";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { getAuth } from "./auth";
import { AccessDenied } from "./authorize";
import { InvalidInput, parseOrThrow } from "./create-user";
import { formFields, loginSchema, type FormState } from "./form-state";
import { changeOwnPassword, endSession, signOutEverywhere } from "./sessions";
import { SIGN_IN_FAILED } from "./sign-in-hooks";
import { changeUserRole, createUser, disableUser, enableUser, LastAdminError } from "./users";
import { safeAdminPath } from "./admin-path";
import { getViewer } from "./viewer";

/** Maps the data layer's refusals to form state; anything else is a bug and propagates. */
function toFormState(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof AccessDenied) {
    if (err.status === 401) redirect("/admin/login");
    return { error: err.message };
  }
  if (err instanceof InvalidInput) return { fieldErrors: err.fieldErrors, values };
  if (err instanceof LastAdminError) return { error: err.message };
  throw err;
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formFields(form, ["email", "password", "next"]);
  const values = { email: raw.email ?? "" };
  let input;
  try {
    input = parseOrThrow(loginSchema, raw);
  } catch (err) {
    return toFormState(err, values);
  }
  try {
    // Throttle, session rotation and audit happen in better-auth's hooks (lib/auth/sign-in-hooks.ts).
    await getAuth().api.signInEmail({ body: { email: input.email, password: input.password, rememberMe: true }, headers: await headers() });
  } catch (err) {
    if (isAPIError(err)) return { error: SIGN_IN_FAILED, values };
    throw err;
  }
  redirect(safeAdminPath(input.next));
}

export async function signOutAction(): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: await headers() });
  } catch (err) {
    // No session (already ended elsewhere) is fine: the user wanted out.
    if (!isAPIError(err)) throw err;
  }
  redirect("/admin/login");
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect("/admin/login");
  await signOutEverywhere(getDb(), viewer);
  await getAuth().api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/admin/login");
}

export async function endSessionAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await endSession(getDb(), await getViewer(), { sessionId: String(form.get("sessionId") ?? "") });
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: "Session ended." };
}

export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await changeOwnPassword(getDb(), await getViewer(), formFields(form, ["currentPassword", "newPassword", "confirmPassword"]));
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: "Password changed. Your other sessions were signed out." };
}

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formFields(form, ["email", "name", "role", "password"]);
  const values = { email: raw.email ?? "", name: raw.name ?? "", role: raw.role ?? "" };
  try {
    const user = await createUser(getDb(), await getViewer(), raw);
    refresh();
    return { ok: `Created ${user.email} (${user.role.toLowerCase()}).` };
  } catch (err) {
    return toFormState(err, values);
  }
}

export async function changeRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await changeUserRole(getDb(), await getViewer(), { userId: String(form.get("userId") ?? ""), role: String(form.get("role") ?? "") });
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: "Role changed." };
}

export async function setUserDisabledAction(_prev: FormState, form: FormData): Promise<FormState> {
  const userId = String(form.get("userId") ?? "");
  const disable = form.get("disable") === "1";
  try {
    await (disable ? disableUser : enableUser)(getDb(), await getViewer(), { userId });
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: disable ? "User disabled; their sessions were ended." : "User enabled." };
}
