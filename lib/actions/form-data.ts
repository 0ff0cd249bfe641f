// FormData → plain object for the shared zod schemas. Names with dots build nested objects and
// arrays ("citations.0.quote"); array rows left entirely blank (the form's spare rows) are dropped.
//
// The names come from whoever sent the request, so they are untrusted: a name such as
// "__proto__.province" once walked into Object.prototype and polluted every object in the process.
// Nodes are therefore built on null-prototype objects, and a name is refused outright when a
// segment could reach a prototype, is empty, or nests deeper than any form of ours does.
type Json = string | Json[] | { [k: string]: Json };
type Node = { [k: string]: Json };

const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);
const MAX_DEPTH = 5;
const MAX_FIELDS = 2_000;
const SEGMENT = /^[A-Za-z0-9_:-]{1,128}$/;

/** A field name or value no form of ours produces: the whole submission is refused. */
export class UnsafeFormInput extends Error {
  constructor(reason: string) {
    super(`The form could not be read: ${reason}.`);
    this.name = "UnsafeFormInput";
  }
}

function nameSegments(name: string): string[] {
  const parts = name.split(".");
  if (parts.length > MAX_DEPTH) throw new UnsafeFormInput("a field name nests too deeply");
  for (const part of parts) {
    if (FORBIDDEN_SEGMENTS.has(part) || !SEGMENT.test(part)) throw new UnsafeFormInput("a field name is not allowed");
  }
  return parts;
}

const emptyNode = (): Node => Object.create(null) as Node;
const isNode = (value: Json | undefined): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function formDataToObject(form: FormData): Record<string, unknown> {
  const root = emptyNode();
  let fields = 0;
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (++fields > MAX_FIELDS) throw new UnsafeFormInput("too many fields");
    // PostgreSQL text cannot hold NUL; refusing it here keeps a stray byte from becoming a 500.
    if (value.includes("\u0000")) throw new UnsafeFormInput("a field contains a NUL character");
    const parts = nameSegments(name);
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (next === undefined) node[part] = emptyNode();
      else if (!isNode(next)) throw new UnsafeFormInput("a field is both a value and a group");
      node = node[part] as Node;
    }
    const leaf = parts[parts.length - 1]!;
    const prev = Object.hasOwn(node, leaf) ? node[leaf] : undefined;
    if (isNode(prev)) throw new UnsafeFormInput("a field is both a value and a group");
    node[leaf] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return compactRows(root) as Record<string, unknown>;
}

// Objects whose keys are all digits become arrays, in index order, without blank rows.
// Object.fromEntries defines own properties, so even a hostile key could not reach a prototype.
function compactRows(value: Json): Json {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, compactRows(value[key]!)] as const);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return entries
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([, row]) => row)
      .filter(
        (row) =>
          typeof row !== "object" ||
          Array.isArray(row) ||
          Object.values(row).some((cell) => typeof cell !== "string" || cell.trim() !== ""),
      );
  }
  return Object.fromEntries(entries);
}
