// npm run db:migrate | db:migration -- NAME | db:reset
// Same commands on the embedded database (started for the task) and on DATABASE_URL. Authoring a
// migration needs a shadow database: PGlite ignores database names, so it gets its own in-memory
// server; on a real server Prisma creates and drops a temporary one itself.
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { parseEnv } from "../../lib/env";
import { findFreePort } from "../support/free-port";
import { runPrisma } from "./prisma-cli";
import { seedUrl } from "./seed-url";
import { withDatabase } from "./with-database";

const [task, name] = process.argv.slice(2);
const env = parseEnv();

async function withShadow<T>(fn: (shadowUrl: string | undefined) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL || process.env.SHADOW_DATABASE_URL) return fn(process.env.SHADOW_DATABASE_URL);
  const shadow = await startEmbeddedDatabase({ port: await findFreePort(), quiet: true });
  try {
    return await fn(shadow.url);
  } finally {
    await shadow.stop();
  }
}

await withDatabase(env, async (url) => {
  switch (task) {
    case "migrate":
      await runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
      break;
    case "migration":
      if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:migration -- name_in_snake_case");
      await withShadow((shadow) =>
        runPrisma(["migrate", "dev", "--name", name], { DATABASE_URL: url, SHADOW_DATABASE_URL: shadow }),
      );
      break;
    case "reset":
      await withShadow((shadow) =>
        runPrisma(["migrate", "reset", "--force"], { DATABASE_URL: url, SHADOW_DATABASE_URL: shadow }),
      );
      await seedUrl(url);
      break;
    default:
      throw new Error(`unknown task ${task ?? "(none)"}: migrate | migration NAME | reset`);
  }
});
