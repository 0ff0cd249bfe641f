// What every admin write returns: field errors beside fields, a form-level error, or a conflict
// that names what another editor changed since the form was loaded. Server actions turn a failure
// into the forms' ActionState (lib/actions/action-state.ts writeFailureState), the admin API into
// a 400/404/409 (lib/actions/admin-api.ts). Access is not a result: AccessDenied is thrown by
// assertRole and mapped to 401/403 (API) or a "forbidden" failure (actions).
import type { z } from "zod";
import type { CacheTag } from "../cache-tags";

export type FieldErrors = Record<string, string[]>;

/** zod issues → { "field.path": [messages] }; issues about the whole input go to "_form". */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export type ConflictChange = { field: string; now: unknown; seen: unknown };
export type Conflict = {
  currentVersion: number;
  changes: ConflictChange[];
  changedBy: { name: string; at: string }[];
};

/**
 * Why a write did not happen: `invalid` input (field errors), a `conflict` with a newer version,
 * or the record is `not-found`. Callers branch on the kind, never on the message's words.
 */
export type FailureKind = "invalid" | "conflict" | "not-found";
export type WriteFailure = {
  ok: false;
  kind: FailureKind;
  fieldErrors: FieldErrors;
  formError?: string;
  conflict?: Conflict;
};
export type WriteSuccess = { ok: true; id: string; version: number; tags: CacheTag[] };
export type WriteResult = WriteSuccess | WriteFailure;

export function fail(fieldErrors: FieldErrors, formError?: string): WriteFailure {
  return { ok: false, kind: "invalid", fieldErrors, formError };
}

/** The record the write names does not exist (any more). */
export function notFound(formError: string): WriteFailure {
  return { ok: false, kind: "not-found", fieldErrors: {}, formError };
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | WriteFailure {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors = toFieldErrors(parsed.error);
  return fail(fieldErrors, fieldErrors._form?.join(" ") ?? "Some fields need attention.");
}

/** Raised inside a transaction to roll it back and return field errors. */
export class WriteRejected extends Error {
  constructor(readonly failure: WriteFailure) {
    super(failure.formError ?? "write rejected");
  }
}
