// FormData → plain object for the shared zod schemas. Names with dots build nested objects and
// arrays ("citations.0.quote"); array rows left entirely blank (the form's spare rows) are dropped.
type Json = string | Json[] | { [k: string]: Json };

export function formDataToObject(form: FormData): Record<string, unknown> {
  const root: Record<string, Json> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const parts = name.split(".");
    let node: Record<string, Json> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        const prev = node[part];
        node[part] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev as string, value];
        return;
      }
      node[part] ??= {};
      node = node[part] as Record<string, Json>;
    });
  }
  return compactRows(root) as Record<string, unknown>;
}

// Objects whose keys are all digits become arrays, in index order, without blank rows.
function compactRows(value: Json): Json {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, compactRows(value[k]!)] as const);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return entries
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([, v]) => v)
      .filter((row) => typeof row !== "object" || Array.isArray(row) || Object.values(row).some((v) => typeof v !== "string" || v.trim() !== ""));
  }
  return Object.fromEntries(entries);
}
