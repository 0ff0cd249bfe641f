"use client";
import { Fragment, useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { MEDIATION_STATUS_LABELS } from "@/lib/vocabulary";
import { FormProblem, SelectField, TextArea, TextField, errorsOf, valueOf, fieldsKey } from "../form-fields";

type Option = { value: string; label: string };
const KINDS: Option[] = [
  { value: "OFFER", label: "Offer" },
  { value: "TALKS_ROUND", label: "Talks round" },
  { value: "AGREEMENT", label: "Agreement" },
  { value: "CEASEFIRE", label: "Ceasefire" },
  { value: "BREAKDOWN", label: "Breakdown" },
  { value: "VIOLATION", label: "Violation" },
  { value: "STATEMENT", label: "Statement" },
];
const PRECISIONS: Option[] = [
  { value: "DAY", label: "Day" },
  { value: "WEEK", label: "Week" },
  { value: "MONTH", label: "Month" },
  { value: "APPROXIMATE", label: "Approximate" },
];
const STATUSES: Option[] = Object.entries(MEDIATION_STATUS_LABELS).map(([value, label]) => ({ value, label }));

type Props = {
  action: FormAction;
  trackId: string;
  trackPublished: boolean;
  event: Record<string, unknown> | null;
  documents: Option[];
};

/** Add or edit a dated step. Every step cites a document with a verbatim quote. */
export function EventForm({ action, trackId, trackPublished, event, documents }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = event ?? { datePrecision: "DAY" };
  return (
    <form action={formAction} className="form-stack wide" aria-label={event ? "Edit event" : "Add event"} noValidate>
      <FormProblem state={state} />
      <Fragment key={fieldsKey(state)}>
        <input type="hidden" name="trackId" value={trackId} />
        {event ? (
          <>
            <input type="hidden" name="id" value={String(event.id)} />
            <input type="hidden" name="version" value={String(event.version)} />
          </>
        ) : null}
        <TextField
          name="occurredOn"
          label="Date"
          type="date"
          required
          defaultValue={valueOf(state, initial, "occurredOn")}
          errors={errorsOf(state, "occurredOn")}
        />
        <SelectField
          name="datePrecision"
          label="Date precision"
          options={PRECISIONS}
          defaultValue={valueOf(state, initial, "datePrecision")}
          errors={errorsOf(state, "datePrecision")}
        />
        <SelectField
          name="kind"
          label="Kind of step"
          required
          empty="Choose…"
          options={KINDS}
          defaultValue={valueOf(state, initial, "kind")}
          errors={errorsOf(state, "kind")}
        />
        <TextField
          name="title"
          label="Title"
          required
          defaultValue={valueOf(state, initial, "title")}
          errors={errorsOf(state, "title")}
        />
        <TextArea
          name="description"
          label="Description"
          rows={3}
          defaultValue={valueOf(state, initial, "description")}
          errors={errorsOf(state, "description")}
        />
        <TextField
          name="venue"
          label="Venue"
          defaultValue={valueOf(state, initial, "venue")}
          errors={errorsOf(state, "venue")}
        />
        <TextField
          name="round"
          label="Round"
          type="number"
          hint="For talks rounds: 1, 2, …"
          defaultValue={valueOf(state, initial, "round")}
          errors={errorsOf(state, "round")}
        />
        <SelectField
          name="statusAfter"
          label="Track status after this step"
          empty="No change"
          options={STATUSES}
          hint="The track's status now is the status set by its latest step."
          defaultValue={valueOf(state, initial, "statusAfter")}
          errors={errorsOf(state, "statusAfter")}
        />
        <SelectField
          name="documentId"
          label="Source document"
          required
          empty="Choose a document…"
          options={documents}
          defaultValue={valueOf(state, initial, "documentId")}
          errors={errorsOf(state, "documentId")}
        />
        <TextArea
          name="quote"
          label="Quote from the document"
          required
          rows={3}
          hint="Verbatim words that support this step."
          defaultValue={valueOf(state, initial, "quote")}
          errors={errorsOf(state, "quote")}
        />
        {event && trackPublished ? (
          <TextArea
            name="correctionNote"
            label="Correction note"
            rows={2}
            hint="The track is public: say what you corrected and why."
            defaultValue={valueOf(state, {}, "correctionNote")}
            errors={errorsOf(state, "correctionNote")}
          />
        ) : null}
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : event ? "Save event" : "Add event"}
          </button>
        </div>
      </Fragment>
    </form>
  );
}
