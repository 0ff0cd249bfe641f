// The sign-in throttle and the client-IP rule through better-auth itself (auth.api.signInEmail, the
// call the login form makes), on both databases, with the throttle's clock in the test's hand.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/auth";
import { createUserWithPassword } from "@/lib/auth/create-user";
import { accountIpThrottleKey, ipThrottleKey } from "@/lib/auth/login-throttle";
import { SIGN_IN_FAILED } from "@/lib/auth/sign-in-hooks";
import { parseEnv } from "@/lib/env";
import { eachDatabase } from "../setup/each-database";

const base = {
  NODE_ENV: "test",
  BETTER_AUTH_SECRET: "integration-test-secret-0123456789abcdef",
  SITE_URL: "http://localhost:3000",
};
const noHeaderTrusted = parseEnv(base);
const behindOneProxy = parseEnv({ ...base, AUTH_CLIENT_IP_HEADER: "x-forwarded-for", AUTH_TRUSTED_PROXY_HOPS: "1" });

describe.each(eachDatabase())("sign-in throttle through better-auth on $name", ({ db }) => {
  let clock = new Date();
  const tick = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  const direct = createAuth(db, noHeaderTrusted, { now: () => clock });
  const proxied = createAuth(db, behindOneProxy, { now: () => clock });
  type Auth = typeof direct;

  const newUser = async () => {
    const password = `pw-${randomUUID()}`;
    const user = await createUserWithPassword(db, {
      email: `throttle-${randomUUID().slice(0, 8)}@example.test`,
      name: "Throttled",
      role: "EDITOR",
      password,
    });
    return { ...user, password };
  };
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const randomIp = () => `203.0.${octet()}.${octet()}`;
  const xff = (chain: string) => new Headers({ "x-forwarded-for": chain });
  const signIn = (auth: Auth, email: string, password: string, headers: Headers) =>
    auth.api.signInEmail({ body: { email, password }, headers });
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e as { message?: string; statusCode?: number },
    );
    expect(err, "sign-in should fail").not.toBeNull();
    return { message: err!.message, status: err!.statusCode };
  };
  const refused = { message: SIGN_IN_FAILED, status: 401 };
  const throttleRow = (key: string) => db.loginThrottle.findUnique({ where: { key } });
  const signInAudit = async (userId: string) =>
    (await db.auditLog.findFirstOrThrow({ where: { action: "sign-in", userId }, orderBy: { createdAt: "desc" } }))
      .after as { ipAddress: string | null };

  it("with no header trusted, a spoofed X-Forwarded-For changes nothing: every attempt counts on the unknown address", async () => {
    const u = await newUser();
    const spoofed = Array.from({ length: 4 }, randomIp);
    for (const ip of spoofed)
      expect(await failure(signIn(direct, u.email, "wrong-password-x", xff(ip)))).toEqual(refused);
    expect((await throttleRow(accountIpThrottleKey(u.email, null)))?.failures).toBe(4);
    for (const ip of spoofed) {
      expect(await throttleRow(accountIpThrottleKey(u.email, ip))).toBeNull();
      expect(await throttleRow(ipThrottleKey(ip))).toBeNull();
    }
    // yet another spoofed address does not escape the wait
    expect(await failure(signIn(direct, u.email, u.password, xff(randomIp())))).toEqual(refused);
    tick(1000);
    const session = await signIn(direct, u.email, u.password, xff(randomIp()));
    expect(await throttleRow(accountIpThrottleKey(u.email, null))).toBeNull();
    // nor is it recorded as the session's or the audit row's address
    expect((await db.session.findUniqueOrThrow({ where: { token: session.token! } })).ipAddress).toBeNull();
    expect((await signInAudit(u.id)).ipAddress).toBeNull();
  });

  it("behind one proxy, takes the rightmost X-Forwarded-For address and ignores what the client prepended", async () => {
    const u = await newUser();
    const real = randomIp();
    await failure(signIn(proxied, u.email, "wrong-password-x", xff(`6.6.6.6, ${real}`)));
    await failure(signIn(proxied, u.email, "wrong-password-y", xff(`7.7.7.7, 8.8.8.8, ${real}`)));
    expect((await throttleRow(accountIpThrottleKey(u.email, real)))?.failures).toBe(2);
    expect((await throttleRow(ipThrottleKey(real)))?.failures).toBe(2);
    expect(
      await db.loginThrottle.count({
        where: { OR: ["6.6.6.6", "7.7.7.7", "8.8.8.8"].map((ip) => ({ key: { contains: ip } })) },
      }),
    ).toBe(0);
    const session = await signIn(proxied, u.email, u.password, xff(`9.9.9.9, ${real}`));
    expect((await db.session.findUniqueOrThrow({ where: { token: session.token! } })).ipAddress).toBe(real);
    expect((await signInAudit(u.id)).ipAddress).toBe(real);
    expect(await throttleRow(accountIpThrottleKey(u.email, real))).toBeNull();
  });

  it("an attacker failing again and again from one address does not stop the owner at another", async () => {
    const u = await newUser();
    const attacker = randomIp();
    for (let i = 0; i < 10; i++) {
      const waitUntil = (await throttleRow(accountIpThrottleKey(u.email, attacker)))?.lockedUntil;
      if (waitUntil) clock = waitUntil; // each guess as soon as the wait allows
      await failure(signIn(proxied, u.email, `guess-${i}`, xff(attacker)));
    }
    expect((await throttleRow(accountIpThrottleKey(u.email, attacker)))?.failures).toBe(10);
    // the attacker's address is waiting now: the right password from there is refused
    expect(await failure(signIn(proxied, u.email, u.password, xff(attacker)))).toEqual(refused);
    // the owner, elsewhere, at the same moment
    const owner = randomIp();
    const session = await signIn(proxied, u.email, u.password, xff(`${attacker}, ${owner}`));
    expect(session.user.id).toBe(u.id);
  });

  it("a waiting (account, address) key refuses even the right password until its wait, which grows, has passed", async () => {
    const u = await newUser();
    const ip = randomIp();
    for (let i = 0; i < 4; i++) await failure(signIn(proxied, u.email, `wrong-${i}`, xff(ip)));
    const first = await throttleRow(accountIpThrottleKey(u.email, ip));
    expect(first!.lockedUntil!.getTime() - clock.getTime()).toBe(1000);
    expect(await failure(signIn(proxied, u.email, u.password, xff(ip)))).toEqual(refused);
    expect(await db.session.count({ where: { userId: u.id } })).toBe(0);
    tick(1000);
    await failure(signIn(proxied, u.email, "wrong-again", xff(ip)));
    const second = await throttleRow(accountIpThrottleKey(u.email, ip));
    expect(second!.lockedUntil!.getTime() - clock.getTime()).toBe(2000);
    tick(1999);
    expect(await failure(signIn(proxied, u.email, u.password, xff(ip)))).toEqual(refused);
    expect(await db.session.count({ where: { userId: u.id } })).toBe(0);
    tick(1);
    await signIn(proxied, u.email, u.password, xff(ip));
    expect(await db.session.count({ where: { userId: u.id } })).toBe(1);
    expect(await throttleRow(accountIpThrottleKey(u.email, ip))).toBeNull();
  });
});
