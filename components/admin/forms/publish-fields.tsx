"use client";
// The publishing end of a record form: "Publish now" on a new record (an existing one is published
// or withdrawn with its own form, PublishForm), and the correction note a change needs once the
// public has seen the record.
import { Checkbox, TextArea, valueOf } from "../form-fields";
import type { RecordFormState } from "./record-form";

/** On a new record only; `needs` says what publishing checks ("claimant, document and quote"). */
export function PublishNowCheckbox({ form, needs }: { form: RecordFormState; needs: string }) {
  if (form.editing) return null;
  return (
    <Checkbox
      name="publish"
      label={`Publish now (needs ${needs})`}
      defaultChecked={form.state.values?.publish === "on"}
    />
  );
}

/** Shown, dated, with the record. Never prefilled from it: each correction says something new. */
export function CorrectionNoteField({
  form,
  hint,
  required,
}: {
  form: RecordFormState;
  hint: string;
  required?: boolean;
}) {
  return (
    <TextArea
      name="correctionNote"
      label="Correction note"
      rows={2}
      required={required}
      hint={hint}
      defaultValue={valueOf(form.state, {}, "correctionNote")}
      errors={form.errorsFor("correctionNote")}
    />
  );
}
