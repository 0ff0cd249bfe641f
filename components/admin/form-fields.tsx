// Labelled form controls for every admin form: each error sits
// beside its field and is linked with aria-describedby; a conflict names what changed meanwhile.
import type { Conflict, FormState } from "@/lib/writes/write-result";

type Base = { name: string; label: string; errors?: string[]; hint?: string; required?: boolean; /** Keeps ids unique with several forms on a page. */ idPrefix?: string };

const idOf = (name: string, prefix = "") => `f-${(prefix + name).replace(/[^A-Za-z0-9_-]/g, "-")}`;
function describedBy(name: string, hint?: string, errors?: string[], prefix?: string) {
  const id = idOf(name, prefix);
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}
function Extras({ name, hint, errors, idPrefix }: { name: string; hint?: string; errors?: string[]; idPrefix?: string }) {
  const id = idOf(name, idPrefix);
  return (
    <>
      {hint ? <p id={`${id}-hint`} className="muted small">{hint}</p> : null}
      {errors?.length ? <p id={`${id}-error`} className="field-error">{errors.join(" ")}</p> : null}
    </>
  );
}

export function TextField({ name, label, errors, hint, required, idPrefix, type = "text", defaultValue, list, autoComplete }: Base & { type?: string; defaultValue?: string | number | null; list?: string; autoComplete?: string }) {
  return (
    <div className="field">
      <label htmlFor={idOf(name, idPrefix)}>{label}</label>
      <input id={idOf(name, idPrefix)} name={name} type={type} defaultValue={defaultValue ?? ""} required={required} list={list} autoComplete={autoComplete}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, hint, errors, idPrefix)} />
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

export function TextArea({ name, label, errors, hint, required, idPrefix, defaultValue, rows = 4 }: Base & { defaultValue?: string | null; rows?: number }) {
  return (
    <div className="field">
      <label htmlFor={idOf(name, idPrefix)}>{label}</label>
      <textarea id={idOf(name, idPrefix)} name={name} rows={rows} defaultValue={defaultValue ?? ""} required={required}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, hint, errors, idPrefix)} />
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

export function SelectField({ name, label, errors, hint, required, idPrefix, defaultValue, options, empty }: Base & { defaultValue?: string | null; options: { value: string; label: string }[]; empty?: string }) {
  return (
    <div className="field">
      <label htmlFor={idOf(name, idPrefix)}>{label}</label>
      <select id={idOf(name, idPrefix)} name={name} defaultValue={defaultValue ?? ""} required={required}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, hint, errors, idPrefix)}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

/** Several choices of one list (actors): a fieldset of checkboxes, the error beside the legend. */
export function CheckboxList({ name, label, errors, hint, idPrefix, options, selected }: Base & { options: { value: string; label: string }[]; selected: string[] }) {
  const chosen = new Set(selected);
  return (
    <fieldset className="field checkbox-list" aria-describedby={describedBy(name, hint, errors, idPrefix)} aria-invalid={errors?.length ? true : undefined}>
      <legend>{label}</legend>
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.has(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Checkbox({ name, label, hint, idPrefix, defaultChecked, errors }: Base & { defaultChecked?: boolean }) {
  return (
    <div className="field">
      <label className="check">
        <input type="checkbox" name={name} id={idOf(name, idPrefix)} defaultChecked={defaultChecked} aria-describedby={describedBy(name, hint, errors, idPrefix)} /> {label}
      </label>
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));

/** The form-level error, and for a conflict what another editor changed (their values vs. yours). */
export function FormProblem({ state }: { state: FormState }) {
  if (!state.formError && !state.conflict) return null;
  return (
    <div role="alert" className="form-error">
      <p>{state.formError ?? "This record changed while you were editing it; nothing was saved."}</p>
      {state.conflict ? <ConflictTable conflict={state.conflict} /> : null}
    </div>
  );
}

function ConflictTable({ conflict }: { conflict: Conflict }) {
  if (!conflict.changes.length) return null;
  return (
    <table>
      <caption className="sr-only">Fields changed by someone else</caption>
      <thead><tr><th scope="col">Field</th><th scope="col">When you opened it</th><th scope="col">Now</th></tr></thead>
      <tbody>
        {conflict.changes.map((c) => <tr key={c.field}><th scope="row">{c.field}</th><td>{show(c.seen)}</td><td>{show(c.now)}</td></tr>)}
      </tbody>
    </table>
  );
}

/** Values to show in a form: what the user just sent (after an error), else the record's. */
export function valueOf(state: FormState, initial: Record<string, unknown>, name: string): string {
  const v = state.values?.[name] ?? initial[name];
  return v === null || v === undefined ? "" : Array.isArray(v) ? v.join("\n") : String(v);
}
export function listOf(state: FormState, initial: Record<string, unknown>, name: string): string[] {
  const v = state.values?.[name] ?? initial[name];
  return Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : [];
}
export const errorsOf = (state: FormState, name: string) => state.fieldErrors?.[name];

/**
 * React resets a form after its action; uncontrolled selects and checkboxes then fall back to the
 * defaults they were mounted with. Keying the fields on what was sent remounts them with the
 * echoed values, so nothing the user typed or chose is lost on an error.
 */
export const fieldsKey = (state: FormState) => (state.values ? JSON.stringify(state.values) : "initial");

/** The form-level message: an error (role=alert) or a confirmation (role=status). */
export function FormMessage({ error, ok }: { error?: string; ok?: string }) {
  if (error) return <p role="alert" className="form-error">{error}</p>;
  if (ok) return <p role="status" className="form-ok">{ok}</p>;
  return null;
}
