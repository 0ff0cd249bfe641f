// Hooks around better-auth's /sign-in/email endpoint. better-auth runs them for `auth.api.signInEmail`
// calls and for HTTP requests alike, so the throttle cannot be bypassed by another entry point.
// - before: refuse while the e-mail or the client IP is locked (same message as a wrong password);
// - after, on failure: count the failure against both keys;
// - after, on success: forget the e-mail's failures, end the session the browser held before
//   (session rotation: the old token stops working), and write an audit row.
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import type { Db } from "../db";
import { writeAudit } from "../audit/write-audit";
import { clearLoginFailures, isLoginLocked, recordLoginFailure, throttleKeys } from "./login-throttle";

/** The one message every failed sign-in gets: no hint whether the account exists, is disabled or locked. */
export const SIGN_IN_FAILED = "That e-mail and password did not match an active account, or too many attempts were made. Try again later.";

const SIGN_IN_PATH = "/sign-in/email";

function readEmail(body: unknown): string | null {
  if (!body || typeof body !== "object" || !("email" in body)) return null;
  return typeof body.email === "string" ? body.email : null;
}

export function signInHooks(db: Db) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = readEmail(ctx.body);
      if (!email) return;
      const ip = getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options);
      const keys = throttleKeys(email, ip).map((k) => k.key);
      if (await isLoginLocked(db, keys, new Date())) {
        throw new APIError("UNAUTHORIZED", { message: SIGN_IN_FAILED, code: "SIGN_IN_FAILED" });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = readEmail(ctx.body);
      if (!email) return;
      const ip = getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options);
      const newSession = ctx.context.newSession;
      if (isAPIError(ctx.context.returned) || !newSession) {
        await recordLoginFailure(db, throttleKeys(email, ip), new Date());
        throw new APIError("UNAUTHORIZED", { message: SIGN_IN_FAILED, code: "SIGN_IN_FAILED" });
      }
      const previousToken = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
      await db.$transaction(async (tx) => {
        await clearLoginFailures(tx, email);
        if (previousToken && previousToken !== newSession.session.token) {
          await tx.session.deleteMany({ where: { token: previousToken } });
        }
        await writeAudit(tx, {
          userId: newSession.user.id, action: "sign-in", entityType: "Session", entityId: newSession.session.id,
          after: { ipAddress: newSession.session.ipAddress ?? null, userAgent: newSession.session.userAgent ?? null },
        });
      });
    }),
  };
}
