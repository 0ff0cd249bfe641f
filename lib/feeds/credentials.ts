// The environment variables each kind of source may read as its credential. FeedSource.credentialEnv
// is set by admins; if any name were accepted, a feed pointed at someone else's server could be
// made to send BETTER_AUTH_SECRET or DATABASE_URL as its "API key". So the names are declared here
// per kind of source (each adapter in lib/ingest/sources/ exposes its list as `credentials`), and
// the form schema, the data-layer write and the adapters at run time all refuse any other name.
// It is the rule on a FeedSource column, so it lives with the feed settings, free of adapter code:
// the form schema and the write use it without importing the refresh job (lib/ingest imports
// lib/feeds, never the reverse).
import type { FeedKind } from "../db/generated/client";

export const SOURCE_CREDENTIALS = {
  UCDP: ["UCDP_API_TOKEN"],
  ACLED: ["ACLED_API_KEY", "ACLED_EMAIL"],
  RSS: [],
  RELIEFWEB: [],
  GDELT: [],
} as const satisfies Record<FeedKind, readonly string[]>;

/** Every name some adapter declares: what the form accepts before it knows the source's kind. */
export const DECLARED_CREDENTIALS: readonly string[] = [...new Set(Object.values(SOURCE_CREDENTIALS).flat())].sort();

export function credentialsOf(kind: FeedKind): readonly string[] {
  return SOURCE_CREDENTIALS[kind] ?? [];
}

function allowedList(names: readonly string[]): string {
  return names.length ? `allowed: ${names.join(", ")}` : "these sources take no credential; leave it empty";
}

/** Why `name` may not be the credential variable of a `kind` source, or null when it may (or is empty). */
export function credentialRefusal(kind: FeedKind, name: string | null | undefined): string | null {
  if (!name) return null;
  const allowed = credentialsOf(kind);
  return allowed.includes(name)
    ? null
    : `${name} is not a credential variable ${kind} sources may read (${allowedList(allowed)}).`;
}

/** The form's message for a name no adapter declares. */
export const UNDECLARED_CREDENTIAL_MESSAGE = `Not a credential variable any source may read: use one of ${DECLARED_CREDENTIALS.join(", ")}, or leave it empty.`;
