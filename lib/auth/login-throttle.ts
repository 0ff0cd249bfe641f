// Failed sign-ins counted per key in the database, so every server instance sees the same count:
// "email:<lowercased address>" and "ip:<client address>". Too many failures within the window lock
// the key; while locked, even the right password is refused. Takes the client and the clock as
// parameters so tests can drive it.
import type { DbTx } from "../ingest/types";

export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60_000;

/**
 * Per e-mail: 5 failures within 15 minutes lock the address for 15 minutes. Per IP the bar is
 * higher, because many people can share one address (offices, NAT), but it still stops one
 * machine from walking through a list of e-mails.
 */
export const THROTTLE_RULES = {
  email: { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  ip: { maxFailures: 50, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleKey = { key: string; rule: ThrottleRule };

export function emailThrottleKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

export function ipThrottleKey(ip: string): string {
  return `ip:${ip}`;
}

/** The keys one sign-in attempt counts against. */
export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: emailThrottleKey(email), rule: THROTTLE_RULES.email }];
  if (ip) keys.push({ key: ipThrottleKey(ip), rule: THROTTLE_RULES.ip });
  return keys;
}

/** True when any of the keys is locked at `now`. */
export async function isLoginLocked(db: DbTx, keys: string[], now: Date): Promise<boolean> {
  const locked = await db.loginThrottle.count({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  return locked > 0;
}

/**
 * Counts one failure against each key, in one statement per key so concurrent failures on several
 * instances all count. A window that has passed, or a lock that has expired, starts a new count.
 */
export async function recordLoginFailure(db: DbTx, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const { key, rule } of keys) {
    const windowStart = new Date(now.getTime() - rule.windowMs);
    const lockUntil = new Date(now.getTime() + rule.lockMs);
    const firstLock = rule.maxFailures <= 1 ? lockUntil : null;
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" AS t ("key", "failures", "firstFailureAt", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, ${firstLock}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN t."firstFailureAt" <= ${windowStart} OR t."lockedUntil" <= ${now}
          THEN 1 ELSE t."failures" + 1 END,
        "firstFailureAt" = CASE WHEN t."firstFailureAt" <= ${windowStart} OR t."lockedUntil" <= ${now}
          THEN ${now} ELSE t."firstFailureAt" END,
        "lockedUntil" = CASE
          WHEN t."firstFailureAt" <= ${windowStart} OR t."lockedUntil" <= ${now} THEN ${firstLock}
          WHEN t."failures" + 1 >= ${rule.maxFailures} THEN ${lockUntil}
          ELSE t."lockedUntil" END,
        "updatedAt" = ${now}`;
  }
}

/** A successful sign-in forgets the e-mail's failures (the IP count stays: it may be shared). */
export async function clearLoginFailures(db: DbTx, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: emailThrottleKey(email) } });
}
