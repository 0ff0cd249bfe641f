// Development-only seed accounts, created by `npm run dev` when DEV_SEED_ACCOUNTS=1 (and never
// when NODE_ENV is not "development"). The passwords are public (README): never enable this on a
// database reachable by anyone else.
import { createUserWithPassword } from "../../lib/auth/create-user";
import { createDb } from "../../lib/db/create-client";
import type { Role } from "../../lib/db/generated/client";
import type { Env } from "../../lib/env";

export const DEV_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  { email: "admin@frontier.test", name: "Dev Admin", role: "ADMIN", password: "dev-admin-password" },
  { email: "editor@frontier.test", name: "Dev Editor", role: "EDITOR", password: "dev-editor-password" },
  { email: "viewer@frontier.test", name: "Dev Viewer", role: "VIEWER", password: "dev-viewer-password" },
];

export function devAccountsEnabled(env: Pick<Env, "NODE_ENV" | "DEV_SEED_ACCOUNTS">): boolean {
  return env.NODE_ENV === "development" && env.DEV_SEED_ACCOUNTS === "1";
}

/** Creates the missing dev accounts; existing ones (even with a changed password) are left alone. */
export async function seedDevAccounts(url: string): Promise<string[]> {
  const db = createDb(url, { poolMax: 1 });
  const created: string[] = [];
  try {
    for (const account of DEV_ACCOUNTS) {
      if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
      await createUserWithPassword(db, account);
      created.push(account.email);
    }
  } finally {
    await db.$disconnect();
  }
  return created;
}
