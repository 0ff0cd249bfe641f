// Labelled form controls for every admin form: each error sits
// beside its field and is linked with aria-describedby; a conflict names what changed meanwhile.
// Every form reads its server action's answer as an ActionState (lib/actions/action-state.ts).
import type { ActionState } from "@/lib/actions/action-state";
import type { Conflict } from "@/lib/writes/write-result";

type Base = {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  /** Keeps ids unique with several forms on a page. */ idPrefix?: string;
};

const idOf = (name: string, prefix = "") => `f-${(prefix + name).replace(/[^A-Za-z0-9_-]/g, "-")}`;
function describedBy(name: string, hint?: string, errors?: string[], prefix?: string) {
  const id = idOf(name, prefix);
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}
function Extras({
  name,
  hint,
  errors,
  idPrefix,
}: {
  name: string;
  hint?: string;
  errors?: string[];
  idPrefix?: string;
}) {
  const id = idOf(name, idPrefix);
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  name,
  label,
  errors,
  hint,
  required,
  idPrefix,
  type = "text",
  defaultValue,
  list,
  autoComplete,
}: Base & { type?: string; defaultValue?: string | number | null; list?: string; autoComplete?: string }) {
  return (
    <div className="field">
      <label htmlFor={idOf(name, idPrefix)}>{label}</label>
      <input
        id={idOf(name, idPrefix)}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ""}
        required={required}
        list={list}
        autoComplete={autoComplete}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors, idPrefix)}
      />
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

export function TextArea({
  name,
  label,
  errors,
  hint,
  required,
  idPrefix,
  defaultValue,
  rows = 4,
}: Base & { defaultValue?: string | null; rows?: number }) {
  return (
    <div className="field">
      <label htmlFor={idOf(name, idPrefix)}>{label}</label>
      <textarea
        id={idOf(name, idPrefix)}
        name={name}
        rows={rows}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors, idPrefix)}
      />
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  required,
  idPrefix,
  defaultValue,
  options,
  empty,
}: Base & { defaultValue?: string | null; options: { value: string; label: string }[]; empty?: string }) {
  return (
    <div className="field">
      <label htmlFor={idOf(name, idPrefix)}>{label}</label>
      <select
        id={idOf(name, idPrefix)}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors, idPrefix)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

/** Several choices of one list (actors): a fieldset of checkboxes, the error beside the legend. */
export function CheckboxList({
  name,
  label,
  errors,
  hint,
  idPrefix,
  options,
  selected,
}: Base & { options: { value: string; label: string }[]; selected: string[] }) {
  const chosen = new Set(selected);
  return (
    <fieldset
      className="field checkbox-list"
      aria-describedby={describedBy(name, hint, errors, idPrefix)}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>{label}</legend>
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
      {options.map((option) => (
        <label key={option.value} className="check">
          <input type="checkbox" name={name} value={option.value} defaultChecked={chosen.has(option.value)} />{" "}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Checkbox({ name, label, hint, idPrefix, defaultChecked, errors }: Base & { defaultChecked?: boolean }) {
  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          name={name}
          id={idOf(name, idPrefix)}
          defaultChecked={defaultChecked}
          aria-describedby={describedBy(name, hint, errors, idPrefix)}
        />{" "}
        {label}
      </label>
      <Extras name={name} hint={hint} errors={errors} idPrefix={idPrefix} />
    </div>
  );
}

const show = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "—"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

/** A record form's failure, and for a conflict what another editor changed (their values vs. yours). */
export function FormProblem({ state }: { state: ActionState }) {
  if (!state.failure) return null;
  return (
    <div role="alert" className="form-error">
      <p>{state.failure.message}</p>
      {state.conflict ? <ConflictTable conflict={state.conflict} /> : null}
    </div>
  );
}

function ConflictTable({ conflict }: { conflict: Conflict }) {
  if (!conflict.changes.length) return null;
  return (
    <table>
      <caption className="sr-only">Fields changed by someone else</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">When you opened it</th>
          <th scope="col">Now</th>
        </tr>
      </thead>
      <tbody>
        {conflict.changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.field}</th>
            <td>{show(change.seen)}</td>
            <td>{show(change.now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Values to show in a form: what the user just sent (after an error), else the record's. */
export function valueOf(state: ActionState, initial: Record<string, unknown>, name: string): string {
  const value = state.values?.[name] ?? initial[name];
  return value === null || value === undefined ? "" : Array.isArray(value) ? value.join("\n") : String(value);
}
export function listOf(state: ActionState, initial: Record<string, unknown>, name: string): string[] {
  const value = state.values?.[name] ?? initial[name];
  return Array.isArray(value) ? value.map(String) : typeof value === "string" && value ? [value] : [];
}
export const errorsOf = (state: ActionState, name: string) => state.fieldErrors?.[name];

/**
 * React resets a form after its action; uncontrolled selects and checkboxes then fall back to the
 * defaults they were mounted with. Keying the fields on what was sent remounts them with the
 * echoed values, so nothing the user typed or chose is lost on an error.
 */
export const fieldsKey = (state: ActionState) => (state.values ? JSON.stringify(state.values) : "initial");

/**
 * The form-level message: a failure (role=alert; "busy" as a notice, not an error) or a
 * confirmation (role=status). `invalidBesideFields`: the form shows an "invalid" failure's field
 * errors beside its fields only, so its message (the same errors joined) is not repeated on top.
 */
export function FormMessage({
  state,
  invalidBesideFields = false,
}: {
  state: ActionState;
  invalidBesideFields?: boolean;
}) {
  const { failure } = state;
  if (failure && !(invalidBesideFields && failure.kind === "invalid")) {
    return (
      <p role="alert" className={failure.kind === "busy" ? "notice" : "form-error"}>
        {failure.message}
      </p>
    );
  }
  if (state.done)
    return (
      <p role="status" className="form-ok">
        {state.done}
      </p>
    );
  return null;
}
