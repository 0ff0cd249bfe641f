"use client";
// Create or edit a claim: who claims what about whose losses, in which scope, from which document
// and quote. A new claim may revise an earlier one of the same claimant, subject and metric; when
// that one is public, the revision needs a correction note (shown, dated, on the incident page).
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-state";
import { Checkbox, FormProblem, SelectField, TextArea, TextField, errorsOf, valueOf } from "../form-fields";

type Option = { value: string; label: string };
export type ClaimFormOptions = {
  actors: Option[];
  documents: Option[];
  incidents: Option[];
  episodes: Option[];
  revisable: Option[];
  subjects: Option[];
  metrics: Option[];
  qualifiers: Option[];
  stances: Option[];
  precisions: Option[];
};
type Props = {
  action: FormAction;
  claim: Record<string, unknown> | null;
  options: ClaimFormOptions;
};

const SCOPES = [
  { value: "incident", label: "One incident" },
  { value: "episode", label: "An episode" },
  { value: "period", label: "A period (dates)" },
];

export function ClaimForm({ action, claim, options }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const initial = claim ?? {};
  const editing = typeof initial.id === "string";
  const published = initial.published === true;
  const valueFor = (name: string) => valueOf(state, initial, name);
  const errorsFor = (name: string) => errorsOf(state, name);
  const scopeKind =
    valueFor("scopeKind") || (initial.episodeId ? "episode" : initial.periodStart ? "period" : "incident");
  return (
    <form
      key={state.attempt ?? 0}
      action={formAction}
      className="form-stack wide"
      aria-label={editing ? "Edit claim" : "New claim"}
      noValidate
    >
      <FormProblem state={state} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={String(initial.id)} />
          <input type="hidden" name="version" value={String(initial.version)} />
        </>
      ) : null}
      {!editing ? (
        <SelectField
          name="revisesId"
          label="Revises an earlier claim"
          options={options.revisable}
          empty="— no, a new figure —"
          hint="Choose the latest figure of the same claimant, subject and metric that this one replaces. Both are kept, dated."
          defaultValue={valueFor("revisesId")}
          errors={errorsFor("revisesId")}
        />
      ) : null}
      <SelectField
        name="claimantId"
        label="Claimant"
        required
        options={options.actors}
        empty="— choose —"
        defaultValue={valueFor("claimantId")}
        errors={errorsFor("claimantId")}
      />
      <TextField
        name="statedBy"
        label="Stated by (spokesperson)"
        defaultValue={valueFor("statedBy")}
        errors={errorsFor("statedBy")}
      />
      <SelectField
        name="subject"
        label="Whose losses"
        required
        options={options.subjects}
        empty="— choose —"
        defaultValue={valueFor("subject")}
        errors={errorsFor("subject")}
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
        name="stance"
        label="Stance"
        options={options.stances}
        defaultValue={valueFor("stance") || "ASSERTED"}
        errors={errorsFor("stance")}
      />
      <SelectField
        name="scopeKind"
        label="The claim is about"
        required
        options={SCOPES}
        defaultValue={scopeKind}
        errors={errorsFor("scopeKind")}
      />
      <SelectField
        name="incidentId"
        label="Incident (when about one incident)"
        options={options.incidents}
        empty="—"
        defaultValue={valueFor("incidentId")}
        errors={errorsFor("incidentId")}
      />
      <SelectField
        name="episodeId"
        label="Episode (when about an episode)"
        options={options.episodes}
        empty="—"
        defaultValue={valueFor("episodeId")}
        errors={errorsFor("episodeId")}
      />
      <TextField
        name="periodStart"
        label="Period from (when about a period)"
        type="date"
        defaultValue={valueFor("periodStart")}
        errors={errorsFor("periodStart")}
      />
      <TextField
        name="periodEnd"
        label="Period to"
        type="date"
        defaultValue={valueFor("periodEnd")}
        errors={errorsFor("periodEnd")}
      />
      <TextField
        name="madeOn"
        label="Date the claim was made"
        type="date"
        required
        defaultValue={valueFor("madeOn")}
        errors={errorsFor("madeOn")}
      />
      <SelectField
        name="madeOnPrecision"
        label="Date precision"
        options={options.precisions}
        defaultValue={valueFor("madeOnPrecision") || "DAY"}
        errors={errorsFor("madeOnPrecision")}
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
      <TextArea name="note" label="Editor's note" rows={2} defaultValue={valueFor("note")} errors={errorsFor("note")} />
      {!editing ? (
        <Checkbox
          name="publish"
          label="Publish now (needs claimant, document and quote)"
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
              ? "This claim is public: say briefly what you corrected and why. It is shown, dated, on the incident page."
              : "Required when the claim revised is published: say what changed (e.g. “The military revised its figure from 133 to 415”)."
          }
          defaultValue={valueOf(state, {}, "correctionNote")}
          errors={errorsFor("correctionNote")}
        />
      ) : null}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save claim" : "Create claim"}
        </button>
      </div>
    </form>
  );
}
