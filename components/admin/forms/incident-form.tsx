"use client";
// Create or edit an incident. Errors sit beside each field; after an error the form shows what the
// editor typed. A published incident's edits need a correction note (shown on the public page).
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { Checkbox, FormProblem, SelectField, TextArea, TextField, errorsOf, valueOf } from "../form-fields";
import { CitationRows, PerpetratorRows } from "./source-rows";

type Option = { value: string; label: string };
export type IncidentFormOptions = {
  actors: Option[];
  documents: Option[];
  provinces: Option[];
  districts: Option[];
  localities: Option[];
  episodes: Option[];
  types: Option[];
  targets: Option[];
  statuses: Option[];
  precisions: Option[];
};
type Props = {
  action: FormAction;
  incident: Record<string, unknown> | null;
  options: IncidentFormOptions;
  fromItem?: string;
};

export function IncidentForm({ action, incident, options, fromItem }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = incident ?? {};
  const editing = typeof initial.id === "string";
  const published = initial.published === true;
  const valueFor = (name: string) => valueOf(state, initial, name);
  const errorsFor = (name: string) => errorsOf(state, name);
  return (
    <form
      key={state.attempt ?? 0}
      action={formAction}
      className="form-stack wide"
      aria-label={editing ? "Edit incident" : "New incident"}
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
      <TextField name="title" label="Title" required defaultValue={valueFor("title")} errors={errorsFor("title")} />
      <TextArea
        name="summary"
        label="Summary"
        required
        rows={4}
        defaultValue={valueFor("summary")}
        errors={errorsFor("summary")}
      />
      <TextField
        name="occurredOn"
        label="Date"
        type="date"
        required
        hint="Between 2001-01-01 and today."
        defaultValue={valueFor("occurredOn")}
        errors={errorsFor("occurredOn")}
      />
      <TextField
        name="occurredUntil"
        label="Until (for events over several days)"
        type="date"
        defaultValue={valueFor("occurredUntil")}
        errors={errorsFor("occurredUntil")}
      />
      <SelectField
        name="datePrecision"
        label="Date precision"
        options={options.precisions}
        defaultValue={valueFor("datePrecision") || "DAY"}
        errors={errorsFor("datePrecision")}
      />
      <SelectField
        name="country"
        label="Country"
        required
        options={[
          { value: "PAK", label: "Pakistan" },
          { value: "AFG", label: "Afghanistan" },
        ]}
        empty="— choose —"
        defaultValue={valueFor("country")}
        errors={errorsFor("country")}
      />
      <SelectField
        name="provinceId"
        label="Province"
        options={options.provinces}
        empty="— not reported —"
        defaultValue={valueFor("provinceId")}
        errors={errorsFor("provinceId")}
      />
      <SelectField
        name="districtId"
        label="District"
        options={options.districts}
        empty="— not reported —"
        defaultValue={valueFor("districtId")}
        errors={errorsFor("districtId")}
      />
      <SelectField
        name="placeId"
        label="Locality (with a point on the map)"
        options={options.localities}
        empty="— none —"
        defaultValue={valueFor("placeId")}
        errors={errorsFor("placeId")}
      />
      <TextField
        name="locationText"
        label="Place as the sources give it"
        defaultValue={valueFor("locationText")}
        errors={errorsFor("locationText")}
      />
      <SelectField
        name="type"
        label="Type"
        required
        options={options.types}
        empty="— choose —"
        defaultValue={valueFor("type")}
        errors={errorsFor("type")}
      />
      <SelectField
        name="targetType"
        label="Target"
        required
        options={options.targets}
        empty="— choose —"
        defaultValue={valueFor("targetType")}
        errors={errorsFor("targetType")}
      />
      <SelectField
        name="status"
        label="Status"
        options={options.statuses}
        defaultValue={valueFor("status") || "REPORTED"}
        errors={errorsFor("status")}
      />
      <SelectField
        name="episodeId"
        label="Part of episode"
        options={options.episodes}
        empty="— none —"
        defaultValue={valueFor("episodeId")}
        errors={errorsFor("episodeId")}
      />
      <CitationRows state={state} initial={initial} documents={options.documents} />
      <PerpetratorRows state={state} initial={initial} actors={options.actors} documents={options.documents} />
      {!editing ? (
        <Checkbox
          name="publish"
          label="Publish now (needs at least one cited document)"
          defaultChecked={state.values?.publish === "on"}
        />
      ) : null}
      {published ? (
        <TextArea
          name="correctionNote"
          label="Correction note"
          rows={2}
          required
          hint="This incident is public: say briefly what you corrected and why. It is shown, dated, on the incident page."
          defaultValue={valueOf(state, {}, "correctionNote")}
          errors={errorsFor("correctionNote")}
        />
      ) : null}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save incident" : "Create incident"}
        </button>
      </div>
    </form>
  );
}
