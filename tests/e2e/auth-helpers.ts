// Accounts and database access for browser tests. The e2e server (playwright.config.ts) runs on an
// in-memory embedded database listening on E2E_DB_PORT (54399); tests connect to it to create users
// and to count rows for "wrote nothing" assertions.
import { randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { createUserWithPassword } from "../../lib/auth/create-user";
import { createDb, type Db } from "../../lib/db/create-client";
import type { Role } from "../../lib/db/generated/client";
import { E2E_DB_PASSWORD } from "./refresh-server";

export const E2E_DB_URL = `postgresql://postgres:${E2E_DB_PASSWORD}@127.0.0.1:${Number(process.env.E2E_DB_PORT ?? 54399)}/postgres?sslmode=disable`;

let db: Db | undefined;

/** One client per test worker, on the e2e server's database. */
export function e2eDb(): Db {
  db ??= createDb(E2E_DB_URL, { poolMax: 1 });
  return db;
}

export type TestUser = { id: string; email: string; name: string; role: Role; password: string };

/** A fresh account with a unique e-mail and a known password. */
export async function createTestUser(role: Role, label = role.toLowerCase()): Promise<TestUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
  const password = `e2e-password-${randomUUID()}`;
  const name = `E2E ${label}`;
  const user = await createUserWithPassword(e2eDb(), { email, name, role, password });
  return { ...user, password };
}

/** Signs in through the real login form and waits until the admin area shows the user. */
export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">, next = "/admin") {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // the login page shows the admin bar too when a session already exists: wait to leave it
  await page.waitForURL((url) => !url.pathname.startsWith("/admin/login"));
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
}

/** Every table of the app's schema (Prisma's migration bookkeeping excluded). */
export async function listTables(): Promise<string[]> {
  const rows = await e2eDb().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  return rows.map((r) => r.table_name);
}

/** Row counts of the given tables (all tables when omitted), for "wrote nothing" assertions. */
export async function countRows(tables?: string[]): Promise<Record<string, number>> {
  const names = tables ?? (await listTables());
  const counts: Record<string, number> = {};
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a table name: ${name}`);
    const [row] = await e2eDb().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

/** A fresh account of each role, signed in through the login form, with its session cookie header. */
export async function signedInUsers(
  browser: Browser,
  label: string,
): Promise<Record<Role, TestUser & { cookie: string }>> {
  const users = {} as Record<Role, TestUser & { cookie: string }>;
  for (const role of ["VIEWER", "EDITOR", "ADMIN"] as const) {
    const user = await createTestUser(role, `${label}-${role.toLowerCase()}`);
    const context = await browser.newContext();
    await signIn(await context.newPage(), user);
    users[role] = { ...user, cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ") };
    await context.close();
  }
  return users;
}
