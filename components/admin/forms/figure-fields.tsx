"use client";
// Fields the two figure forms share, a claim and a period count: the earlier figure a new one
// revises, the figure with its qualifier, the source document and its verbatim quote, and the
// note, publishing and correction fields at the end. A figure is never overwritten by a new one:
// the revision is its own record, and both stay on record, dated.
import { SelectField, TextArea, TextField } from "../form-fields";
import { CorrectionNoteField, PublishNowCheckbox } from "./publish-fields";
import type { Option, RecordFormState } from "./record-form";

type FieldsProps = { form: RecordFormState };

/** On a new figure only: the earlier one of the same measure it replaces. */
export function RevisesField({
  form,
  what,
  options,
  hint,
}: FieldsProps & { what: string; options: Option[]; hint: string }) {
  if (form.editing) return null;
  return (
    <SelectField
      name="revisesId"
      label={`Revises an earlier ${what}`}
      options={options}
      empty="— no, a new figure —"
      hint={hint}
      defaultValue={form.valueFor("revisesId")}
      errors={form.errorsFor("revisesId")}
    />
  );
}

/** The figure, a single number or a range, and how exact it is. */
export function FigureFields({ form, qualifiers }: FieldsProps & { qualifiers: Option[] }) {
  const { state, initial, valueFor, errorsFor } = form;
  // A single figure is stored as a range of one (high = low): its upper field starts empty.
  const singleFigure = initial.valueHigh !== undefined && initial.valueHigh === initial.valueLow && !state.values;
  return (
    <>
      <TextField
        name="valueLow"
        label="Figure"
        required
        hint="A whole number, 0 or more. For a range, the lower figure."
        defaultValue={valueFor("valueLow")}
        errors={errorsFor("valueLow")}
      />
      <TextField
        name="valueHigh"
        label="Upper figure (ranges only)"
        defaultValue={singleFigure ? "" : valueFor("valueHigh")}
        errors={errorsFor("valueHigh")}
      />
      <SelectField
        name="qualifier"
        label="Qualifier"
        required
        options={qualifiers}
        empty="— choose —"
        defaultValue={valueFor("qualifier")}
        errors={errorsFor("qualifier")}
      />
    </>
  );
}

/** Where the figure was published, in its own words. */
export function DocumentQuoteFields({ form, documents }: FieldsProps & { documents: Option[] }) {
  const { valueFor, errorsFor } = form;
  return (
    <>
      <SelectField
        name="documentId"
        label="Source document"
        required
        options={documents}
        empty="— choose —"
        defaultValue={valueFor("documentId")}
        errors={errorsFor("documentId")}
      />
      <TextArea
        name="quote"
        label="Quote (verbatim; required to publish)"
        rows={3}
        defaultValue={valueFor("quote")}
        errors={errorsFor("quote")}
      />
    </>
  );
}

/**
 * The end of a figure form: the editor's note, "Publish now" on a new figure, and the correction
 * note when editing a public figure or entering a new one (which may revise a public one: the
 * server decides whether the note is required). `whenPublic` and `whenNew` are its hints.
 */
export function NoteAndPublishFields({
  form,
  publishNeeds,
  whenPublic,
  whenNew,
}: FieldsProps & { publishNeeds: string; whenPublic: string; whenNew: string }) {
  const { editing, published, valueFor, errorsFor } = form;
  return (
    <>
      <TextArea name="note" label="Editor's note" rows={2} defaultValue={valueFor("note")} errors={errorsFor("note")} />
      <PublishNowCheckbox form={form} needs={publishNeeds} />
      {published || !editing ? <CorrectionNoteField form={form} hint={editing ? whenPublic : whenNew} /> : null}
    </>
  );
}
