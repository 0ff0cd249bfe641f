// Sessions and own-account changes. Sessions live in the database only (no cookie cache), so
// deleting a row ends that session on its next request. Every function checks the role itself and
// audits in the same transaction. Tokens never leave this module.
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { z } from "zod";
import type { Db } from "../db/create-client";
import { writeAudit } from "../audit/write-audit";
import { AccessDenied, assertRole, type Viewer } from "../access/authorize";
import { InvalidInput, parseOrThrow, passwordSchema } from "./create-user";

export type SessionRow = {
  id: string;
  userId: string;
  email: string;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
};

const sessionSelect = {
  id: true,
  userId: true,
  createdAt: true,
  updatedAt: true,
  expiresAt: true,
  ipAddress: true,
  userAgent: true,
  user: { select: { email: true, name: true } },
} as const;

export const sessionRefSchema = z.object({ sessionId: z.string({ error: "Choose a session." }).min(1).max(128) });

export const passwordChangeSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, { error: "Enter your current password." }),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two new passwords differ.",
  });

async function listSessions(db: Db, viewer: Viewer, where: { userId?: string }): Promise<SessionRow[]> {
  const rows = await db.session.findMany({
    where: { ...where, expiresAt: { gt: new Date() } },
    orderBy: { updatedAt: "desc" },
    select: sessionSelect,
  });
  return rows.map(({ user, ...s }) => ({
    ...s,
    email: user.email,
    name: user.name,
    current: s.id === viewer.sessionId,
  }));
}

/** Every live session of every user (admins). */
export async function listAllSessions(db: Db, viewer: Viewer | null): Promise<SessionRow[]> {
  return listSessions(db, assertRole(viewer, "ADMIN"), {});
}

/** The viewer's own live sessions. */
export async function listOwnSessions(db: Db, viewer: Viewer | null): Promise<SessionRow[]> {
  const v = assertRole(viewer, "VIEWER");
  return listSessions(db, v, { userId: v.userId });
}

/** Ends one session: an admin may end anyone's, everybody else only their own. */
export async function endSession(db: Db, viewer: Viewer | null, input: { sessionId: string }): Promise<void> {
  const v = assertRole(viewer, "VIEWER");
  const { sessionId } = parseOrThrow(sessionRefSchema, input);
  await db.$transaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id: sessionId }, select: { id: true, userId: true } });
    if (!session) return;
    if (session.userId !== v.userId && v.role !== "ADMIN") throw new AccessDenied(403);
    await tx.session.delete({ where: { id: sessionId } });
    await writeAudit(tx, {
      userId: v.userId,
      action: "revoke-session",
      entityType: "Session",
      entityId: sessionId,
      before: { userId: session.userId },
    });
  });
}

/** "Sign out everywhere": deletes every session of the viewer, this one included. */
export async function signOutEverywhere(db: Db, viewer: Viewer | null): Promise<number> {
  const v = assertRole(viewer, "VIEWER");
  return db.$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { userId: v.userId } });
    await writeAudit(tx, {
      userId: v.userId,
      action: "revoke-session",
      entityType: "User",
      entityId: v.userId,
      after: { sessionsEnded: ended.count },
    });
    return ended.count;
  });
}

/** Changes the viewer's password after checking the current one, and ends their other sessions. */
export async function changeOwnPassword(db: Db, viewer: Viewer | null, input: Record<string, unknown>): Promise<void> {
  const v = assertRole(viewer, "VIEWER");
  const data = parseOrThrow(passwordChangeSchema, input);
  const account = await db.account.findFirst({
    where: { userId: v.userId, providerId: "credential" },
    select: { id: true, password: true },
  });
  const matches = account?.password
    ? await verifyPassword({ hash: account.password, password: data.currentPassword })
    : false;
  if (!account || !matches) throw new InvalidInput({ currentPassword: ["That is not your current password."] });
  const hash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    const ended = await tx.session.deleteMany({ where: { userId: v.userId, id: { not: v.sessionId } } });
    await writeAudit(tx, {
      userId: v.userId,
      action: "update",
      entityType: "Account",
      entityId: account.id,
      after: { passwordChanged: true, otherSessionsEnded: ended.count },
    });
  });
}
