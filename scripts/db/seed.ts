// npm run db:seed — load prisma/dataset into DATABASE_URL or the embedded database.
// Idempotent: a second run inserts nothing.
import { parseEnv } from "../../lib/env";
import { seedUrl } from "./seed-url";
import { withDatabase } from "./with-database";

// --if-empty: only into a database without incidents (what `npm run dev/build/start` do, in a child
// process of their own so that the runner does not keep the data layer in memory afterwards).
const onlyIfEmpty = process.argv.includes("--if-empty");
await withDatabase(parseEnv(), (url) => seedUrl(url, { onlyIfEmpty }));
