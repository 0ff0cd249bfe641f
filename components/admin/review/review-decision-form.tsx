"use client";
import { Fragment, useActionState } from "react";
import type { ReviewFormState } from "@/lib/review/review-form-state";
import { TextArea, TextField, errorsOf, fieldsKey } from "../form-fields";

type Props = {
  action: (prev: ReviewFormState, form: FormData) => Promise<ReviewFormState>;
  /** The form's id: checkboxes in the table join it with form="…". */
  formId: string;
  /** Incidents to offer for merging (id → label). */
  incidents: { id: string; label: string }[];
  /** Single-item mode (the item page): the item is fixed, no checkboxes. */
  item?: { id: string; version: number };
  versions: Record<string, number>;
};

/** Reject (with a reason) or merge into an existing incident: the selected items, all or none. */
export function ReviewDecisionForm({ action, formId, incidents, item, versions }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : "");
  return (
    <form id={formId} action={formAction} className="form-stack wide review-actions" aria-label={item ? "Decide on this item" : "Decide on the selected items"} noValidate>
      {state.formError ? <p role="alert" className="form-error">{state.formError}</p> : null}
      {state.done ? <p role="status" className="form-ok">{state.done}</p> : null}
      {errorsOf(state, "itemIds") && !state.formError ? <p role="alert" className="form-error">{errorsOf(state, "itemIds")!.join(" ")}</p> : null}
      {item ? <input type="hidden" name="itemIds" value={item.id} /> : null}
      <Fragment key={fieldsKey(state)}>
      {Object.entries(versions).map(([id, version]) => <input key={id} type="hidden" name={`versions.${id}`} value={version} />)}
      <div className="decision">
        <TextArea name="reason" label="Reason for rejecting" rows={2} hint="Required to reject, e.g. “not about Pakistan–Afghanistan”, “duplicate”."
          defaultValue={v("reason")} errors={errorsOf(state, "reason")} />
        <button type="submit" name="decision" value="reject" className="danger" disabled={pending}>{item ? "Reject" : "Reject selected"}</button>
      </div>
      <div className="decision">
        <TextField name="incidentId" label="Merge into incident (id)" hint="Type an incident id, or choose from the list (search by title above)."
          defaultValue={v("incidentId")} errors={errorsOf(state, "incidentId")} list={incidents.length ? `${formId}-incidents` : undefined} />
        <datalist id={`${formId}-incidents`}>{incidents.map((i) => <option key={i.id} value={i.id}>{i.label}</option>)}</datalist>
        <button type="submit" name="decision" value="merge" className="secondary" disabled={pending}>{item ? "Merge into incident" : "Merge selected into incident"}</button>
      </div>
      </Fragment>
    </form>
  );
}
