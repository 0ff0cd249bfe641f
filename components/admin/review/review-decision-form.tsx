"use client";
import { Fragment, useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { FormMessage, TextArea, TextField, errorsOf, fieldsKey } from "../form-fields";

type Props = {
  action: FormAction;
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
  const sent = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : "");
  return (
    <form
      id={formId}
      action={formAction}
      className="form-stack wide review-actions"
      aria-label={item ? "Decide on this item" : "Decide on the selected items"}
      noValidate
    >
      <FormMessage state={state} />
      {errorsOf(state, "itemIds") && !state.failure ? (
        <p role="alert" className="form-error">
          {errorsOf(state, "itemIds")!.join(" ")}
        </p>
      ) : null}
      {item ? <input type="hidden" name="itemIds" value={item.id} /> : null}
      <Fragment key={fieldsKey(state)}>
        {Object.entries(versions).map(([id, version]) => (
          <input key={id} type="hidden" name={`versions.${id}`} value={version} />
        ))}
        <div className="decision">
          <TextArea
            name="reason"
            label="Reason for rejecting"
            rows={2}
            hint="Required to reject, e.g. “not about Pakistan–Afghanistan”, “duplicate”."
            defaultValue={sent("reason")}
            errors={errorsOf(state, "reason")}
          />
          <button type="submit" name="decision" value="reject" className="danger" disabled={pending}>
            {item ? "Reject" : "Reject selected"}
          </button>
        </div>
        <div className="decision">
          <TextField
            name="incidentId"
            label="Merge into incident (id)"
            hint="Type an incident id, or choose from the list (search by title above)."
            defaultValue={sent("incidentId")}
            errors={errorsOf(state, "incidentId")}
            list={incidents.length ? `${formId}-incidents` : undefined}
          />
          <datalist id={`${formId}-incidents`}>
            {incidents.map((incident) => (
              <option key={incident.id} value={incident.id}>
                {incident.label}
              </option>
            ))}
          </datalist>
          <button type="submit" name="decision" value="merge" className="secondary" disabled={pending}>
            {item ? "Merge into incident" : "Merge selected into incident"}
          </button>
        </div>
      </Fragment>
    </form>
  );
}
