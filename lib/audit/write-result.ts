// Small pieces shared by every admin write and its conflict report (lib/admin/*): zod issues as
// field errors, and which fields differ between two audit snapshots.
import type { z } from "zod";

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

type Snapshot = Record<string, unknown>;
const IGNORED = new Set(["version", "updatedAt", "createdAt"]);

/** Fields whose values differ between two snapshots (compared by their JSON form). */
export function diffFields(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !IGNORED.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}
