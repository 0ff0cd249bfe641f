// Words for the status page: run durations, ages of a source's last success, labels of states.
import type { RunStatus, RunTrigger } from "../db/generated/client";

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  RUNNING: "Running",
  SUCCEEDED: "Succeeded",
  PARTIAL: "Partial",
  FAILED: "Failed",
};

export const RUN_TRIGGER_LABELS: Record<RunTrigger, string> = {
  CRON: "Scheduled",
  CLI: "Command line",
  ADMIN: "Editor",
};

/** "850 ms", "42 s", "4 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

/** "just now", "12 min ago", "3 h ago", "5 days ago". */
export function formatAge(fromIso: string, now: Date): string {
  const min = Math.floor((now.getTime() - Date.parse(fromIso)) / 60_000);
  if (min < 1) return "just now";
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.floor(h / 24)} days ago`;
}

/** "2026-11-30 14:05 UTC": one unambiguous form for everyone reading the public page. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A source is stale when its last success is older than this (the job runs hourly). */
export const STALE_AFTER_MS = 6 * 3_600_000;

/**
 * A refresh error as the public status page may show it: addresses (URLs, host:port, IP addresses)
 * are replaced, so the page does not map the servers the job talks to (a failing source on the
 * internal network used to show its host and port). Admins see the full text on /admin/refresh.
 */
export function publicErrorText(error: string | null): string | null {
  if (error === null) return null;
  return error
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]+/gi, "[address]")
    .replace(/\[[0-9a-f:.]+\](:\d+)?/gi, "[address]")
    .replace(/(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f.]{0,15}(?![\w:])/gi, "[address]")
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, "[address]")
    .replace(/\b(localhost|[a-z0-9-]+(\.[a-z0-9-]+)+):\d{1,5}\b/gi, "[address]");
}
