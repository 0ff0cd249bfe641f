"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useActionState } from "react";
import { signInAction } from "@/app/admin/login/actions";
import type { ActionState } from "@/lib/actions/action-state";
import { FormMessage, TextField, valueOf } from "./form-fields";

/** Where to go after signing in (?next=…); the action accepts admin paths only. */
function NextField() {
  return <input type="hidden" name="next" value={useSearchParams().get("next") ?? "/admin"} />;
}

// The form itself is static (prerendered): only the hidden `next` field waits for the URL, so
// nothing the user has typed is replaced when the page finishes loading.
export function LoginForm() {
  const [state, action, pending] = useActionState(signInAction, {} as ActionState);
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} invalidBesideFields />
      <Suspense fallback={<input type="hidden" name="next" value="/admin" />}>
        <NextField />
      </Suspense>
      <TextField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="username"
        required
        defaultValue={valueOf(state, {}, "email")}
        errors={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
