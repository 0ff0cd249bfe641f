"use client";
// Forms of the account, users and sessions pages. Each posts to a server action beside its route
// (app/admin/account/actions.ts, app/admin/users/actions.ts), which checks the role before reading
// the form; the data layer checks it again and returns errors for the fields.
import { useActionState } from "react";
import { changePasswordAction, endSessionAction } from "@/app/admin/account/actions";
import { changeRoleAction, createUserAction, setUserDisabledAction } from "@/app/admin/users/actions";
import type { ActionState } from "@/lib/actions/action-state";
import { FormMessage, TextField, valueOf } from "./form-fields";

const initial: ActionState = {};
const ROLES = [
  ["VIEWER", "Viewer"],
  ["EDITOR", "Editor"],
  ["ADMIN", "Admin"],
] as const;

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} invalidBesideFields />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters."
        errors={state.fieldErrors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirmPassword}
      />
      <div>
        <button type="submit" disabled={pending}>
          Change password
        </button>
      </div>
    </form>
  );
}

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, initial);
  const roleErrors = state.fieldErrors?.role;
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} invalidBesideFields />
      <TextField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="off"
        required
        defaultValue={valueOf(state, {}, "email")}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="name"
        label="Name"
        autoComplete="off"
        required
        defaultValue={valueOf(state, {}, "name")}
        errors={state.fieldErrors?.name}
      />
      <div className="field">
        <label htmlFor="field-role">Role</label>
        <select
          id="field-role"
          name="role"
          defaultValue={valueOf(state, {}, "role") || "VIEWER"}
          aria-describedby={roleErrors ? "field-role-error" : undefined}
        >
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {roleErrors ? (
          <p id="field-role-error" className="field-error">
            {roleErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <TextField
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters. Give it to the person privately; they can change it under My account."
        errors={state.fieldErrors?.password}
      />
      <div>
        <button type="submit" disabled={pending}>
          Create user
        </button>
      </div>
    </form>
  );
}

/** A table row's message, short and inline: the failure (field errors included, joined) or the confirmation. */
function RowMessage({ state }: { state: ActionState }) {
  if (state.failure?.message)
    return (
      <span role="alert" className="field-error">
        {state.failure.message}
      </span>
    );
  return state.done ? (
    <span role="status" className="muted">
      {state.done}
    </span>
  ) : null;
}

export function RoleForm({ userId, role, label }: { userId: string; role: string; label: string }) {
  const [state, action, pending] = useActionState(changeRoleAction, initial);
  const id = `role-${userId}`;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        Role of {label}
      </label>
      <select id={id} name="role" defaultValue={role}>
        {ROLES.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending}>
        Change role
      </button>
      <RowMessage state={state} />
    </form>
  );
}

export function DisableForm({ userId, disabled, label }: { userId: string; disabled: boolean; label: string }) {
  const [state, action, pending] = useActionState(setUserDisabledAction, initial);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disable" value={disabled ? "0" : "1"} />
      <button
        type="submit"
        className={disabled ? "secondary" : "danger"}
        disabled={pending}
        aria-label={`${disabled ? "Enable" : "Disable"} ${label}`}
      >
        {disabled ? "Enable" : "Disable"}
      </button>
      <RowMessage state={state} />
    </form>
  );
}

export function EndSessionForm({ sessionId, label }: { sessionId: string; label: string }) {
  const [state, action, pending] = useActionState(endSessionAction, initial);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className="danger" disabled={pending} aria-label={`End session ${label}`}>
        End session
      </button>
      <RowMessage state={state} />
    </form>
  );
}
