// The one vocabulary of a server action's answer: every action returns an ActionState and every
// form (useActionState) reads one. What went wrong is a typed `failure.kind`, so a form decides
// how to show it (a busy job as a notice, field errors beside their fields) without reading the
// message's words. The helpers below are the only places other answers are turned into it: a
// write's WriteFailure, and a Refusal of authorizedAction. Errors the data layer throws are mapped
// in ./thrown-refusal.ts (server-only: it needs the auth classes and redirect()).
//
// Types and plain functions only: client components import the types.
import type { Conflict, FieldErrors, WriteFailure } from "../writes/write-result";

export type ActionFailureKind =
  /** The input breaks a rule: field errors beside the fields, and/or a message. */
  | "invalid"
  /** The record (or the data the change depends on) changed meanwhile; nothing was overwritten. */
  | "conflict"
  /** The record the form names does not exist (any more). */
  | "not-found"
  /** The caller's role (or credentials) does not allow it. */
  | "forbidden"
  /** Not something a page of ours sends: no form, or a form that cannot be read safely. */
  | "invalid-request"
  /** The job is already running: a notice to wait, not an error. */
  | "busy";

export type ActionFailure = { kind: ActionFailureKind; message: string };

export type ActionState = {
  /** A confirmation (shown as a status); unset unless the action did its work. */
  done?: string;
  /** Why the action did nothing; unset when it succeeded or has not run yet. */
  failure?: ActionFailure;
  /** Messages per field name ("citations.0.quote"), shown beside the fields. */
  fieldErrors?: FieldErrors;
  /** With a "conflict" on a versioned record: what another editor changed since the form loaded. */
  conflict?: Conflict;
  /** The user's input, echoed back so nothing typed is lost on an error. */
  values?: Record<string, unknown>;
  /**
   * Changes with every answer. Forms use it as their `key`: React resets a form after its action,
   * and a <select> would fall back to its first default; remounting renders the echoed values.
   */
  attempt?: number;
  /** Review queue: the items another editor or the refresh job changed meanwhile. */
  staleItemIds?: string[];
};

/** A server action as a form's useActionState receives it. */
export type FormAction = (previousState: ActionState, form: FormData) => Promise<ActionState>;

/** Why authorizedAction refused to run (nothing ran). */
export type Refusal = { kind: Extract<ActionFailureKind, "forbidden" | "invalid-request">; message: string };

/** What most refusals add to their reason: the user's input is not stored. */
export const NOTHING_SAVED = "Nothing was saved.";

/** "reason" + " " + what did not happen; `unchanged` "" leaves the reason alone. */
export const withUnchanged = (reason: string, unchanged: string) => (unchanged ? `${reason} ${unchanged}` : reason);

// A write that failed without its own message. Every write in lib/ names one today; these keep a
// form from showing an empty alert should one not.
const FALLBACK_MESSAGES: Record<WriteFailure["kind"], string> = {
  invalid: "Some fields need attention; nothing was saved.",
  conflict: "This record changed while you were editing it; nothing was saved.",
  "not-found": "That record no longer exists; nothing was saved.",
};

/** A write that did not happen (WriteFailure), with the user's input echoed back. */
export function writeFailureState(failure: WriteFailure, values: Record<string, unknown>): ActionState {
  return {
    failure: { kind: failure.kind, message: failure.formError ?? FALLBACK_MESSAGES[failure.kind] },
    fieldErrors: failure.fieldErrors,
    conflict: failure.conflict,
    values,
  };
}

/** A refusal of authorizedAction (role, malformed call, unreadable form): the reason only. */
export function refusalState(refusal: Refusal, unchanged = NOTHING_SAVED): ActionState {
  return { failure: { kind: refusal.kind, message: withUnchanged(refusal.message, unchanged) }, attempt: Date.now() };
}
