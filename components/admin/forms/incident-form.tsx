"use client";
// Create or edit an incident. Errors sit beside each field; after an error the form shows what the
// editor typed. A published incident's edits need a correction note (shown on the public page).
import type { FormAction } from "@/lib/actions/action-state";
import { SelectField, TextArea, TextField } from "../form-fields";
import { CorrectionNoteField, PublishNowCheckbox } from "./publish-fields";
import { RecordForm, useRecordForm, type Option } from "./record-form";
import { CitationRows, PerpetratorRows } from "./source-rows";

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
  const form = useRecordForm(action, incident);
  const { state, initial, published, valueFor, errorsFor } = form;
  return (
    <RecordForm form={form} what="incident" wide fromItem={fromItem}>
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
      <PublishNowCheckbox form={form} needs="at least one cited document" />
      {published ? (
        <CorrectionNoteField
          form={form}
          required
          hint="This incident is public: say briefly what you corrected and why. It is shown, dated, on the incident page."
        />
      ) : null}
    </RecordForm>
  );
}
