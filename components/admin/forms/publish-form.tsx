"use client";
// Publish or withdraw a record. Publishing checks the record's rules (sources, quote) on the server;
// withdrawing a public record asks why. Carries the version the page was loaded with.
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { FormProblem, errorsOf } from "../form-fields";

type Props = {
  action: FormAction;
  id: string;
  version: number;
  published: boolean;
  what: string;
};

export function PublishForm({ action, id, version, published, what }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const problems = Object.entries(state.fieldErrors ?? {}).filter(([field]) => field !== "correctionNote");
  return (
    <form
      key={state.attempt ?? 0}
      action={formAction}
      className="form-stack"
      aria-label={published ? `Withdraw ${what}` : `Publish ${what}`}
    >
      <FormProblem state={state} />
      {problems.length ? (
        <ul className="field-error">
          {problems.map(([field, messages]) => (
            <li key={field}>{messages.join(" ")}</li>
          ))}
        </ul>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={String(version)} />
      <input type="hidden" name="publish" value={published ? "false" : "true"} />
      {published ? <WithdrawNote errors={errorsOf(state, "correctionNote")} /> : null}
      <div>
        <button type="submit" className={published ? "secondary" : undefined} disabled={pending}>
          {published ? `Withdraw ${what} (make draft)` : `Publish ${what}`}
        </button>
      </div>
    </form>
  );
}

// Its own ids: the edit form on the same page has a "correctionNote" field too.
function WithdrawNote({ errors }: { errors?: string[] }) {
  return (
    <div className="field">
      <label htmlFor="withdraw-note">Why it is withdrawn</label>
      <textarea
        id="withdraw-note"
        name="correctionNote"
        rows={2}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "withdraw-note-error" : undefined}
      />
      {errors?.length ? (
        <p id="withdraw-note-error" className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
