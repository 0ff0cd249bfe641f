// npm run db:seed — load prisma/dataset into DATABASE_URL or the embedded database.
// Idempotent: a second run inserts nothing.
import { parseEnv } from "../../lib/env";
import { seedUrl } from "./seed-url";
import { withDatabase } from "./with-database";

await withDatabase(parseEnv(), (url) => seedUrl(url));
