"use client";
// Create or edit a period count: one counter's published figure for one period, what it counts
// (metric, violence, group, region, in the counter's own words), from which document and quote.
// A new count may revise an earlier one of the same figure and period; when that one is public,
// the revision needs a correction note. Opened from a review item, saving marks the item accepted.
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { Checkbox, FormProblem, SelectField, TextArea, TextField, errorsOf, valueOf } from "../form-fields";

type Option = { value: string; label: string };
export type CountFormOptions = {
  actors: Option[];
  documents: Option[];
  revisable: Option[];
  periodKinds: Option[];
  metrics: Option[];
  violences: Option[];
  groups: Option[];
  regions: Option[];
  qualifiers: Option[];
};
type Props = {
  action: FormAction;
  count: Record<string, unknown> | null;
  options: CountFormOptions;
  /** The review item the count is accepted from. */
  fromItem?: string;
};

export function CountForm({ action, count, options, fromItem }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = count ?? {};
  const editing = typeof initial.id === "string";
  const published = initial.published === true;
  const valueFor = (name: string) => valueOf(state, initial, name);
  const errorsFor = (name: string) => errorsOf(state, name);
  // A checkbox echoes "on" after an error; a loaded record holds a boolean.
  const checked = (name: string) => (state.values ? state.values[name] === "on" : initial[name] === true);
  return (
    <form
      key={state.attempt ?? 0}
      action={formAction}
      className="form-stack wide"
      aria-label={editing ? "Edit count" : "New count"}
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
      {!editing ? (
        <SelectField
          name="revisesId"
          label="Revises an earlier count"
          options={options.revisable}
          empty="— no, a new figure —"
          hint="Choose the latest figure of the same counter, period and measure that this one restates. Both are kept."
          defaultValue={valueFor("revisesId")}
          errors={errorsFor("revisesId")}
        />
      ) : null}
      <SelectField
        name="counterId"
        label="Counter"
        required
        options={options.actors}
        empty="— choose —"
        hint="Who published the figure (PICSS, PIPS, CRSS, the UN…)."
        defaultValue={valueFor("counterId")}
        errors={errorsFor("counterId")}
      />
      <SelectField
        name="periodKind"
        label="Period"
        required
        options={options.periodKinds}
        empty="— choose —"
        defaultValue={valueFor("periodKind")}
        errors={errorsFor("periodKind")}
      />
      <TextField
        name="periodStart"
        label="Period from"
        type="date"
        required
        hint="A month, quarter, half-year or year runs from its first day to its last."
        defaultValue={valueFor("periodStart")}
        errors={errorsFor("periodStart")}
      />
      <TextField
        name="periodEnd"
        label="Period to"
        type="date"
        required
        defaultValue={valueFor("periodEnd")}
        errors={errorsFor("periodEnd")}
      />
      <Checkbox
        name="periodApproximate"
        label="The period's start or end is approximate (“to mid-March”)"
        defaultChecked={checked("periodApproximate")}
      />
      <SelectField
        name="metric"
        label="What is counted"
        required
        options={options.metrics}
        empty="— choose —"
        defaultValue={valueFor("metric")}
        errors={errorsFor("metric")}
      />
      <SelectField
        name="violence"
        label="In which violence"
        required
        options={options.violences}
        empty="— choose —"
        defaultValue={valueFor("violence")}
        errors={errorsFor("violence")}
      />
      <SelectField
        name="group"
        label="Whose deaths or injuries"
        options={options.groups}
        hint="“All” for attacks and incidents."
        defaultValue={valueFor("group") || "ALL"}
        errors={errorsFor("group")}
      />
      <SelectField
        name="region"
        label="Region"
        options={options.regions}
        defaultValue={valueFor("region") || "PAKISTAN"}
        errors={errorsFor("region")}
      />
      <TextField
        name="area"
        label="Narrower place the counter names (optional)"
        defaultValue={valueFor("area")}
        errors={errorsFor("area")}
      />
      <TextField
        name="term"
        label="The counter's own term"
        required
        hint="As written: “militant attacks”, “terrorist attacks”, “violence-linked fatalities”."
        defaultValue={valueFor("term")}
        errors={errorsFor("term")}
      />
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
        defaultValue={
          initial.valueHigh !== undefined && initial.valueHigh === initial.valueLow && !state.values
            ? ""
            : valueFor("valueHigh")
        }
        errors={errorsFor("valueHigh")}
      />
      <SelectField
        name="qualifier"
        label="Qualifier"
        required
        options={options.qualifiers}
        empty="— choose —"
        defaultValue={valueFor("qualifier")}
        errors={errorsFor("qualifier")}
      />
      <SelectField
        name="documentId"
        label="Source document"
        required
        options={options.documents}
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
      <Checkbox
        name="lowConfidence"
        label="Low confidence: the page is a mirror or copy, or hedges its own figures"
        defaultChecked={checked("lowConfidence")}
      />
      <TextArea name="note" label="Editor's note" rows={2} defaultValue={valueFor("note")} errors={errorsFor("note")} />
      {!editing ? (
        <Checkbox
          name="publish"
          label="Publish now (needs counter, document and quote)"
          defaultChecked={state.values?.publish === "on"}
        />
      ) : null}
      {published || !editing ? (
        <TextArea
          name="correctionNote"
          label="Correction note"
          rows={2}
          hint={
            editing
              ? "This count is public: say briefly what you corrected and why. It is kept, dated, with the count."
              : "Required when the count revised is published: say what changed (e.g. “PICSS restated April from 82 to 81 attacks”)."
          }
          defaultValue={valueOf(state, {}, "correctionNote")}
          errors={errorsFor("correctionNote")}
        />
      ) : null}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save count" : "Create count"}
        </button>
      </div>
    </form>
  );
}
