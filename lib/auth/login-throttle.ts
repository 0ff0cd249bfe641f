// Sign-in throttling with exponential backoff, counted in the database so every server instance
// sees the same state. Two kinds of key:
// - "email+ip:<lowercased e-mail>|<client address or unknown>": an attacker at one address slows
//   down only their own attempts on that account, never the owner signing in from elsewhere (a
//   hard per-account lock would let anyone lock out an admin);
// - "ip:<client address>": a much higher bar, so one machine cannot walk through many e-mails.
// IPv6 addresses count by their /64 network: one subscriber usually holds a whole /64 and could
// otherwise take a fresh address for every attempt.
// Attempts are claimed *before* the password is checked, and a waiting key refuses the claim, so
// a burst of parallel requests cannot slip past the count; a success gives its claim back.
// The clock is a parameter so tests can drive it.
import { isIP } from "node:net";
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";

export type BackoffRule = {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** Wait after the first failure beyond the free ones; each further failure doubles it. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** A key with no attempt for this long starts again from zero (longer than maxWaitMs). */
  forgetAfterMs: number;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const THROTTLE_RULES = {
  /** Per (account, address): 3 free failures, then 1 s, 2 s, 4 s … up to 15 minutes between tries. */
  accountIp: { freeFailures: 3, firstWaitMs: SECOND, maxWaitMs: 15 * MINUTE, forgetAfterMs: 24 * HOUR },
  /** Per address: high, because many people can share one (offices, NAT). */
  ip: { freeFailures: 50, firstWaitMs: SECOND, maxWaitMs: 15 * MINUTE, forgetAfterMs: HOUR },
} as const satisfies Record<string, BackoffRule>;

export type ThrottleKey = { kind: keyof typeof THROTTLE_RULES; key: string; rule: BackoffRule };

/** The wait a key gets once it holds `failures` counted failures (0 while within the free ones). */
export function backoffWaitMs(failures: number, rule: BackoffRule): number {
  const beyond = failures - rule.freeFailures;
  if (beyond <= 0) return 0;
  return Math.min(rule.firstWaitMs * 2 ** Math.min(beyond - 1, 40), rule.maxWaitMs);
}

/** The address a throttle key counts: the address itself, or an IPv6 address's /64 network. */
export function throttleAddress(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  // An embedded IPv4 tail ("::ffff:1.2.3.4") takes two groups; it never reaches the first four.
  const groupsOf = (s: string) => (s ? s.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const [head = "", tail] = ip.split("::");
  const headGroups = groupsOf(head);
  const groups =
    tail === undefined
      ? headGroups
      : [...headGroups, ...Array<string>(8 - headGroups.length - groupsOf(tail).length).fill("0"), ...groupsOf(tail)];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

export function accountIpThrottleKey(email: string, ip: string | null): string {
  return `email+ip:${email.trim().toLowerCase()}|${ip ? throttleAddress(ip) : "unknown"}`;
}

export function ipThrottleKey(ip: string): string {
  return `ip:${throttleAddress(ip)}`;
}

/** The keys one sign-in attempt counts against: the (account, address) key first, then the address. */
export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [
    { kind: "accountIp", key: accountIpThrottleKey(email, ip), rule: THROTTLE_RULES.accountIp },
  ];
  if (ip) keys.push({ kind: "ip", key: ipThrottleKey(ip), rule: THROTTLE_RULES.ip });
  return keys;
}

/**
 * One statement per key, so concurrent attempts on several instances are counted one by one: a
 * key that is not waiting counts the attempt as a failure (from 1 again when it was idle for
 * `forgetAfterMs`) and gets the wait its new count earns; a waiting key is left as it is and
 * returns no row. Waiting attempts are not counted, so hammering a waiting key does not extend it.
 * `updatedAt` therefore holds the time of the last counted attempt.
 */
function claimStatement({ key, rule }: ThrottleKey, now: Date): Prisma.Sql {
  const idle = Prisma.sql`t."updatedAt" <= ${new Date(now.getTime() - rule.forgetAfterMs)}`;
  const count = Prisma.sql`(CASE WHEN ${idle} THEN 1 ELSE t."failures" + 1 END)`;
  const firstWait = backoffWaitMs(1, rule);
  const exponent = Prisma.sql`LEAST(${count} - ${rule.freeFailures} - 1, 40)`;
  return Prisma.sql`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "firstFailureAt", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, ${firstWait > 0 ? new Date(now.getTime() + firstWait) : null}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${count},
      "firstFailureAt" = CASE WHEN ${idle} THEN ${now} ELSE t."firstFailureAt" END,
      "lockedUntil" = CASE WHEN ${count} <= ${rule.freeFailures} THEN NULL
        ELSE CAST(${now} AS timestamp(3)) + LEAST(
          ${rule.firstWaitMs}::float8 * power(2::float8, ${exponent}::float8), ${rule.maxWaitMs}::float8
        ) * INTERVAL '1 millisecond' END,
      "updatedAt" = ${now}
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}
    RETURNING t."failures"`;
}

class KeyWaiting extends Error {}

/**
 * Claims one sign-in attempt on every key, counting it as a failure up front. False when any key
 * is still waiting: then nothing is counted (the transaction rolls back) and the attempt must be
 * refused, whatever the password. Keys are always taken in the same order, so claims on shared
 * keys cannot deadlock.
 */
export async function claimLoginAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<boolean> {
  try {
    await db.$transaction(async (tx) => {
      for (const key of keys) {
        const rows = await tx.$queryRaw<{ failures: number }[]>(claimStatement(key, now));
        if (rows.length === 0) throw new KeyWaiting();
      }
    });
    return true;
  } catch (err) {
    if (err instanceof KeyWaiting) return false;
    throw err;
  }
}

/**
 * After a successful sign-in: the (account, address) key is forgotten; the address key gets its
 * claim back (a right password is no failure), and loses a wait that this claim alone caused.
 */
export async function settleLoginSuccess(db: DbTx, keys: ThrottleKey[]): Promise<void> {
  for (const { kind, key, rule } of keys) {
    if (kind === "accountIp") {
      await db.loginThrottle.deleteMany({ where: { key } });
      continue;
    }
    await db.$executeRaw`
      UPDATE "LoginThrottle" SET
        "failures" = GREATEST("failures" - 1, 0),
        "lockedUntil" = CASE WHEN "failures" - 1 <= ${rule.freeFailures} THEN NULL ELSE "lockedUntil" END
      WHERE "key" = ${key}`;
  }
}
