// npm run db:seed — load prisma/dataset into DATABASE_URL or the embedded database.
// Idempotent: a second run inserts nothing.
import { parseEnv } from "../../lib/env";
import { cutFirstRelease } from "../data/first-release";
import { seedUrl } from "./seed-url";
import { withDatabase } from "./with-database";

// --if-empty: only into a database without incidents (what `npm run dev/build/start` do, in a child
// process of their own so that the runner does not keep the data layer in memory afterwards); they
// also get a first data release when the database has none (scripts/data/first-release.ts).
const onlyIfEmpty = process.argv.includes("--if-empty");
const env = parseEnv();
await withDatabase(env, async (url) => {
  await seedUrl(url, { onlyIfEmpty });
  if (onlyIfEmpty) await cutFirstRelease(url, env.SITE_URL);
});
