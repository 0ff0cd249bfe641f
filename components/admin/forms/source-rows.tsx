"use client";
// Repeating rows of an admin form (citations, perpetrators): existing rows plus spare blank ones.
// Names are dotted ("citations.0.quote") so the server builds arrays; blank rows are dropped there.
import type { FormState } from "@/lib/writes/write-result";
import { SelectField, TextArea } from "../form-fields";

type Option = { value: string; label: string };
type Row = Record<string, unknown>;

export function rowsOf(state: FormState, initial: Record<string, unknown>, name: string, spare: number): Row[] {
  const source = state.values ? state.values[name] : initial[name];
  const rows = Array.isArray(source) ? (source as Row[]) : [];
  return [...rows, ...Array.from({ length: spare }, () => ({}))];
}

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

export function CitationRows({ state, initial, documents }: { state: FormState; initial: Record<string, unknown>; documents: Option[] }) {
  const rows = rowsOf(state, initial, "citations", 2);
  return (
    <fieldset className="field">
      <legend>Sources cited (at least one to publish)</legend>
      {state.fieldErrors?.citations ? <p className="field-error" id="f-citations-error">{state.fieldErrors.citations.join(" ")}</p> : null}
      {rows.map((r, n) => (
        <div key={n} className="row-group">
          <SelectField name={`citations.${n}.documentId`} label={`Document ${n + 1}`} options={documents} empty="— none —" defaultValue={str(r.documentId)} errors={state.fieldErrors?.[`citations.${n}.documentId`]} />
          <TextArea name={`citations.${n}.quote`} label={`Quote from document ${n + 1}`} rows={2} defaultValue={str(r.quote)} errors={state.fieldErrors?.[`citations.${n}.quote`]} />
        </div>
      ))}
    </fieldset>
  );
}

export function PerpetratorRows({ state, initial, actors, documents }: { state: FormState; initial: Record<string, unknown>; actors: Option[]; documents: Option[] }) {
  const rows = rowsOf(state, initial, "perpetrators", 1);
  const basis = [{ value: "CLAIMED", label: "Claimed responsibility" }, { value: "ATTRIBUTED", label: "Attributed by someone else" }];
  return (
    <fieldset className="field">
      <legend>Perpetrators (claimed or attributed, each with its source)</legend>
      {rows.map((r, n) => {
        const e = (f: string) => state.fieldErrors?.[`perpetrators.${n}.${f}`];
        return (
          <div key={n} className="row-group">
            <SelectField name={`perpetrators.${n}.actorId`} label={`Perpetrator ${n + 1}`} options={actors} empty="— none —" defaultValue={str(r.actorId)} errors={e("actorId")} />
            <SelectField name={`perpetrators.${n}.basis`} label="Basis" options={basis} empty="—" defaultValue={str(r.basis)} errors={e("basis")} />
            <SelectField name={`perpetrators.${n}.attributedById`} label="Attributed by (blank when the group claimed it)" options={actors} empty="—" defaultValue={r.basis === "CLAIMED" ? "" : str(r.attributedById)} errors={e("attributedById")} />
            <SelectField name={`perpetrators.${n}.documentId`} label="Document" options={documents} empty="—" defaultValue={str(r.documentId)} errors={e("documentId")} />
            <TextArea name={`perpetrators.${n}.quote`} label="Quote" rows={2} defaultValue={str(r.quote)} errors={e("quote")} />
          </div>
        );
      })}
    </fieldset>
  );
}
