// The throttle's statements on both databases, driven by a given clock: what the sign-in hooks
// call before checking a password (claimLoginAttempt) and after a success (settleLoginSuccess).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  accountIpThrottleKey,
  claimLoginAttempt,
  ipThrottleKey,
  settleLoginSuccess,
  throttleKeys,
  THROTTLE_RULES,
} from "@/lib/auth/login-throttle";
import { eachDatabase } from "../setup/each-database";

const SEC = 1000;
const MIN = 60 * SEC;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe.each(eachDatabase())("login throttle on $name", ({ db }) => {
  const fresh = () => `Someone-${randomUUID().slice(0, 8)}@Example.test`;
  const freshIp = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const t0 = new Date("2026-11-30T12:00:00.000Z");
  const row = (key: string) => db.loginThrottle.findUniqueOrThrow({ where: { key } });

  it("allows 3 free failures, then waits 1 s, 2 s, 4 s …, refusing every attempt while waiting", async () => {
    const email = fresh();
    const keys = throttleKeys(email, null);
    const key = accountIpThrottleKey(email, null);
    for (let i = 0; i < 3; i++) expect(await claimLoginAttempt(db, keys, t0)).toBe(true);
    expect((await row(key)).lockedUntil).toBeNull();
    expect(await claimLoginAttempt(db, keys, t0)).toBe(true); // 4th failure earns the first wait
    expect((await row(key)).lockedUntil?.toISOString()).toBe(at(t0, SEC).toISOString());
    expect(await claimLoginAttempt(db, keys, at(t0, 999))).toBe(false);
    expect(await claimLoginAttempt(db, keys, at(t0, SEC))).toBe(true); // wait over: 5th failure, 2 s
    expect((await row(key)).lockedUntil?.toISOString()).toBe(at(t0, 3 * SEC).toISOString());
    expect(await claimLoginAttempt(db, keys, at(t0, 2.5 * SEC))).toBe(false);
    expect(await claimLoginAttempt(db, keys, at(t0, 3 * SEC))).toBe(true); // 6th, 4 s
    const sixth = await row(key);
    expect(sixth.failures).toBe(6); // refused attempts were not counted
    expect(sixth.lockedUntil?.toISOString()).toBe(at(t0, 7 * SEC).toISOString());
  });

  it("caps the wait at 15 minutes and forgets a key idle for a day", async () => {
    const email = fresh();
    const keys = throttleKeys(email, null);
    const key = accountIpThrottleKey(email, null);
    let now = t0;
    for (let i = 0; i < 20; i++) {
      expect(await claimLoginAttempt(db, keys, now)).toBe(true);
      now = (await row(key)).lockedUntil ?? now;
    }
    const capped = await row(key);
    expect(capped.failures).toBe(20);
    expect(capped.lockedUntil!.getTime() - capped.updatedAt.getTime()).toBe(15 * MIN);
    const dayLater = at(capped.updatedAt, 24 * 60 * MIN);
    expect(await claimLoginAttempt(db, keys, dayLater)).toBe(true);
    const restarted = await row(key);
    expect(restarted.failures).toBe(1);
    expect(restarted.lockedUntil).toBeNull();
  });

  it("counts concurrent attempts one by one: a burst gets the free tries and the first waiting one, no more", async () => {
    const email = fresh();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => claimLoginAttempt(db, throttleKeys(email, null), t0)),
    );
    expect(results.filter(Boolean)).toHaveLength(THROTTLE_RULES.accountIp.freeFailures + 1);
    expect((await row(accountIpThrottleKey(email, null))).failures).toBe(THROTTLE_RULES.accountIp.freeFailures + 1);
  });

  it("refuses every e-mail from an address past its own higher bar, without counting against the e-mail", async () => {
    const ip = freshIp();
    const bar = THROTTLE_RULES.ip.freeFailures;
    for (let i = 0; i <= bar; i++) expect(await claimLoginAttempt(db, throttleKeys(fresh(), ip), t0)).toBe(true);
    expect((await row(ipThrottleKey(ip))).lockedUntil?.toISOString()).toBe(at(t0, SEC).toISOString());
    const next = fresh();
    expect(await claimLoginAttempt(db, throttleKeys(next, ip), at(t0, 500))).toBe(false);
    // the refused claim rolled back: the new e-mail's key was not written
    expect(await db.loginThrottle.count({ where: { key: accountIpThrottleKey(next, ip) } })).toBe(0);
    // the same e-mail from another address is not affected
    expect(await claimLoginAttempt(db, throttleKeys(next, freshIp()), at(t0, 500))).toBe(true);
  });

  it("after a success, forgets the (account, address) key and gives the address its claim back", async () => {
    const ip = freshIp();
    const email = fresh();
    const keys = throttleKeys(email, ip);
    for (let i = 0; i < 3; i++) await claimLoginAttempt(db, keys, t0);
    await settleLoginSuccess(db, keys);
    expect(await db.loginThrottle.count({ where: { key: accountIpThrottleKey(email, ip) } })).toBe(0);
    expect((await row(ipThrottleKey(ip))).failures).toBe(2);
    // a success that pushed the address past its bar does not leave the address waiting
    await db.loginThrottle.update({
      where: { key: ipThrottleKey(ip) },
      data: { failures: THROTTLE_RULES.ip.freeFailures },
    });
    expect(await claimLoginAttempt(db, keys, at(t0, MIN))).toBe(true);
    expect((await row(ipThrottleKey(ip))).lockedUntil).not.toBeNull();
    await settleLoginSuccess(db, keys);
    const ipRow = await row(ipThrottleKey(ip));
    expect(ipRow.failures).toBe(THROTTLE_RULES.ip.freeFailures);
    expect(ipRow.lockedUntil).toBeNull();
  });
});
