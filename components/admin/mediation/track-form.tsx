"use client";
import { Fragment, useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import {
  CheckboxList,
  Checkbox,
  FormProblem,
  TextArea,
  TextField,
  errorsOf,
  listOf,
  valueOf,
  fieldsKey,
} from "../form-fields";

type Option = { value: string; label: string };
type Props = {
  action: FormAction;
  track: Record<string, unknown> | null;
  actors: Option[];
};

/** Create or edit a track. A published track's edits need a correction note (shown publicly). */
export function TrackForm({ action, track, actors }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = track ?? {};
  const published = track?.published === true;
  return (
    <form action={formAction} className="form-stack wide" aria-label={track ? "Edit track" : "New track"} noValidate>
      <FormProblem state={state} />
      <Fragment key={fieldsKey(state)}>
        {track ? (
          <>
            <input type="hidden" name="id" value={String(track.id)} />
            <input type="hidden" name="version" value={String(track.version)} />
          </>
        ) : null}
        <TextField
          name="name"
          label="Name"
          required
          defaultValue={valueOf(state, initial, "name")}
          errors={errorsOf(state, "name")}
        />
        <TextArea
          name="summary"
          label="Summary"
          required
          rows={5}
          defaultValue={valueOf(state, initial, "summary")}
          errors={errorsOf(state, "summary")}
        />
        <TextArea
          name="venues"
          label="Venues"
          rows={3}
          hint="One per line."
          defaultValue={valueOf(state, initial, "venues")}
          errors={errorsOf(state, "venues")}
        />
        <CheckboxList
          name="mediatorIds"
          label="Mediators"
          options={actors}
          selected={listOf(state, initial, "mediatorIds")}
          errors={errorsOf(state, "mediatorIds")}
        />
        <CheckboxList
          name="partyIds"
          label="Parties"
          options={actors}
          selected={listOf(state, initial, "partyIds")}
          errors={errorsOf(state, "partyIds")}
        />
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
            hint="This track is public: say what you corrected and why. Shown with the record."
            defaultValue={valueOf(state, {}, "correctionNote")}
            errors={errorsOf(state, "correctionNote")}
          />
        ) : null}
        <div>
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : track ? "Save track" : "Create track"}
          </button>
        </div>
      </Fragment>
    </form>
  );
}
