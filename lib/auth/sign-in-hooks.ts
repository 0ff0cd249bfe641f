// Hooks around better-auth's /sign-in/email endpoint. better-auth runs them for `auth.api.signInEmail`
// calls and for HTTP requests alike, so the throttle cannot be bypassed by another entry point.
// - before: claim the attempt on the (account, client address) key and the address key
//   (lib/auth/login-throttle.ts); a key still in its backoff wait refuses, with the same message as
//   a wrong password. The claim already counts the attempt as a failure;
// - after, on failure: nothing more to count, only the one generic message;
// - after, on success: give the claim back, end the session the browser held before (session
//   rotation: the old token stops working), and write an audit row.
// The client address comes from lib/auth/client-ip.ts, never from better-auth's own reading of
// forwarded headers (which any client can send).
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { Db } from "../db";
import { writeAudit } from "../audit/write-audit";
import { clientIp, type ClientIpRule } from "./client-ip";
import { claimLoginAttempt, settleLoginSuccess, throttleKeys } from "./login-throttle";

/** The one message every failed sign-in gets: no hint whether the account exists, is disabled or throttled. */
export const SIGN_IN_FAILED =
  "That e-mail and password did not match an active account, or too many attempts were made. Try again later.";

const SIGN_IN_PATH = "/sign-in/email";

export type SignInHookOptions = {
  ipRule: ClientIpRule;
  /** The throttle's clock; tests pass their own. */
  now?: () => Date;
};

function readEmail(body: unknown): string | null {
  if (!body || typeof body !== "object" || !("email" in body)) return null;
  return typeof body.email === "string" ? body.email : null;
}

/** Headers of a better-auth endpoint or database-hook context (server action calls carry `headers`). */
export function contextHeaders(ctx: { headers?: Headers; request?: Request } | null | undefined): Headers | null {
  return ctx?.headers ?? ctx?.request?.headers ?? null;
}

export function signInHooks(db: Db, { ipRule, now = () => new Date() }: SignInHookOptions) {
  const failed = () => new APIError("UNAUTHORIZED", { message: SIGN_IN_FAILED, code: "SIGN_IN_FAILED" });
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = readEmail(ctx.body);
      if (!email) return;
      const keys = throttleKeys(email, clientIp(contextHeaders(ctx), ipRule));
      if (!(await claimLoginAttempt(db, keys, now()))) throw failed();
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN_PATH) return;
      const email = readEmail(ctx.body);
      if (!email) return;
      const newSession = ctx.context.newSession;
      if (isAPIError(ctx.context.returned) || !newSession) throw failed();
      // Same headers as the before hook, so the same keys.
      const keys = throttleKeys(email, clientIp(contextHeaders(ctx), ipRule));
      const previousToken = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
      await db.$transaction(async (tx) => {
        await settleLoginSuccess(tx, keys);
        if (previousToken && previousToken !== newSession.session.token) {
          await tx.session.deleteMany({ where: { token: previousToken } });
        }
        // ipAddress was set by auth.ts's session hook with the same client-ip rule.
        await writeAudit(tx, {
          userId: newSession.user.id,
          action: "sign-in",
          entityType: "Session",
          entityId: newSession.session.id,
          after: { ipAddress: newSession.session.ipAddress || null, userAgent: newSession.session.userAgent ?? null },
        });
      });
    }),
  };
}
