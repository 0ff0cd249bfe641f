"use client";
// Forms for the reference records: sources, documents, actors and places. Same conventions as the
// incident and claim forms (errors beside fields, the user's input kept after an error).
import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/actions/action-state";
import { FormProblem, SelectField, TextArea, TextField, errorsOf, valueOf } from "../form-fields";

type Option = { value: string; label: string };
type Props = { action: FormAction; record: Record<string, unknown> | null };

function Shell({
  state,
  formAction,
  record,
  label,
  pending,
  children,
}: {
  state: ActionState;
  formAction: (form: FormData) => void;
  record: Record<string, unknown> | null;
  label: string;
  pending: boolean;
  children: React.ReactNode;
}) {
  return (
    <form
      key={state.attempt ?? 0}
      action={formAction}
      className="form-stack"
      aria-label={record ? `Edit ${label}` : `New ${label}`}
      noValidate
    >
      <FormProblem state={state} />
      {record ? (
        <>
          <input type="hidden" name="id" value={String(record.id)} />
          <input type="hidden" name="version" value={String(record.version)} />
        </>
      ) : null}
      {children}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : record ? `Save ${label}` : `Create ${label}`}
        </button>
      </div>
    </form>
  );
}

export function SourceForm({ action, record, kinds }: Props & { kinds: Option[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = record ?? {};
  return (
    <Shell state={state} formAction={formAction} record={record} label="source" pending={pending}>
      <TextField
        name="name"
        label="Name"
        required
        defaultValue={valueOf(state, initial, "name")}
        errors={errorsOf(state, "name")}
      />
      <SelectField
        name="kind"
        label="Kind"
        required
        options={kinds}
        empty="— choose —"
        defaultValue={valueOf(state, initial, "kind")}
        errors={errorsOf(state, "kind")}
      />
      <TextField
        name="country"
        label="Country or affiliation"
        defaultValue={valueOf(state, initial, "country")}
        errors={errorsOf(state, "country")}
      />
      <TextField
        name="url"
        label="Web address"
        type="url"
        defaultValue={valueOf(state, initial, "url")}
        errors={errorsOf(state, "url")}
      />
    </Shell>
  );
}

export function DocumentForm({
  action,
  record,
  sources,
  precisions,
}: Props & { sources: Option[]; precisions: Option[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = record ?? {};
  return (
    <Shell state={state} formAction={formAction} record={record} label="document" pending={pending}>
      <SelectField
        name="sourceId"
        label="Source (publisher)"
        required
        options={sources}
        empty="— choose —"
        defaultValue={valueOf(state, initial, "sourceId")}
        errors={errorsOf(state, "sourceId")}
      />
      <TextField
        name="title"
        label="Title"
        required
        defaultValue={valueOf(state, initial, "title")}
        errors={errorsOf(state, "title")}
      />
      <TextField
        name="url"
        label="Web address"
        type="url"
        defaultValue={valueOf(state, initial, "url")}
        errors={errorsOf(state, "url")}
      />
      <TextField
        name="publishedOn"
        label="Published on"
        type="date"
        defaultValue={valueOf(state, initial, "publishedOn")}
        errors={errorsOf(state, "publishedOn")}
      />
      <SelectField
        name="datePrecision"
        label="Date precision"
        options={precisions}
        defaultValue={valueOf(state, initial, "datePrecision") || "DAY"}
        errors={errorsOf(state, "datePrecision")}
      />
      <TextField
        name="language"
        label="Language code"
        hint="en, ur, ps, fa…"
        defaultValue={valueOf(state, initial, "language") || "en"}
        errors={errorsOf(state, "language")}
      />
      <TextArea
        name="note"
        label="Note"
        rows={2}
        defaultValue={valueOf(state, initial, "note")}
        errors={errorsOf(state, "note")}
      />
    </Shell>
  );
}

export function ActorForm({
  action,
  record,
  kinds,
  sides,
  actors,
}: Props & { kinds: Option[]; sides: Option[]; actors: Option[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = record ?? {};
  return (
    <Shell state={state} formAction={formAction} record={record} label="actor" pending={pending}>
      <TextField
        name="name"
        label="Name"
        required
        defaultValue={valueOf(state, initial, "name")}
        errors={errorsOf(state, "name")}
      />
      <TextField
        name="shortName"
        label="Short name"
        defaultValue={valueOf(state, initial, "shortName")}
        errors={errorsOf(state, "shortName")}
      />
      <SelectField
        name="kind"
        label="Kind"
        required
        options={kinds}
        empty="— choose —"
        defaultValue={valueOf(state, initial, "kind")}
        errors={errorsOf(state, "kind")}
      />
      <SelectField
        name="side"
        label="Side it speaks for"
        required
        options={sides}
        empty="— choose —"
        defaultValue={valueOf(state, initial, "side")}
        errors={errorsOf(state, "side")}
      />
      <TextField
        name="country"
        label="Country (ISO 3166-1 alpha-3)"
        hint="e.g. PAK, AFG"
        defaultValue={valueOf(state, initial, "country")}
        errors={errorsOf(state, "country")}
      />
      <TextArea
        name="aliases"
        label="Other names"
        hint="One per line."
        rows={3}
        defaultValue={valueOf(state, initial, "aliases")}
        errors={errorsOf(state, "aliases")}
      />
      <SelectField
        name="parentId"
        label="Part of"
        options={actors.filter((actor) => actor.value !== initial.id)}
        empty="— none —"
        defaultValue={valueOf(state, initial, "parentId")}
        errors={errorsOf(state, "parentId")}
      />
    </Shell>
  );
}

export function PlaceForm({ action, record, parents }: Props & { parents: Option[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = record ?? {};
  return (
    <Shell state={state} formAction={formAction} record={record} label="place" pending={pending}>
      <TextField
        name="name"
        label="Name"
        required
        defaultValue={valueOf(state, initial, "name")}
        errors={errorsOf(state, "name")}
      />
      {record ? null : (
        <SelectField
          name="parentId"
          label="Within (district or province)"
          required
          options={parents}
          empty="— choose —"
          defaultValue={valueOf(state, initial, "parentId")}
          errors={errorsOf(state, "parentId")}
        />
      )}
      <TextArea
        name="aliases"
        label="Other names and spellings"
        hint="One per line."
        rows={3}
        defaultValue={valueOf(state, initial, "aliases")}
        errors={errorsOf(state, "aliases")}
      />
      <TextField
        name="lon"
        label="Longitude"
        hint="Decimal degrees, e.g. 71.52"
        defaultValue={valueOf(state, initial, "lon")}
        errors={errorsOf(state, "lon")}
      />
      <TextField
        name="lat"
        label="Latitude"
        hint="Decimal degrees, e.g. 34.72"
        defaultValue={valueOf(state, initial, "lat")}
        errors={errorsOf(state, "lat")}
      />
    </Shell>
  );
}
