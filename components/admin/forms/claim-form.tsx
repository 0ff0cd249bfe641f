"use client";
// Create or edit a claim: who claims what about whose losses, in which scope, from which document
// and quote. A new claim may revise an earlier one of the same claimant, subject and metric; when
// that one is public, the revision needs a correction note (shown, dated, on the incident page).
import type { FormAction } from "@/lib/actions/action-state";
import { SelectField, TextField } from "../form-fields";
import { DocumentQuoteFields, FigureFields, NoteAndPublishFields, RevisesField } from "./figure-fields";
import { RecordForm, useRecordForm, type Option } from "./record-form";

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
  const form = useRecordForm(action, claim);
  const { initial, valueFor, errorsFor } = form;
  const scopeKind =
    valueFor("scopeKind") || (initial.episodeId ? "episode" : initial.periodStart ? "period" : "incident");
  return (
    <RecordForm form={form} what="claim" wide>
      <RevisesField
        form={form}
        what="claim"
        options={options.revisable}
        hint="Choose the latest figure of the same claimant, subject and metric that this one replaces. Both are kept, dated."
      />
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
      <FigureFields form={form} qualifiers={options.qualifiers} />
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
      <DocumentQuoteFields form={form} documents={options.documents} />
      <NoteAndPublishFields
        form={form}
        publishNeeds="claimant, document and quote"
        whenPublic="This claim is public: say briefly what you corrected and why. It is shown, dated, on the incident page."
        whenNew="Required when the claim revised is published: say what changed (e.g. “The military revised its figure from 133 to 415”)."
      />
    </RecordForm>
  );
}
