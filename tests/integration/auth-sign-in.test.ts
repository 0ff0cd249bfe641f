// Sign-in through better-auth itself (auth.api.signInEmail, the call the login form makes), with
// the disabled-user and rotation hooks, on both databases. The throttle and the client-IP rule:
// auth-sign-in-throttle.test.ts.
import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/auth";
import { createUserWithPassword } from "@/lib/auth/create-user";
import { SIGN_IN_FAILED } from "@/lib/auth/sign-in-hooks";
import { parseEnv } from "@/lib/env";
import { eachDatabase } from "../setup/each-database";

const env = parseEnv({
  NODE_ENV: "test",
  BETTER_AUTH_SECRET: "integration-test-secret-0123456789abcdef",
  SITE_URL: "http://localhost:3000",
});

describe.each(eachDatabase())("sign-in on $name", ({ db }) => {
  const auth = createAuth(db, env);
  const newUser = async (role: "ADMIN" | "EDITOR" | "VIEWER" = "EDITOR") => {
    const password = `pw-${randomUUID()}`;
    const user = await createUserWithPassword(db, {
      email: `signin-${randomUUID().slice(0, 8)}@example.test`,
      name: "Sign In",
      role,
      password,
    });
    return { ...user, password };
  };
  // no client IP header is trusted here (AUTH_CLIENT_IP_HEADER unset), so the address is ignored
  const headersFrom = (ip: string, cookie?: string) =>
    new Headers({ "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) });
  const randomIp = () =>
    `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const signIn = (email: string, password: string, headers = headersFrom(randomIp())) =>
    auth.api.signInEmail({ body: { email, password }, headers, returnHeaders: true });
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e as { message?: string; statusCode?: number },
    );
    expect(err, "sign-in should fail").not.toBeNull();
    return { message: err!.message, status: err!.statusCode };
  };
  const cookieOf = (headers: Headers) =>
    headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

  it("signs in with the password stored by createUserWithPassword and creates a database session", async () => {
    const u = await newUser();
    const account = await db.account.findFirstOrThrow({ where: { userId: u.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: u.password })).toBe(true);
    const { headers, response } = await signIn(u.email.toUpperCase(), u.password);
    expect(response.user.email).toBe(u.email);
    const setCookie = headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(headers) }) });
    expect(session?.user.id).toBe(u.id);
    expect(session?.user.role).toBe("EDITOR");
    expect(await db.auditLog.count({ where: { action: "sign-in", userId: u.id } })).toBe(1);
  });

  it("gives the same message for a wrong password, an unknown e-mail and a disabled user", async () => {
    const u = await newUser();
    const wrong = await failure(signIn(u.email, "not-the-password-at-all"));
    const unknown = await failure(signIn(`nobody-${randomUUID()}@example.test`, "whatever-password-1"));
    await db.user.update({ where: { id: u.id }, data: { disabledAt: new Date() } });
    const disabled = await failure(signIn(u.email, u.password));
    expect(wrong).toEqual({ message: SIGN_IN_FAILED, status: 401 });
    expect(unknown).toEqual(wrong);
    expect(disabled).toEqual(wrong);
    expect(await db.session.count({ where: { userId: u.id } })).toBe(0);
  });

  it("rotates the session at sign-in: the browser's previous session is ended", async () => {
    const u = await newUser();
    const ip = randomIp();
    const first = await signIn(u.email, u.password, headersFrom(ip));
    const oldCookie = cookieOf(first.headers);
    const second = await signIn(u.email, u.password, headersFrom(ip, oldCookie));
    expect(cookieOf(second.headers)).not.toBe(oldCookie);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: oldCookie }) })).toBeNull();
    expect((await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(second.headers) }) }))?.user.id).toBe(
      u.id,
    );
    expect(await db.session.count({ where: { userId: u.id } })).toBe(1);
  });

  it("stops a session at once when its row is deleted (no cookie cache)", async () => {
    const u = await newUser();
    const { headers } = await signIn(u.email, u.password);
    const cookie = new Headers({ cookie: cookieOf(headers) });
    expect(await auth.api.getSession({ headers: cookie })).not.toBeNull();
    await db.session.deleteMany({ where: { userId: u.id } });
    expect(await auth.api.getSession({ headers: cookie })).toBeNull();
  });

  it("has no public sign-up", async () => {
    const email = `signup-${randomUUID().slice(0, 8)}@example.test`;
    await failure(
      auth.api.signUpEmail({
        body: { email, password: "a-long-enough-password", name: "X" },
        headers: headersFrom(randomIp()),
      }),
    );
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
