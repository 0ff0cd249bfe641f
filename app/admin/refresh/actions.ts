"use server";
import { authorizedAction } from "@/lib/actions/authorized-action";
import { getDb } from "@/lib/db";
import { runAdminRefresh } from "@/lib/ingest/admin-refresh";
import { updateTags } from "@/lib/expire-tags";

export const runRefreshAction = authorizedAction(
  "ADMIN",
  async (viewer) => {
    const { result, tags } = await runAdminRefresh(getDb(), viewer);
    if (!result.ok) {
      return {
        failure: {
          kind: "busy",
          message:
            "A refresh is already running (started by the schedule, the command line or another admin). Nothing was started; its result will appear below when it ends.",
        },
      };
    }
    updateTags(tags);
    const summary = result.summary;
    return {
      done: `Refresh finished: ${summary.status.toLowerCase()}${summary.stoppedEarly ? " (stopped at its time limit; the next run resumes)" : ""}. ${summary.totals.created} new, ${summary.totals.updated} updated, ${summary.totals.rejected} rejected.${summary.error ? ` Error: ${summary.error}` : ""}`,
    };
  },
  { unchanged: "Nothing was started." },
);
