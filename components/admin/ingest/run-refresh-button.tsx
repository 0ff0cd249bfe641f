"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { FormMessage } from "../form-fields";

/** Starts a refresh and waits for it; "already running" is an answer (a "busy" notice), not an error page. */
export function RunRefreshButton({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="form-stack" aria-label="Run a refresh">
      <FormMessage state={state} />
      <div>
        <button type="submit" disabled={pending} aria-describedby="refresh-hint">
          {pending ? "Refreshing… (this can take a minute or two)" : "Run refresh now"}
        </button>
      </div>
      <p id="refresh-hint" className="muted small">
        Runs the scheduled job now over every enabled feed, with a two-minute budget. Only one run at a time.
      </p>
    </form>
  );
}
