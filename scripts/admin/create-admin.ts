// npm run admin:create — creates an admin account. Asks for the e-mail, the name and the password
// (typed without echo, asked twice); never reads the password from arguments or the environment,
// where it would end up in shell history or process listings. Answers may come from a pipe.
// Runs against DATABASE_URL, or starts the embedded database (migrated first) for the command.
import { createUserWithPassword, InvalidInput, newUserSchema, parseOrThrow } from "../../lib/auth/create-user";
import { createDb } from "../../lib/db/create-client";
import { parseEnv } from "../../lib/env";
import { applyMigrations } from "../db/prisma-cli";
import { withDatabase } from "../db/with-database";
import { createPrompter } from "./prompt";

if (process.argv.length > 2) {
  console.error("usage: npm run admin:create\nTakes no arguments: it asks for the e-mail, the name and the password.");
  process.exit(2);
}

const env = parseEnv();
const prompt = createPrompter();
let code = 0;
try {
  const email = (await prompt.ask("E-mail: ")).trim();
  const name = (await prompt.ask("Name: ")).trim();
  const password = await prompt.ask("Password (at least 12 characters): ", { hidden: true });
  const again = await prompt.ask("Password again: ", { hidden: true });
  prompt.close();
  if (password !== again) throw new InvalidInput({ password: ["The two passwords differ."] });
  // Check the answers before starting a database for nothing (createUserWithPassword checks again).
  const input = parseOrThrow(newUserSchema, { email, name, password, role: "ADMIN" });
  const user = await withDatabase(env, async (url) => {
    // The embedded database may be brand new; a server named by DATABASE_URL is migrated by db:migrate.
    if (!env.DATABASE_URL) await applyMigrations(url, { quiet: true });
    const db = createDb(url, { poolMax: 1 });
    try {
      return await createUserWithPassword(db, input);
    } finally {
      await db.$disconnect();
    }
  });
  console.log(`Created admin ${user.email}. Sign in at /admin/login.`);
} catch (err) {
  prompt.close();
  code = 1;
  if (err instanceof InvalidInput) {
    for (const [field, messages] of Object.entries(err.fieldErrors)) console.error(`${field}: ${messages?.join(" ")}`);
  } else {
    console.error(err instanceof Error ? err.message : err);
  }
}
process.exit(code);
