"use client";
// The frame every record form shares (incidents, claims, period counts, and the sources, documents,
// actors and places): the action's state, the record's id and version as hidden fields (the server
// refuses a save made from a stale version), the form-level problem on top and the submit button.
// The form's own fields come as children.
import { useActionState, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { FormProblem, errorsOf, valueOf } from "../form-fields";

export type Option = { value: string; label: string };

/**
 * A record form's state. A field shows what the user just sent (after an error), else the
 * record's value; a record with an id is being edited, one without is new.
 */
export function useRecordForm(action: FormAction, record: Record<string, unknown> | null) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = record ?? {};
  return {
    state,
    formAction,
    pending,
    initial,
    editing: typeof initial.id === "string",
    published: initial.published === true,
    valueFor: (name: string) => valueOf(state, initial, name),
    errorsFor: (name: string) => errorsOf(state, name),
  };
}
export type RecordFormState = ReturnType<typeof useRecordForm>;

type Props = {
  form: RecordFormState;
  /** The record's noun, in the form's name ("New claim", "Edit claim") and its button. */
  what: string;
  /** The wide layout, for the long forms (incidents, claims, counts). */
  wide?: boolean;
  /** The review item the record is accepted from: saving marks it accepted. */
  fromItem?: string;
  children: ReactNode;
};

export function RecordForm({ form, what, wide = false, fromItem, children }: Props) {
  const { state, formAction, pending, initial, editing } = form;
  // Keyed on the attempt: every answer remounts the fields, so they show what the user sent.
  return (
    <form
      key={state.attempt ?? 0}
      action={formAction}
      className={wide ? "form-stack wide" : "form-stack"}
      aria-label={editing ? `Edit ${what}` : `New ${what}`}
      noValidate
    >
      <FormProblem state={state} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={String(initial.id)} />
          <input type="hidden" name="version" value={String(initial.version)} />
        </>
      ) : null}
      {fromItem ? <input type="hidden" name="fromItem" value={fromItem} /> : null}
      {children}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? `Save ${what}` : `Create ${what}`}
        </button>
      </div>
    </form>
  );
}
