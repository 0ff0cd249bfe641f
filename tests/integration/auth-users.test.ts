// Accounts and their management: createUserWithPassword's validation and audit, the role check in
// every user-management function, and the last-admin rule, on both databases.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AccessDenied, type Viewer } from "@/lib/access/authorize";
import { createUserWithPassword, InvalidInput } from "@/lib/auth/create-user";
import { endSession, listAllSessions, listOwnSessions, signOutEverywhere } from "@/lib/auth/sessions";
import { changeUserRole, createUser, disableUser, enableUser, LastAdminError, listUsers } from "@/lib/auth/users";
import type { Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/client";
import { eachDatabase } from "../setup/each-database";

const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;
const PASSWORD = "a-sufficiently-long-password";

async function makeUser(db: Db, role: Role): Promise<Viewer> {
  const u = await createUserWithPassword(db, {
    email: uniqueEmail(role.toLowerCase()),
    name: `Test ${role}`,
    role,
    password: PASSWORD,
  });
  const session = await db.session.create({
    data: { userId: u.id, token: randomUUID(), expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { userId: u.id, email: u.email, name: u.name, role: u.role, sessionId: session.id };
}

const countAll = async (db: Db) => ({
  users: await db.user.count(),
  accounts: await db.account.count(),
  sessions: await db.session.count(),
  audit: await db.auditLog.count(),
});

async function expectDenied(p: Promise<unknown>, status: 401 | 403) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AccessDenied);
  expect((err as AccessDenied).status).toBe(status);
}

describe.each(eachDatabase())("accounts on $name", ({ db }) => {
  it("creates a user with a credential and an audit row, e-mail normalised", async () => {
    const email = uniqueEmail("New.Person");
    const before = await db.auditLog.count({ where: { entityType: "User" } });
    const u = await createUserWithPassword(
      db,
      { email: `  ${email.toUpperCase()} `, name: " New Person ", role: "EDITOR", password: PASSWORD },
      { actorId: null },
    );
    expect(u).toMatchObject({ email: email.toLowerCase(), name: "New Person", role: "EDITOR" });
    const account = await db.account.findFirstOrThrow({ where: { userId: u.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(PASSWORD);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "User", entityId: u.id } });
    expect(audit.action).toBe("create");
    expect(audit.after).toMatchObject({ email: email.toLowerCase(), role: "EDITOR" });
    expect(await db.auditLog.count({ where: { entityType: "User" } })).toBe(before + 1);
  });

  it("refuses bad input with messages per field and writes nothing", async () => {
    const before = await countAll(db);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ email: "not-an-email", name: "X", role: "EDITOR", password: PASSWORD }, ["email"]],
      [{ email: uniqueEmail("short"), name: "X", role: "EDITOR", password: "elevenchars" }, ["password"]],
      [{ email: uniqueEmail("noname"), name: "   ", role: "EDITOR", password: PASSWORD }, ["name"]],
      [{ email: uniqueEmail("role"), name: "X", role: "OWNER", password: PASSWORD }, ["role"]],
    ];
    for (const [input, fields] of cases) {
      const err = await createUserWithPassword(db, input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, JSON.stringify(input)).toBeInstanceOf(InvalidInput);
      expect(Object.keys((err as InvalidInput).fieldErrors)).toEqual(fields);
    }
    // 12 characters is enough
    const ok = await createUserWithPassword(db, {
      email: uniqueEmail("twelve"),
      name: "X",
      role: "VIEWER",
      password: "twelve-chars",
    });
    // a taken e-mail (in any case) is refused
    const dup = await createUserWithPassword(db, {
      email: ok.email.toUpperCase(),
      name: "Y",
      role: "VIEWER",
      password: PASSWORD,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((dup as InvalidInput).fieldErrors.email).toEqual(["An account with this e-mail address already exists."]);
    const after = await countAll(db);
    expect(after).toEqual({
      users: before.users + 1,
      accounts: before.accounts + 1,
      sessions: before.sessions,
      audit: before.audit + 1,
    });
  });

  it("lets only admins manage users: viewers and editors get AccessDenied and change nothing", async () => {
    const target = await makeUser(db, "VIEWER");
    for (const role of ["VIEWER", "EDITOR"] as const) {
      const v = await makeUser(db, role);
      const before = await countAll(db);
      await expectDenied(listUsers(db, v), 403);
      await expectDenied(
        createUser(db, v, { email: uniqueEmail("x"), name: "X", role: "ADMIN", password: PASSWORD }),
        403,
      );
      await expectDenied(changeUserRole(db, v, { userId: target.userId, role: "ADMIN" }), 403);
      await expectDenied(changeUserRole(db, v, { userId: v.userId, role: "ADMIN" }), 403);
      await expectDenied(disableUser(db, v, { userId: target.userId }), 403);
      await expectDenied(enableUser(db, v, { userId: target.userId }), 403);
      await expectDenied(listAllSessions(db, v), 403);
      await expectDenied(endSession(db, v, { sessionId: target.sessionId }), 403);
      expect(await countAll(db)).toEqual(before);
      expect((await db.user.findUniqueOrThrow({ where: { id: v.userId } })).role).toBe(role);
    }
    const before = await countAll(db);
    await expectDenied(listUsers(db, null), 401);
    await expectDenied(
      createUser(db, null, { email: uniqueEmail("anon"), name: "X", role: "ADMIN", password: PASSWORD }),
      401,
    );
    await expectDenied(changeUserRole(db, null, { userId: target.userId, role: "ADMIN" }), 401);
    await expectDenied(disableUser(db, null, { userId: target.userId }), 401);
    await expectDenied(signOutEverywhere(db, null), 401);
    expect(await countAll(db)).toEqual(before);
  });

  it("admins change roles, disable (ending sessions) and re-enable, each with an audit row", async () => {
    const admin = await makeUser(db, "ADMIN");
    const target = await makeUser(db, "VIEWER");
    const created = await createUser(db, admin, {
      email: uniqueEmail("made"),
      name: "Made",
      role: "EDITOR",
      password: PASSWORD,
    });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: created.id } })).userId).toBe(admin.userId);
    await changeUserRole(db, admin, { userId: target.userId, role: "EDITOR" });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.userId } })).role).toBe("EDITOR");
    const roleAudit = await db.auditLog.findFirstOrThrow({ where: { entityId: target.userId, action: "role-change" } });
    expect(roleAudit).toMatchObject({ userId: admin.userId, before: { role: "VIEWER" }, after: { role: "EDITOR" } });
    await disableUser(db, admin, { userId: target.userId });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.userId } })).disabledAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: target.userId } })).toBe(0);
    await enableUser(db, admin, { userId: target.userId });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.userId } })).disabledAt).toBeNull();
    const rows = (await listUsers(db, admin)).filter((u) => u.id === target.userId);
    expect(rows).toHaveLength(1);
  });

  it("refuses to demote or disable the last active admin", async () => {
    const a = await makeUser(db, "ADMIN");
    const b = await makeUser(db, "ADMIN");
    // leave exactly one other active admin (b) besides a: disable every other admin first
    const others = await db.user.findMany({
      where: { role: "ADMIN", disabledAt: null, id: { notIn: [a.userId, b.userId] } },
    });
    for (const o of others) await disableUser(db, a, { userId: o.id });
    await changeUserRole(db, a, { userId: b.userId, role: "EDITOR" }); // a remains
    const before = await countAll(db);
    await expect(changeUserRole(db, a, { userId: a.userId, role: "VIEWER" })).rejects.toBeInstanceOf(LastAdminError);
    await expect(disableUser(db, a, { userId: a.userId })).rejects.toBeInstanceOf(LastAdminError);
    expect(await countAll(db)).toEqual(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: a.userId } })).toMatchObject({
      role: "ADMIN",
      disabledAt: null,
    });
    // with a second admin again, the first may step down
    await changeUserRole(db, a, { userId: b.userId, role: "ADMIN" });
    await changeUserRole(db, b, { userId: a.userId, role: "EDITOR" });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.userId } })).role).toBe("EDITOR");
  });

  it("ends sessions: own ones for anybody, anyone's for admins, all own with sign-out-everywhere", async () => {
    const editor = await makeUser(db, "EDITOR");
    const other = await makeUser(db, "VIEWER");
    const admin = await makeUser(db, "ADMIN");
    await expectDenied(endSession(db, editor, { sessionId: other.sessionId }), 403);
    expect(await db.session.count({ where: { id: other.sessionId } })).toBe(1);
    const own = await listOwnSessions(db, editor);
    expect(own.map((s) => [s.id, s.current])).toEqual([[editor.sessionId, true]]);
    await endSession(db, admin, { sessionId: other.sessionId });
    expect(await db.session.count({ where: { id: other.sessionId } })).toBe(0);
    await db.session.create({
      data: { userId: editor.userId, token: randomUUID(), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await signOutEverywhere(db, editor)).toBe(2);
    expect(await db.session.count({ where: { userId: editor.userId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "revoke-session", userId: editor.userId } })).toBe(1);
  });
});
