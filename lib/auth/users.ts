// User management for admins: list, create, change role, disable and re-enable. Each function
// checks the role itself (assertRole), writes its audit row in the same transaction as the change,
// and refuses to leave the site without an active admin. Takes the client as a parameter so tests
// and scripts call exactly what the pages call.
import { z } from "zod";
import type { Db } from "../db/create-client";
import type { Role } from "../db/generated/client";
import type { DbTx } from "../db/create-client";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { roleSchema } from "../access/role-schema";
import { createUserWithPassword, InvalidInput, parseOrThrow, type CreatedUser, type NewUserInput } from "./create-user";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  createdAt: Date;
  sessions: number;
};

/** A change that would leave no active admin. */
export class LastAdminError extends Error {
  constructor() {
    super("This would leave no active admin. Make another user an admin first.");
    this.name = "LastAdminError";
  }
}

const userIdSchema = z.string({ error: "Choose a user." }).min(1).max(64);
export const roleChangeSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const userRefSchema = z.object({ userId: userIdSchema });

export async function listUsers(db: Db, viewer: Viewer | null): Promise<UserRow[]> {
  assertRole(viewer, "ADMIN");
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      _count: { select: { sessions: true } },
    },
  });
  return users.map(({ _count, ...u }) => ({ ...u, sessions: _count.sessions }));
}

export async function createUser(db: Db, viewer: Viewer | null, input: NewUserInput): Promise<CreatedUser> {
  const admin = assertRole(viewer, "ADMIN");
  return createUserWithPassword(db, input, { actorId: admin.userId });
}

/**
 * Locks the active admins' rows (so two admins demoting each other at once cannot both succeed),
 * then refuses when `userId` is the only one left.
 */
async function assertNotLastAdmin(tx: DbTx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) throw new LastAdminError();
}

async function findUser(tx: DbTx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
  if (!user) throw new InvalidInput({ userId: ["No such user."] });
  return user;
}

export async function changeUserRole(
  db: Db,
  viewer: Viewer | null,
  input: { userId: string; role: string },
): Promise<void> {
  const admin = assertRole(viewer, "ADMIN");
  const { userId, role } = parseOrThrow(roleChangeSchema, input);
  await db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (user.role === role) return;
    if (user.role === "ADMIN") await assertNotLastAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await writeAudit(tx, {
      userId: admin.userId,
      action: "role-change",
      entityType: "User",
      entityId: userId,
      before: { role: user.role },
      after: { role },
    });
  });
}

/** Disables the account and ends all its sessions at once. */
export async function disableUser(db: Db, viewer: Viewer | null, input: { userId: string }): Promise<void> {
  const admin = assertRole(viewer, "ADMIN");
  const { userId } = parseOrThrow(userRefSchema, input);
  await db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (user.disabledAt) return;
    if (user.role === "ADMIN") await assertNotLastAdmin(tx, userId);
    const disabledAt = new Date();
    await tx.user.update({ where: { id: userId }, data: { disabledAt } });
    const ended = await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, {
      userId: admin.userId,
      action: "disable",
      entityType: "User",
      entityId: userId,
      before: { disabledAt: null },
      after: { disabledAt, sessionsEnded: ended.count },
    });
  });
}

export async function enableUser(db: Db, viewer: Viewer | null, input: { userId: string }): Promise<void> {
  const admin = assertRole(viewer, "ADMIN");
  const { userId } = parseOrThrow(userRefSchema, input);
  await db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (!user.disabledAt) return;
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await writeAudit(tx, {
      userId: admin.userId,
      action: "update",
      entityType: "User",
      entityId: userId,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: null },
    });
  });
}
