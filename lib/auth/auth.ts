// better-auth, configured once: email + password against the Prisma tables, database sessions
// (no cookie cache, so deleting a Session row ends it on the next request), no public sign-up.
// The login throttle runs in `hooks`, so it applies to every way of calling /sign-in/email.
// There is deliberately no `app/api/auth/[...all]` route: the app signs in and out through server
// actions calling `auth.api.*`, so none of better-auth's HTTP endpoints are reachable.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb, type Db } from "../db";
import { getEnv, type Env } from "../env";
import { signInHooks } from "./sign-in-hooks";

const DEV_ONLY_SECRET = "frontier-monitor-dev-and-test-only-secret-do-not-use";

/** The signing secret: required in production; a fixed, loudly-announced fallback elsewhere. */
export function resolveAuthSecret(env: Env): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("BETTER_AUTH_SECRET is required in production (32+ random characters, e.g. `openssl rand -base64 32`).");
  }
  console.warn("[auth] BETTER_AUTH_SECRET is not set: using the fixed development/test secret. Never deploy like this.");
  return DEV_ONLY_SECRET;
}

export function createAuth(db: Db, env: Env) {
  const production = env.NODE_ENV === "production";
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
      useSecureCookies: production,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: production, path: "/" },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled user never gets a session, whichever path signs them in.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            return user && !user.disabledAt ? undefined : false;
          },
        },
      },
    },
    hooks: signInHooks(db),
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
