"use client";
// Create or edit a period count: one counter's published figure for one period, what it counts
// (metric, violence, group, region, in the counter's own words), from which document and quote.
// A new count may revise an earlier one of the same figure and period; when that one is public,
// the revision needs a correction note. Opened from a review item, saving marks the item accepted.
import type { FormAction } from "@/lib/actions/action-state";
import { Checkbox, SelectField, TextField } from "../form-fields";
import { DocumentQuoteFields, FigureFields, NoteAndPublishFields, RevisesField } from "./figure-fields";
import { RecordForm, useRecordForm, type Option } from "./record-form";

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
  const form = useRecordForm(action, count);
  const { state, initial, valueFor, errorsFor } = form;
  // A checkbox echoes "on" after an error; a loaded record holds a boolean.
  const checked = (name: string) => (state.values ? state.values[name] === "on" : initial[name] === true);
  return (
    <RecordForm form={form} what="count" wide fromItem={fromItem}>
      <RevisesField
        form={form}
        what="count"
        options={options.revisable}
        hint="Choose the latest figure of the same counter, period and measure that this one restates. Both are kept."
      />
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
      <FigureFields form={form} qualifiers={options.qualifiers} />
      <DocumentQuoteFields form={form} documents={options.documents} />
      <Checkbox
        name="lowConfidence"
        label="Low confidence: the page is a mirror or copy, or hedges its own figures"
        defaultChecked={checked("lowConfidence")}
      />
      <NoteAndPublishFields
        form={form}
        publishNeeds="counter, document and quote"
        whenPublic="This count is public: say briefly what you corrected and why. It is kept, dated, with the count."
        whenNew="Required when the count revised is published: say what changed (e.g. “PICSS restated April from 82 to 81 attacks”)."
      />
    </RecordForm>
  );
}
