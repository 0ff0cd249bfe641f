"use client";
import { Fragment, useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import {
  Checkbox,
  CheckboxList,
  FormProblem,
  SelectField,
  TextArea,
  TextField,
  errorsOf,
  listOf,
  valueOf,
  fieldsKey,
} from "../form-fields";

type Option = { value: string; label: string };
const ENDS: Option[] = [
  { value: "EXPIRED", label: "Expired" },
  { value: "BROKEN", label: "Broken" },
  { value: "SUPERSEDED", label: "Superseded" },
];
const CITATION_ROWS = 3;

type Props = {
  action: FormAction;
  ceasefire: Record<string, unknown> | null;
  actors: Option[];
  documents: Option[];
  tracks: Option[];
};

type Citation = { documentId?: string; quote?: string };

/** Create or edit a ceasefire; publishing needs at least one citation (document and quote). */
export function CeasefireForm({ action, ceasefire, actors, documents, tracks }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = ceasefire ?? {};
  const published = ceasefire?.published === true;
  const cites = (state.values?.citations ?? initial.citations ?? []) as Citation[];
  const rows = Math.max(CITATION_ROWS, cites.length + 1);
  return (
    <form
      action={formAction}
      className="form-stack wide"
      aria-label={ceasefire ? "Edit ceasefire" : "New ceasefire"}
      noValidate
    >
      <FormProblem state={state} />
      <Fragment key={fieldsKey(state)}>
        {ceasefire ? (
          <>
            <input type="hidden" name="id" value={String(ceasefire.id)} />
            <input type="hidden" name="version" value={String(ceasefire.version)} />
          </>
        ) : null}
        <TextField
          name="name"
          label="Name"
          required
          defaultValue={valueOf(state, initial, "name")}
          errors={errorsOf(state, "name")}
        />
        <SelectField
          name="trackId"
          label="Mediation track"
          empty="None"
          options={tracks}
          defaultValue={valueOf(state, initial, "trackId")}
          errors={errorsOf(state, "trackId")}
        />
        <TextField
          name="agreedOn"
          label="Agreed on"
          type="date"
          required
          defaultValue={valueOf(state, initial, "agreedOn")}
          errors={errorsOf(state, "agreedOn")}
        />
        <TextField
          name="startsOn"
          label="Starts on"
          type="date"
          required
          defaultValue={valueOf(state, initial, "startsOn")}
          errors={errorsOf(state, "startsOn")}
        />
        <TextField
          name="plannedEnd"
          label="Planned end"
          type="date"
          defaultValue={valueOf(state, initial, "plannedEnd")}
          errors={errorsOf(state, "plannedEnd")}
        />
        <TextField
          name="endedOn"
          label="Ended on"
          type="date"
          defaultValue={valueOf(state, initial, "endedOn")}
          errors={errorsOf(state, "endedOn")}
        />
        <SelectField
          name="endedHow"
          label="How it ended"
          empty="Still in force"
          options={ENDS}
          defaultValue={valueOf(state, initial, "endedHow")}
          errors={errorsOf(state, "endedHow")}
        />
        <TextArea
          name="endNote"
          label="Note on the end"
          rows={2}
          defaultValue={valueOf(state, initial, "endNote")}
          errors={errorsOf(state, "endNote")}
        />
        <TextArea
          name="terms"
          label="Terms in brief"
          required
          rows={4}
          defaultValue={valueOf(state, initial, "terms")}
          errors={errorsOf(state, "terms")}
        />
        <CheckboxList
          name="brokerIds"
          label="Brokers"
          options={actors}
          selected={listOf(state, initial, "brokerIds")}
          errors={errorsOf(state, "brokerIds")}
        />
        <fieldset className="field" aria-describedby={errorsOf(state, "citations") ? "f-citations-error" : undefined}>
          <legend>Citations</legend>
          {errorsOf(state, "citations") ? (
            <p id="f-citations-error" className="field-error">
              {errorsOf(state, "citations")!.join(" ")}
            </p>
          ) : null}
          {Array.from({ length: rows }, (_, index) => (
            <div key={index} className="citation-row">
              <SelectField
                name={`citations.${index}.documentId`}
                label={`Document ${index + 1}`}
                empty="None"
                options={documents}
                defaultValue={cites[index]?.documentId ?? ""}
                errors={errorsOf(state, `citations.${index}.documentId`)}
              />
              <TextArea
                name={`citations.${index}.quote`}
                label={`Quote ${index + 1}`}
                rows={2}
                defaultValue={cites[index]?.quote ?? ""}
                errors={errorsOf(state, `citations.${index}.quote`)}
              />
            </div>
          ))}
        </fieldset>
        <Checkbox
          name="published"
          label="Published (shown on the public mediation page and in the API)"
          defaultChecked={state.values ? state.values.published === "on" : published}
        />
        {published ? (
          <TextArea
            name="correctionNote"
            label="Correction note"
            rows={2}
            hint="This ceasefire is public: say what you corrected and why."
            defaultValue={valueOf(state, {}, "correctionNote")}
            errors={errorsOf(state, "correctionNote")}
          />
        ) : null}
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : ceasefire ? "Save ceasefire" : "Create ceasefire"}
          </button>
        </div>
      </Fragment>
    </form>
  );
}
