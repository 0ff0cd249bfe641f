// `npm run admin:create` driven through stdin, as an operator's pipe would: it creates an admin
// whose password verifies at sign-in, and refuses a weak or mistyped password without writing.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { createAuth } from "@/lib/auth/auth";
import { parseEnv } from "@/lib/env";
import { eachDatabase } from "../setup/each-database";

const root = path.resolve(import.meta.dirname, "../..");

function runCreateAdmin(
  databaseUrl: string,
  stdin: string,
  args: string[] = [],
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/admin/create-admin.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
    child.stdin.end(stdin);
  });
}

// Each spawn starts tsx and Prisma: allow for a loaded machine.
const SLOW = 120_000;

describe.each(eachDatabase())("npm run admin:create on $name", ({ name, db }) => {
  const urlOf = async () => inject("databases").find((d) => d.name === name)!.url;

  it(
    "creates an admin from piped answers who can then sign in",
    async () => {
      const email = `cli-${randomUUID().slice(0, 8)}@example.test`;
      const password = "correct horse battery staple";
      const { code, out } = await runCreateAdmin(await urlOf(), `${email}\nCli Admin\n${password}\n${password}\n`);
      expect(out).toContain(`Created admin ${email}`);
      expect(code).toBe(0);
      expect(out).not.toContain(password);
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      expect(user).toMatchObject({ role: "ADMIN", name: "Cli Admin", disabledAt: null });
      const auth = createAuth(
        db,
        parseEnv({ NODE_ENV: "test", BETTER_AUTH_SECRET: "integration-test-secret-0123456789abcdef" }),
      );
      const res = await auth.api.signInEmail({
        body: { email, password },
        headers: new Headers({ "x-forwarded-for": "192.0.2.77" }),
      });
      expect(res.user.id).toBe(user.id);
    },
    SLOW,
  );

  it(
    "refuses a weak password, a mistyped repeat and any arguments, writing nothing",
    async () => {
      const url = await urlOf();
      const before = await db.user.count();
      const weak = await runCreateAdmin(url, `weak-${randomUUID().slice(0, 8)}@example.test\nWeak\nshort\nshort\n`);
      expect(weak.code).toBe(1);
      expect(weak.out).toContain("password: Use at least 12 characters.");
      const differ = await runCreateAdmin(
        url,
        `differ-${randomUUID().slice(0, 8)}@example.test\nDiffer\nfirst-long-password\nsecond-long-password\n`,
      );
      expect(differ.code).toBe(1);
      expect(differ.out).toContain("The two passwords differ.");
      const withArgs = await runCreateAdmin(url, "", ["--password", "given-on-the-command-line"]);
      expect(withArgs.code).toBe(2);
      expect(await db.user.count()).toBe(before);
    },
    SLOW,
  );
});
