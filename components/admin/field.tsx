// A labelled input with its error beside it (aria-describedby), for the admin forms.
type FieldProps = {
  name: string; label: string; errors?: string[]; type?: string; defaultValue?: string;
  autoComplete?: string; required?: boolean; hint?: string;
};

export function Field({ name, label, errors, type = "text", defaultValue, autoComplete, required, hint }: FieldProps) {
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={hintId} className="muted">{hint}</p> : null}
      <input id={id} name={name} type={type} defaultValue={defaultValue} autoComplete={autoComplete} required={required}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} />
      {errors?.length ? <p id={errorId} className="field-error">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** The form-level message: an error (role=alert) or a confirmation (role=status). */
export function FormMessage({ error, ok }: { error?: string; ok?: string }) {
  if (error) return <p role="alert" className="form-error">{error}</p>;
  if (ok) return <p role="status" className="form-ok">{ok}</p>;
  return null;
}
