"use server";
// The admin's actions on other accounts. The data layer (lib/auth/users.ts) checks the role again
// and keeps the last admin from being demoted or disabled.
import { refresh } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { refusedAuthState, toFormState } from "@/lib/auth/action-errors";
import { formFields } from "@/lib/auth/form-state";
import { changeUserRole, createUser, disableUser, enableUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";

export const createUserAction = authorizedAction("ADMIN", refusedAuthState, async (viewer, form) => {
  const raw = formFields(form, ["email", "name", "role", "password"]);
  const values = { email: raw.email ?? "", name: raw.name ?? "", role: raw.role ?? "" };
  try {
    const user = await createUser(getDb(), viewer, raw);
    refresh();
    return { ok: `Created ${user.email} (${user.role.toLowerCase()}).` };
  } catch (err) {
    return toFormState(err, values);
  }
});

export const changeRoleAction = authorizedAction("ADMIN", refusedAuthState, async (viewer, form) => {
  try {
    await changeUserRole(getDb(), viewer, { userId: String(form.get("userId") ?? ""), role: String(form.get("role") ?? "") });
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: "Role changed." };
});

export const setUserDisabledAction = authorizedAction("ADMIN", refusedAuthState, async (viewer, form) => {
  const userId = String(form.get("userId") ?? "");
  const disable = form.get("disable") === "1";
  try {
    await (disable ? disableUser : enableUser)(getDb(), viewer, { userId });
  } catch (err) {
    return toFormState(err);
  }
  refresh();
  return { ok: disable ? "User disabled; their sessions were ended." : "User enabled." };
});
