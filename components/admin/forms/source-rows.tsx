"use client";
// Repeating rows of an admin form (citations, perpetrators): existing rows plus spare blank ones.
// Names are dotted ("citations.0.quote") so the server builds arrays; blank rows are dropped there.
import type { ActionState } from "@/lib/actions/action-state";
import { SelectField, TextArea } from "../form-fields";
import type { Option } from "./record-form";

type Row = Record<string, unknown>;

export function rowsOf(state: ActionState, initial: Record<string, unknown>, name: string, spare: number): Row[] {
  const source = state.values ? state.values[name] : initial[name];
  const rows = Array.isArray(source) ? (source as Row[]) : [];
  return [...rows, ...Array.from({ length: spare }, () => ({}))];
}

const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));

export function CitationRows({
  state,
  initial,
  documents,
}: {
  state: ActionState;
  initial: Record<string, unknown>;
  documents: Option[];
}) {
  const rows = rowsOf(state, initial, "citations", 2);
  return (
    <fieldset className="field">
      <legend>Sources cited (at least one to publish)</legend>
      {state.fieldErrors?.citations ? (
        <p className="field-error" id="f-citations-error">
          {state.fieldErrors.citations.join(" ")}
        </p>
      ) : null}
      {rows.map((row, index) => (
        <div key={index} className="row-group">
          <SelectField
            name={`citations.${index}.documentId`}
            label={`Document ${index + 1}`}
            options={documents}
            empty="— none —"
            defaultValue={str(row.documentId)}
            errors={state.fieldErrors?.[`citations.${index}.documentId`]}
          />
          <TextArea
            name={`citations.${index}.quote`}
            label={`Quote from document ${index + 1}`}
            rows={2}
            defaultValue={str(row.quote)}
            errors={state.fieldErrors?.[`citations.${index}.quote`]}
          />
        </div>
      ))}
    </fieldset>
  );
}

export function PerpetratorRows({
  state,
  initial,
  actors,
  documents,
}: {
  state: ActionState;
  initial: Record<string, unknown>;
  actors: Option[];
  documents: Option[];
}) {
  const rows = rowsOf(state, initial, "perpetrators", 1);
  const basis = [
    { value: "CLAIMED", label: "Claimed responsibility" },
    { value: "ATTRIBUTED", label: "Attributed by someone else" },
  ];
  return (
    <fieldset className="field">
      <legend>Perpetrators (claimed or attributed, each with its source)</legend>
      {rows.map((row, index) => {
        const errorsFor = (field: string) => state.fieldErrors?.[`perpetrators.${index}.${field}`];
        return (
          <div key={index} className="row-group">
            <SelectField
              name={`perpetrators.${index}.actorId`}
              label={`Perpetrator ${index + 1}`}
              options={actors}
              empty="— none —"
              defaultValue={str(row.actorId)}
              errors={errorsFor("actorId")}
            />
            <SelectField
              name={`perpetrators.${index}.basis`}
              label="Basis"
              options={basis}
              empty="—"
              defaultValue={str(row.basis)}
              errors={errorsFor("basis")}
            />
            <SelectField
              name={`perpetrators.${index}.attributedById`}
              label="Attributed by (blank when the group claimed it)"
              options={actors}
              empty="—"
              defaultValue={row.basis === "CLAIMED" ? "" : str(row.attributedById)}
              errors={errorsFor("attributedById")}
            />
            <SelectField
              name={`perpetrators.${index}.documentId`}
              label="Document"
              options={documents}
              empty="—"
              defaultValue={str(row.documentId)}
              errors={errorsFor("documentId")}
            />
            <TextArea
              name={`perpetrators.${index}.quote`}
              label="Quote"
              rows={2}
              defaultValue={str(row.quote)}
              errors={errorsFor("quote")}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
