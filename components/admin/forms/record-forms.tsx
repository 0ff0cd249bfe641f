"use client";
// Forms for the reference records: sources, documents, actors and places. Same conventions as the
// incident and claim forms (errors beside fields, the user's input kept after an error).
import type { FormAction } from "@/lib/actions/action-state";
import { SelectField, TextArea, TextField } from "../form-fields";
import { RecordForm, useRecordForm, type Option } from "./record-form";

type Props = { action: FormAction; record: Record<string, unknown> | null };

export function SourceForm({ action, record, kinds }: Props & { kinds: Option[] }) {
  const form = useRecordForm(action, record);
  const { valueFor, errorsFor } = form;
  return (
    <RecordForm form={form} what="source">
      <TextField name="name" label="Name" required defaultValue={valueFor("name")} errors={errorsFor("name")} />
      <SelectField
        name="kind"
        label="Kind"
        required
        options={kinds}
        empty="— choose —"
        defaultValue={valueFor("kind")}
        errors={errorsFor("kind")}
      />
      <TextField
        name="country"
        label="Country or affiliation"
        defaultValue={valueFor("country")}
        errors={errorsFor("country")}
      />
      <TextField name="url" label="Web address" type="url" defaultValue={valueFor("url")} errors={errorsFor("url")} />
    </RecordForm>
  );
}

export function DocumentForm({
  action,
  record,
  sources,
  precisions,
}: Props & { sources: Option[]; precisions: Option[] }) {
  const form = useRecordForm(action, record);
  const { valueFor, errorsFor } = form;
  return (
    <RecordForm form={form} what="document">
      <SelectField
        name="sourceId"
        label="Source (publisher)"
        required
        options={sources}
        empty="— choose —"
        defaultValue={valueFor("sourceId")}
        errors={errorsFor("sourceId")}
      />
      <TextField name="title" label="Title" required defaultValue={valueFor("title")} errors={errorsFor("title")} />
      <TextField name="url" label="Web address" type="url" defaultValue={valueFor("url")} errors={errorsFor("url")} />
      <TextField
        name="publishedOn"
        label="Published on"
        type="date"
        defaultValue={valueFor("publishedOn")}
        errors={errorsFor("publishedOn")}
      />
      <SelectField
        name="datePrecision"
        label="Date precision"
        options={precisions}
        defaultValue={valueFor("datePrecision") || "DAY"}
        errors={errorsFor("datePrecision")}
      />
      <TextField
        name="language"
        label="Language code"
        hint="en, ur, ps, fa…"
        defaultValue={valueFor("language") || "en"}
        errors={errorsFor("language")}
      />
      <TextArea name="note" label="Note" rows={2} defaultValue={valueFor("note")} errors={errorsFor("note")} />
    </RecordForm>
  );
}

export function ActorForm({
  action,
  record,
  kinds,
  sides,
  actors,
}: Props & { kinds: Option[]; sides: Option[]; actors: Option[] }) {
  const form = useRecordForm(action, record);
  const { initial, valueFor, errorsFor } = form;
  return (
    <RecordForm form={form} what="actor">
      <TextField name="name" label="Name" required defaultValue={valueFor("name")} errors={errorsFor("name")} />
      <TextField
        name="shortName"
        label="Short name"
        defaultValue={valueFor("shortName")}
        errors={errorsFor("shortName")}
      />
      <SelectField
        name="kind"
        label="Kind"
        required
        options={kinds}
        empty="— choose —"
        defaultValue={valueFor("kind")}
        errors={errorsFor("kind")}
      />
      <SelectField
        name="side"
        label="Side it speaks for"
        required
        options={sides}
        empty="— choose —"
        defaultValue={valueFor("side")}
        errors={errorsFor("side")}
      />
      <TextField
        name="country"
        label="Country (ISO 3166-1 alpha-3)"
        hint="e.g. PAK, AFG"
        defaultValue={valueFor("country")}
        errors={errorsFor("country")}
      />
      <TextArea
        name="aliases"
        label="Other names"
        hint="One per line."
        rows={3}
        defaultValue={valueFor("aliases")}
        errors={errorsFor("aliases")}
      />
      <SelectField
        name="parentId"
        label="Part of"
        options={actors.filter((actor) => actor.value !== initial.id)}
        empty="— none —"
        defaultValue={valueFor("parentId")}
        errors={errorsFor("parentId")}
      />
    </RecordForm>
  );
}

export function PlaceForm({ action, record, parents }: Props & { parents: Option[] }) {
  const form = useRecordForm(action, record);
  const { valueFor, errorsFor } = form;
  return (
    <RecordForm form={form} what="place">
      <TextField name="name" label="Name" required defaultValue={valueFor("name")} errors={errorsFor("name")} />
      {record ? null : (
        <SelectField
          name="parentId"
          label="Within (district or province)"
          required
          options={parents}
          empty="— choose —"
          defaultValue={valueFor("parentId")}
          errors={errorsFor("parentId")}
        />
      )}
      <TextArea
        name="aliases"
        label="Other names and spellings"
        hint="One per line."
        rows={3}
        defaultValue={valueFor("aliases")}
        errors={errorsFor("aliases")}
      />
      <TextField
        name="lon"
        label="Longitude"
        hint="Decimal degrees, e.g. 71.52"
        defaultValue={valueFor("lon")}
        errors={errorsFor("lon")}
      />
      <TextField
        name="lat"
        label="Latitude"
        hint="Decimal degrees, e.g. 34.72"
        defaultValue={valueFor("lat")}
        errors={errorsFor("lat")}
      />
    </RecordForm>
  );
}
