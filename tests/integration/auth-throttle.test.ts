import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  clearLoginFailures, emailThrottleKey, isLoginLocked, recordLoginFailure, throttleKeys, THROTTLE_RULES,
} from "@/lib/auth/login-throttle";
import { eachDatabase } from "../setup/each-database";

const MIN = 60_000;
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MIN);

describe.each(eachDatabase())("login throttle on $name", ({ db }) => {
  const fresh = () => `Someone-${randomUUID().slice(0, 8)}@Example.test`;
  const t0 = new Date("2026-11-30T12:00:00.000Z");

  it("keys by lowercased e-mail and by IP", () => {
    expect(throttleKeys("  Ada@Example.TEST ", "203.0.113.9").map((k) => k.key)).toEqual(["email:ada@example.test", "ip:203.0.113.9"]);
    expect(throttleKeys("ada@example.test", null).map((k) => k.key)).toEqual(["email:ada@example.test"]);
  });

  it("locks an e-mail after 5 failures within 15 minutes, for 15 minutes from the 5th", async () => {
    const email = fresh();
    const keys = throttleKeys(email, null);
    const key = [emailThrottleKey(email)];
    for (let i = 0; i < 4; i++) await recordLoginFailure(db, keys, at(t0, i));
    expect(await isLoginLocked(db, key, at(t0, 4))).toBe(false);
    await recordLoginFailure(db, keys, at(t0, 4)); // 5th failure, at t0+4
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: key[0] } });
    expect(row.failures).toBe(5);
    expect(row.lockedUntil?.toISOString()).toBe(at(t0, 19).toISOString());
    expect(await isLoginLocked(db, key, at(t0, 4))).toBe(true);
    expect(await isLoginLocked(db, key, at(t0, 18.9))).toBe(true);
    // the lock expires by itself
    expect(await isLoginLocked(db, key, at(t0, 19))).toBe(false);
    // a failure after expiry starts a new count instead of locking again at once
    await recordLoginFailure(db, keys, at(t0, 20));
    const after = await db.loginThrottle.findUniqueOrThrow({ where: { key: key[0] } });
    expect(after.failures).toBe(1);
    expect(after.lockedUntil).toBeNull();
    expect(await isLoginLocked(db, key, at(t0, 20))).toBe(false);
  });

  it("does not lock when the failures are spread beyond the window", async () => {
    const email = fresh();
    const keys = throttleKeys(email, null);
    for (const m of [0, 5, 10, 14]) await recordLoginFailure(db, keys, at(t0, m));
    await recordLoginFailure(db, keys, at(t0, 16)); // the window of the first failure has passed
    expect(await isLoginLocked(db, [emailThrottleKey(email)], at(t0, 16))).toBe(false);
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: emailThrottleKey(email) } });
    expect(row.failures).toBe(1);
  });

  it("locks an IP only after its own, higher limit, and a success clears the e-mail but not the IP", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
    const email = fresh();
    for (let i = 0; i < THROTTLE_RULES.ip.maxFailures - 1; i++) await recordLoginFailure(db, throttleKeys(fresh(), ip), at(t0, 0));
    expect(await isLoginLocked(db, [`ip:${ip}`], at(t0, 1))).toBe(false);
    await recordLoginFailure(db, throttleKeys(email, ip), at(t0, 1));
    expect(await isLoginLocked(db, [`ip:${ip}`], at(t0, 1))).toBe(true);
    // a different e-mail from that IP is refused too
    expect(await isLoginLocked(db, throttleKeys(fresh(), ip).map((k) => k.key), at(t0, 2))).toBe(true);
    await clearLoginFailures(db, email.toUpperCase());
    expect(await db.loginThrottle.count({ where: { key: emailThrottleKey(email) } })).toBe(0);
    expect(await db.loginThrottle.count({ where: { key: `ip:${ip}` } })).toBe(1);
  });

  it("counts concurrent failures without losing any", async () => {
    const email = fresh();
    await Promise.all(Array.from({ length: 4 }, () => recordLoginFailure(db, throttleKeys(email, null), t0)));
    const row = await db.loginThrottle.findUniqueOrThrow({ where: { key: emailThrottleKey(email) } });
    expect(row.failures).toBe(4);
  });
});
