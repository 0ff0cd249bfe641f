// The security probe, kept: real HTTP against the production build (the e2e server), as an attacker
// or a careless client would send it. The access matrix of pages, routes and actions per role is
// tests/e2e/admin-access.spec.ts; this file covers what that one does not:
// - prototype-shaped field names posted to every server action, by every kind of caller;
// - malformed action calls and foreign origins;
// - fuzz of every public query parameter and path, and of the admin API's fields;
// - two users signed in at once, requested in parallel, never seeing each other's page;
// - large anonymous bodies.
// Each test asserts 0 responses ≥ 500, 0 unintended writes (row counts of every table) and
// 0 cross-user leaks; the totals are printed at the end for the closing note.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { listServerActions } from "./action-manifest";
import { countRows, e2eDb, signedInUsers, type TestUser } from "./auth-helpers";
import { FUZZ_NAMES, FUZZ_VALUES, PUBLIC_TARGETS } from "./security-fuzz";

test.describe.configure({ mode: "serial" });

type Caller = { label: string; cookie?: string };
const tally = { requests: 0, serverErrors: [] as string[], unintendedWrites: 0, leaks: 0 };
const users: Record<string, TestUser & { cookie: string }> = {};
const FORGED = "better-auth.session_token=forged-session-token.Zm9yZ2VkLXNpZ25hdHVyZQ%3D%3D";

/**
 * Counts a response; a status ≥ 500 is a server error, and so is a streamed page whose section
 * failed (status 200, but the HTML carries the numeric digest of a server exception; redirects and
 * not-found carry named digests instead).
 */
async function record(res: APIResponse, label: string) {
  tally.requests += 1;
  if (res.status() >= 500) return void tally.serverErrors.push(`${res.status()} ${label}`);
  if (!(res.headers()["content-type"] ?? "").includes("text/html")) return;
  const digest = (await res.text().catch(() => "")).match(/data-dgst="(\d+)"|digest\\?":\\?"(\d+)/);
  if (digest) tally.serverErrors.push(`streamed server error ${digest[1] ?? digest[2]} ${label}`);
}

/** Runs `jobs` with at most `width` in flight (the server is shared with nothing else). */
async function inParallel<T>(jobs: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]!();
      }
    }),
  );
  return results;
}

async function publicTotal(request: APIRequestContext): Promise<number> {
  const res = await request.get("/api/v1/incidents?pageSize=1");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { meta: { total: number } }).meta.total;
}

async function expectNothingWritten(before: Record<string, number>, what: string) {
  const after = await countRows();
  const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
  tally.unintendedWrites += changed.length;
  expect(changed, `${what}: tables whose row count changed`).toEqual([]);
}

test.beforeAll(async ({ browser }) => {
  Object.assign(users, await signedInUsers(browser, "probe"));
});

test.afterAll(async () => {
  console.log(
    `[security probe] ${tally.requests} requests, ${tally.serverErrors.length} responses ≥ 500, ${tally.unintendedWrites} unintended writes, ${tally.leaks} cross-user leaks`,
  );
  await e2eDb().$disconnect();
});

const callers = (): Caller[] => [
  { label: "anonymous" },
  { label: "forged cookie", cookie: FORGED },
  { label: "viewer", cookie: users.VIEWER!.cookie },
  { label: "editor", cookie: users.EDITOR!.cookie },
  { label: "admin", cookie: users.ADMIN!.cookie },
];

test("prototype-shaped field names and malformed calls to every server action change nothing and poison nothing", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const actions = listServerActions();
  expect(actions.length).toBeGreaterThanOrEqual(15);
  const totalBefore = await publicTotal(request);
  const before = await countRows();
  const bodies: Record<string, Record<string, string>> = {
    "prototype names": {
      "0": '[{},"$K1"]',
      "1___proto__.province": "PK-KP",
      "1_constructor.prototype.isAdmin": "true",
      "1_citations.0.__proto__.polluted": "yes",
      "1_id": "dummy-id-0000",
    },
    "NUL in a field": { "0": '[{},"$K1"]', "1_title": "a\u0000b", "1_id": "dummy-id-0000" },
    "arguments that are not a form": { "0": '["not a state","not a form"]' },
    "no arguments": { "0": "[]" },
  };
  // Actions that read no form (sign out, run a refresh) would do their job for a signed-in caller:
  // those are probed with the callers that must be refused.
  const formless = new Set(["signOutAction", "signOutEverywhereAction", "runRefreshAction"]);
  const callersOf = (name: string) =>
    callers().filter((caller) => !formless.has(name) || !caller.cookie || caller.cookie === FORGED);
  const jobs = actions.flatMap((action) =>
    callersOf(action.name).flatMap((caller) =>
      Object.entries(bodies).map(([what, multipart]) => async () => {
        const res = await request.post(action.page, {
          headers: { "next-action": action.id, ...(caller.cookie ? { cookie: caller.cookie } : {}) },
          multipart,
          maxRedirects: 0,
        });
        await record(res, `${caller.label} ${action.name} (${what})`);
      }),
    ),
  );
  await inParallel(jobs);
  expect(tally.serverErrors).toEqual([]);
  await expectNothingWritten(before, "prototype-shaped and malformed action calls");
  // a polluted Object.prototype used to break filters: the API answered 500 and pages went empty
  expect(await publicTotal(request)).toBe(totalBefore);
  const attacks = await request.get("/attacks?province=PK-KP");
  expect(attacks.status()).toBe(200);
});

test("a server action posted from another origin is refused with 403, not a server error", async ({ request }) => {
  const [action] = listServerActions().filter((a) => a.name === "saveIncidentAction");
  expect(action).toBeDefined();
  for (const origin of ["https://attacker.example", "null"]) {
    const res = await request.post(action!.page, {
      headers: { "next-action": action!.id, origin, cookie: users.EDITOR!.cookie },
      multipart: { "0": '[{},"$K1"]' },
      maxRedirects: 0,
    });
    await record(res, `foreign origin ${origin}`);
    expect(res.status(), origin).toBe(403);
  }
});

test("fuzz of every public query parameter and path: no response is a server error", async ({ request }) => {
  test.setTimeout(300_000);
  const jobs: (() => Promise<void>)[] = [];
  for (const target of PUBLIC_TARGETS) {
    for (const name of [...target.params, ...FUZZ_NAMES]) {
      for (const value of target.page ? FUZZ_VALUES.slice(0, 6) : FUZZ_VALUES) {
        const url = `${target.path}?${new URLSearchParams([
          [name, value],
          [name, value],
        ])
          .toString()
          .replace(/%25/g, "%")}`;
        jobs.push(async () => record(await request.get(url, { maxRedirects: 0 }), `GET ${url.slice(0, 160)}`));
      }
    }
  }
  for (const path of [
    "/incidents/",
    "/api/v1/incidents/",
    "/cards/incidents/",
    "/embed/casualties/",
    "/embed/attacks/",
    "/data/releases/",
  ]) {
    for (const id of [
      "%00",
      "..%2F..%2Fetc%2Fpasswd",
      "x".repeat(3000),
      "%E2%80%AE%F0%9F%99%82",
      "__proto__",
      "constructor",
    ]) {
      jobs.push(async () => {
        const res = await request.get(`${path}${id}`, { maxRedirects: 0 });
        await record(res, `GET ${path}${id.slice(0, 40)}`);
      });
    }
  }
  const before = await countRows();
  await inParallel(jobs);
  expect(tally.serverErrors).toEqual([]);
  await expectNothingWritten(before, "public fuzz");
  // the report's own cases, named: a day past year 9999 and a NUL are refused with a 400 naming the parameter
  for (const url of ["/api/v1/incidents?to=9999-12-31", "/api/v1/incidents?province=%00"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(400);
    expect(JSON.stringify(await res.json()), url).toMatch(/"(to|province)"/);
  }
});

test("fuzz of the admin API's fields by an editor: refused with 4xx, nothing written", async ({ request }) => {
  test.setTimeout(120_000);
  const base = { title: "Probe", occurredOn: "2026-01-01", type: "ATTACK", placeId: "PK-KP-bajaur" };
  const bodies: unknown[] = [
    { ...base, title: "a\u0000b" },
    { ...base, title: "x".repeat(100_000) },
    { ...base, occurredOn: "9999-12-31" },
    { ...base, occurredOn: "-001-01-01" },
    { ...base, title: ["array"] },
    { ...base, citations: { __proto__: { polluted: 1 } } },
    JSON.parse('{"__proto__":{"isAdmin":true},"title":"proto"}'),
    { ...base, citations: Array.from({ length: 5000 }, () => ({ documentId: "x" })) },
    { ...base, title: "\u202e\ud83d\ude42 unicode" },
    null,
    [],
    "string",
    42,
  ];
  const before = await countRows();
  for (const [index, body] of bodies.entries()) {
    for (const path of [
      "/api/admin/incidents",
      "/api/admin/claims",
      "/api/admin/counts",
      "/api/admin/incidents/dummy-id-0000",
    ]) {
      const method = path.endsWith("dummy-id-0000") ? "patch" : "post";
      const res = await request[method](path, {
        headers: { cookie: users.EDITOR!.cookie, "content-type": "application/json" },
        data: JSON.stringify(body),
      });
      await record(res, `${method} ${path} body #${index}`);
      expect(res.status(), `${path} body #${index}`).toBeGreaterThanOrEqual(400);
      expect(res.status(), `${path} body #${index}`).toBeLessThan(500);
    }
  }
  await expectNothingWritten(before, "admin API fuzz");
});

test("two users requested in parallel: each always gets their own account page, sessions stay valid", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const pair = [users.EDITOR!, users.VIEWER!];
  const jobs = Array.from({ length: 48 }, (_, i) => async () => {
    if (i % 4 === 3)
      return void (await record(await request.get("/api/v1/incidents?pageSize=50"), "parallel public API"));
    const me = pair[i % 2]!;
    const other = pair[(i + 1) % 2]!;
    const res = await request.get("/admin/account", { headers: { cookie: me.cookie }, maxRedirects: 0 });
    await record(res, `account page of ${me.role}`);
    const body = await res.text();
    if (body.includes(other.email)) tally.leaks += 1;
    expect(body, `${me.role}'s account page`).toContain(me.email);
  });
  await inParallel(jobs, 12);
  expect(tally.leaks).toBe(0);
  expect(tally.serverErrors).toEqual([]);
  for (const user of pair) {
    const res = await request.get("/admin/account", { headers: { cookie: user.cookie }, maxRedirects: 0 });
    expect(await res.text(), `${user.role} still signed in`).toContain(user.email);
  }
});

test("a large anonymous body is refused before it is read", async ({ request }) => {
  test.setTimeout(120_000);
  const huge = Buffer.alloc(100 * 1024 * 1024, 0x20);
  const before = await countRows();
  const results = await Promise.all(
    Array.from({ length: 3 }, () =>
      request.post("/api/admin/incidents", {
        headers: { "content-type": "application/json" },
        data: huge,
        timeout: 60_000,
      }),
    ),
  );
  for (const res of results) {
    await record(res, "100 MB anonymous POST");
    expect(res.status()).toBe(401);
  }
  // an editor's oversized body is refused by size, not parsed
  const big = await request.post("/api/admin/incidents", {
    headers: { "content-type": "application/json", cookie: users.EDITOR!.cookie },
    data: Buffer.alloc(2 * 1024 * 1024, 0x20),
  });
  await record(big, "2 MB editor POST");
  expect(big.status()).toBe(413);
  await expectNothingWritten(before, "large bodies");
  expect(tally.serverErrors).toEqual([]);
});
