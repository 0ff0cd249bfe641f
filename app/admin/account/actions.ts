"use server";
// Actions on one's own account and sessions: every signed-in role may use them. The data layer
// (lib/auth/sessions.ts) checks again that a session ended is the caller's own, or the caller is an admin.
import { isAPIError } from "better-auth/api";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getAuth } from "@/lib/auth/auth";
import { formFields } from "@/lib/auth/form-input";
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
  await getAuth()
    .api.signOut({ headers: await headers() })
    .catch(() => undefined);
  redirect("/admin/login");
}

// The account forms show a refusal's reason alone (the data layer's, e.g. someone else's session).
const ACCOUNT_FORM = { unchanged: "" };

export const endSessionAction = authorizedAction(
  "VIEWER",
  async (viewer, form) => {
    await endSession(getDb(), viewer, { sessionId: String(form.get("sessionId") ?? "") });
    refresh();
    return { done: "Session ended." };
  },
  ACCOUNT_FORM,
);

export const changePasswordAction = authorizedAction(
  "VIEWER",
  async (viewer, form) => {
    await changeOwnPassword(getDb(), viewer, formFields(form, ["currentPassword", "newPassword", "confirmPassword"]));
    refresh();
    return { done: "Password changed. Your other sessions were signed out." };
  },
  ACCOUNT_FORM,
);
