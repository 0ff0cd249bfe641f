"use server";
// Actions on one's own account and sessions: every signed-in role may use them. The data layer
// (lib/auth/sessions.ts) checks again that a session ended is the caller's own, or the caller is an admin.
import { isAPIError } from "better-auth/api";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getAuth } from "@/lib/auth/auth";
import { refusedAuthState, toFormState } from "@/lib/auth/action-errors";
import { formFields } from "@/lib/auth/form-state";
import { changeOwnPassword, endSession, signOutEverywhere } from "@/lib/auth/sessions";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

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

export const endSessionAction = authorizedAction("VIEWER", refusedAuthState, async (viewer, form) => {
  try {
    await endSession(getDb(), viewer, { sessionId: String(form.get("sessionId") ?? "") });
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: "Session ended." };
});

export const changePasswordAction = authorizedAction("VIEWER", refusedAuthState, async (viewer, form) => {
  try {
    await changeOwnPassword(getDb(), viewer, formFields(form, ["currentPassword", "newPassword", "confirmPassword"]));
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: "Password changed. Your other sessions were signed out." };
});
