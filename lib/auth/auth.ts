// better-auth, configured once: email + password against the Prisma tables, database sessions
// (no cookie cache, so deleting a Session row ends it on the next request), no public sign-up.
// The login throttle runs in `hooks`, so it applies to every way of calling /sign-in/email.
// better-auth's own IP tracking is off: it trusts X-Forwarded-For's single value by default (any
// client can send it) and cannot count proxy hops, so the one rule in client-ip.ts supplies the
// IP for the throttle and for sessions (and so the sign-in audit row).
// There is deliberately no `app/api/auth/[...all]` route: the app signs in and out through server
// actions calling `auth.api.*`, so none of better-auth's HTTP endpoints are reachable.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb, type Db } from "../db";
import { getEnv, type Env } from "../env";
import { MISSING_SECRET_MESSAGE } from "./auth-secret";
import { clientIp, clientIpRule } from "./client-ip";
import { contextHeaders, signInHooks } from "./sign-in-hooks";

const DEV_ONLY_SECRET = "frontier-monitor-dev-and-test-only-secret-do-not-use";

/** The signing secret: required in production; a fixed, loudly-announced fallback elsewhere. */
export function resolveAuthSecret(env: Env): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error(MISSING_SECRET_MESSAGE);
  console.warn(
    "[auth] BETTER_AUTH_SECRET is not set: using the fixed development/test secret. Never deploy like this.",
  );
  return DEV_ONLY_SECRET;
}

/** `now`: the sign-in throttle's clock, for tests. */
export function createAuth(db: Db, env: Env, options: { now?: () => Date } = {}) {
  const production = env.NODE_ENV === "production";
  const ipRule = clientIpRule(env);
  if (production && !ipRule.header) {
    console.warn(
      "[auth] No client IP header is trusted (AUTH_CLIENT_IP_HEADER): the sign-in throttle counts every client as one unknown address per account. Set it behind your proxy.",
    );
  }
  return betterAuth({
    appName: "Frontier Monitor",
    baseURL: env.SITE_URL,
    secret: resolveAuthSecret(env),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "VIEWER" },
        disabledAt: { type: "date", input: false, required: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // Off on purpose: a cached session cookie would keep a revoked session alive until it expired.
      cookieCache: { enabled: false },
    },
    rateLimit: { enabled: true, storage: "database", modelName: "rateLimit", window: 60, max: 100 },
    advanced: {
      ipAddress: { disableIpTracking: true },
      useSecureCookies: production,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: production, path: "/" },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled user never gets a session, whichever path signs them in. The session's IP
          // follows the same rule as the throttle (better-auth's own tracking is off).
          before: async (session, ctx) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user || user.disabledAt) return false;
            return { data: { ipAddress: clientIp(contextHeaders(ctx), ipRule) } };
          },
        },
      },
    },
    hooks: signInHooks(db, { ipRule, now: options.now }),
    telemetry: { enabled: false },
    // nextCookies must be the last plugin: it copies Set-Cookie headers into Next's cookies().
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { frontierAuth?: Auth };

/** The app's auth instance, created on first use (not at import, so `next build` needs no secret). */
export function getAuth(): Auth {
  globalForAuth.frontierAuth ??= createAuth(getDb(), getEnv());
  return globalForAuth.frontierAuth;
}
