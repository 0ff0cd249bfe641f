// Pure decisions of the refresh job, kept apart so they are tested without a database.
import type { RunStatus } from "../db/generated/client";
import type { SourceOutcome } from "./run-source";

export type SourceState = SourceOutcome | "running" | "skipped" | "not reached";

/** Names of the unset variables a source needs: `credentialEnv` may list several ("ACLED_API_KEY,ACLED_EMAIL"). */
export function missingCredentials(credentialEnv: string | null, env: Record<string, string | undefined>): string[] {
  if (!credentialEnv) return [];
  return credentialEnv
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((name) => !env[name]);
}

/**
 * FAILED when every attempted source failed (a run that attempted nothing, e.g. all skipped for
 * missing credentials, did not fail); PARTIAL when some failed or the budget stopped the run before
 * every source finished; SUCCEEDED otherwise. Skipped sources are configuration, not failure.
 */
export function decideRunStatus(states: SourceState[], crashed: boolean): RunStatus {
  if (crashed) return "FAILED";
  const attempted = states.filter((o) => o === "succeeded" || o === "failed" || o === "stopped");
  const failed = attempted.filter((o) => o === "failed").length;
  if (attempted.length > 0 && failed === attempted.length) return "FAILED";
  if (failed > 0 || states.some((o) => o === "stopped" || o === "not reached")) return "PARTIAL";
  return "SUCCEEDED";
}
