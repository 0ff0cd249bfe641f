"use server";
// The admin's actions on other accounts. The data layer (lib/auth/users.ts) checks the role again
// and keeps the last admin from being demoted or disabled; authorizedAction turns its refusals
// into the form's state.
import { refresh } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { thrownRefusalState } from "@/lib/actions/thrown-refusal";
import { formFields } from "@/lib/auth/form-input";
import { changeUserRole, createUser, disableUser, enableUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";

// The user forms show a refusal's reason alone, as they always have.
const USER_FORM = { unchanged: "" };

export const createUserAction = authorizedAction(
  "ADMIN",
  async (viewer, form) => {
    const raw = formFields(form, ["email", "name", "role", "password"]);
    try {
      const user = await createUser(getDb(), viewer, raw);
      refresh();
      return { done: `Created ${user.email} (${user.role.toLowerCase()}).` };
    } catch (err) {
      // Echo what was typed beside the field errors; never the password.
      return thrownRefusalState(err, {
        ...USER_FORM,
        values: { email: raw.email ?? "", name: raw.name ?? "", role: raw.role ?? "" },
      });
    }
  },
  USER_FORM,
);

export const changeRoleAction = authorizedAction(
  "ADMIN",
  async (viewer, form) => {
    await changeUserRole(getDb(), viewer, {
      userId: String(form.get("userId") ?? ""),
      role: String(form.get("role") ?? ""),
    });
    refresh();
    return { done: "Role changed." };
  },
  USER_FORM,
);

export const setUserDisabledAction = authorizedAction(
  "ADMIN",
  async (viewer, form) => {
    const userId = String(form.get("userId") ?? "");
    const disable = form.get("disable") === "1";
    await (disable ? disableUser : enableUser)(getDb(), viewer, { userId });
    refresh();
    return { done: disable ? "User disabled; their sessions were ended." : "User enabled." };
  },
  USER_FORM,
);
