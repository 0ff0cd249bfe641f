// npm run data:release [-- --date YYYY-MM-DD]
// Cuts a data release of the published record (lib/releases/release-writes.ts) against
// DATABASE_URL, or the embedded database when it is unset (stop `npm run dev` first: one process
// owns .data/). Named after --date, by default today (UTC). Prints the release's files with rows,
// bytes and sha256, or "unchanged since <name>" when the record is as the latest release has it.
// Exit code 1 when the cut is refused (a release of that name exists with other content, or the
// name comes before the latest release's). Cut outside the app, so the app's cached release
// pages catch up within their cache life (5 minutes); the daily cut of the cron route expires them at once.
import { parseArgs } from "node:util";
import { createDb } from "../../lib/db/create-client";
import { isoDay } from "../../lib/dates";
import { parseEnv } from "../../lib/env";
import { releaseNameSchema } from "../../lib/releases/release-names";
import { cutRelease, ReleaseRefused } from "../../lib/releases/release-writes";
import { withDatabase } from "../db/with-database";
import { releaseTree } from "./release-tree";

const { values } = parseArgs({ options: { date: { type: "string" } } });
const name = releaseNameSchema.safeParse(values.date ?? isoDay(new Date()));
if (!name.success) {
  console.error(`--date ${name.error.issues[0]?.message ?? "is not a day"}`);
  process.exit(2);
}

const env = parseEnv();
process.exitCode = await withDatabase(env, async (url) => {
  const db = createDb(url, { poolMax: 2 });
  try {
    const result = await cutRelease(db, { on: name.data, now: new Date(), siteUrl: env.SITE_URL });
    if (result.status === "unchanged") {
      console.log(`unchanged since ${result.latest.id}: no release cut`);
      return 0;
    }
    console.log(releaseTree(result));
    return 0;
  } catch (err) {
    if (!(err instanceof ReleaseRefused)) throw err;
    console.error(err.message);
    return 1;
  } finally {
    await db.$disconnect();
  }
});
