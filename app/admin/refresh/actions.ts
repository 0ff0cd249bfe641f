"use server";
import { updateTag } from "next/cache";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { runAdminRefresh } from "@/lib/ingest/admin-refresh";

export type RefreshActionState = { ok?: string; error?: string; busy?: boolean };

export const runRefreshAction = authorizedAction<RefreshActionState>("ADMIN", (refusal) => ({ error: `${refusal.message} Nothing was started.` }), async (viewer) => {
  const { result, tags } = await runAdminRefresh(getDb(), viewer);
  if (!result.ok) return { busy: true, error: "A refresh is already running (started by the schedule, the command line or another admin). Nothing was started; its result will appear below when it ends." };
  for (const tag of tags) updateTag(tag);
  const s = result.summary;
  return { ok: `Refresh finished: ${s.status.toLowerCase()}${s.stoppedEarly ? " (stopped at its time limit; the next run resumes)" : ""}. ${s.totals.created} new, ${s.totals.updated} updated, ${s.totals.rejected} rejected.${s.error ? ` Error: ${s.error}` : ""}` };
});
