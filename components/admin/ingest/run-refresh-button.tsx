"use client";
import { useActionState } from "react";
import type { RefreshActionState } from "@/app/admin/refresh/actions";

/** Starts a refresh and waits for it; "already running" is an answer, not an error page. */
export function RunRefreshButton({ action }: { action: (previousState: RefreshActionState, form: FormData) => Promise<RefreshActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="form-stack" aria-label="Run a refresh">
      {state.error ? <p role="alert" className={state.busy ? "notice" : "form-error"}>{state.error}</p> : null}
      {state.ok ? <p role="status" className="form-ok">{state.ok}</p> : null}
      <div>
        <button type="submit" disabled={pending} aria-describedby="refresh-hint">{pending ? "Refreshing… (this can take a minute or two)" : "Run refresh now"}</button>
      </div>
      <p id="refresh-hint" className="muted small">Runs the scheduled job now over every enabled feed, with a two-minute budget. Only one run at a time.</p>
    </form>
  );
}
