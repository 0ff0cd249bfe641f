// The access matrix, discovered rather than listed, so pages, API routes and server actions added
// later are covered without editing this file:
// - every admin page (app/admin/**/page.tsx), dynamic segments filled with an existing id or a dummy;
// - every method exported by every admin API route (app/api/admin/**/route.ts);
// - every server action id in the build's server-reference manifest.
// Anonymous and wrong-role requests must be refused (redirect to login / 403 page / 401 / 403) and
// write nothing (row counts of every table unchanged), also when they carry x-middleware-subrequest
// (the header that once let requests skip Next's middleware: proxy.ts is never the guard).
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import type { Role } from "../../lib/db/generated/client";
import { ADMIN_LINKS } from "../../lib/auth/admin-links";
import { listServerActions } from "./action-manifest";
import { countRows, createTestUser, e2eDb, signIn, signedInUsers, type TestUser } from "./auth-helpers";

const root = process.cwd(); // Playwright runs from the repository root
const PUBLIC_ADMIN_PAGES = new Set(["/admin/login", "/admin/forbidden"]);
const SUBREQUEST_VALUES = [
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/middleware:src/proxy:middleware:proxy:pages/_middleware",
];
const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };
const ROLES: Role[] = ["VIEWER", "EDITOR", "ADMIN"];

function walk(dir: string, name: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, name) : e.name === name ? [full] : [];
  });
}

/** URL segments of a file under app/: route groups and parallel slots dropped. */
function routeSegments(file: string): string[] {
  return path
    .relative(path.join(root, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"));
}

// A dynamic segment gets the id of an existing row of the collection it sits under, else a dummy.
const TABLE_OF: Record<string, string> = {
  incidents: "Incident",
  claims: "Claim",
  counts: "PeriodCount",
  documents: "Document",
  sources: "Source",
  actors: "Actor",
  places: "Place",
  mediation: "MediationTrack",
  ceasefires: "Ceasefire",
  review: "IngestedItem",
  users: "User",
  feeds: "FeedSource",
  refresh: "RefreshRun",
  sessions: "Session",
  audit: "AuditLog",
  episodes: "Episode",
};

async function fillDynamic(segments: string[]): Promise<string> {
  const out: string[] = [];
  for (const [i, s] of segments.entries()) {
    if (!s.startsWith("[")) {
      out.push(s);
      continue;
    }
    const table = TABLE_OF[segments[i - 1] ?? ""];
    let id = "dummy-id-0000";
    if (table) {
      const rows = await e2eDb()
        .$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "${table}" ORDER BY 1 LIMIT 1`)
        .catch(() => []);
      if (rows[0]) id = rows[0].id;
    }
    out.push(encodeURIComponent(id));
  }
  return `/${out.join("/")}`;
}

/**
 * The least role a page asks for: what its file passes to requirePageViewer (the highest, if it
 * calls it more than once), else the admin navigation's entry for the longest matching prefix.
 */
function pageRole(file: string, urlPath: string): Role {
  const declared = [file, ...localImports(file)]
    .flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/requirePageViewer\(\s*["'](ADMIN|EDITOR|VIEWER)["']/g)])
    .map((m) => m[1] as Role);
  if (declared.length) return declared.sort((a, b) => RANK[b] - RANK[a])[0]!;
  return requiredRole(urlPath);
}

/** Files a page imports from this repository (`@/…` or relative), for the role it asks for. */
function localImports(file: string): string[] {
  const specs = [...fs.readFileSync(file, "utf8").matchAll(/from\s+["'](@\/[^"']+|\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  return specs.flatMap((spec) => {
    const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(file), spec);
    return [".tsx", ".ts", "/index.tsx", "/index.ts"]
      .map((ext) => base + ext)
      .filter((f) => fs.existsSync(f))
      .slice(0, 1);
  });
}

/** The least role for a path from the admin navigation: the longest prefix; VIEWER when none matches. */
function requiredRole(urlPath: string): Role {
  const p = urlPath.replace(/^\/api\/admin/, "/admin");
  const match = ADMIN_LINKS.filter((l) => p === l.href || p.startsWith(`${l.href}/`)).sort(
    (a, b) => b.href.length - a.href.length,
  )[0];
  return match?.role ?? "VIEWER";
}

type Verdict = "login" | "forbidden" | "401" | "403" | "allowed" | `other ${number}`;

/** What the server did with a request: a real redirect, or one streamed inside a 200 page. */
async function verdict(res: APIResponse): Promise<Verdict> {
  const status = res.status();
  if (status === 401 || status === 403) return `${status}`;
  const target =
    status >= 300 && status < 400
      ? (res.headers()["location"] ?? res.headers()["x-action-redirect"] ?? "")
      : await streamedRedirect(res);
  if (/\/admin\/login(\?|$|;)/.test(target)) return "login";
  if (/\/admin\/forbidden(\?|$|;)/.test(target)) return "forbidden";
  const actionRedirect = res.headers()["x-action-redirect"] ?? "";
  if (/\/admin\/login/.test(actionRedirect)) return "login";
  return status === 200 ? "allowed" : `other ${status}`;
}

// With streaming, a redirect decided inside <Suspense> arrives in the body: Next writes a
// NEXT_REDIRECT digest and a meta refresh into the HTML instead of a 3xx status.
async function streamedRedirect(res: APIResponse): Promise<string> {
  const body = await res.text().catch(() => "");
  const digest = body.match(/NEXT_REDIRECT;[a-z]+;([^;"\\]+);/);
  const meta = body.match(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/);
  return (digest?.[1] ?? meta?.[1] ?? "").replace(/&amp;/g, "&");
}

const pageFiles = walk(path.join(root, "app", "admin"), "page.tsx");
const routeFiles = walk(path.join(root, "app", "api", "admin"), "route.ts");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function exportedMethods(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  return METHODS.filter((m) =>
    new RegExp(`export\\s+(async\\s+)?(function\\s+${m}\\b|const\\s+${m}\\b)|export\\s*\\{[^}]*\\b${m}\\b`).test(src),
  );
}

type ActionRef = { id: string; name: string; file: string; page: string; role: Role | null };

// Account actions (app/admin/login|account|users/actions.ts): own-account actions are the viewer's right.
const AUTH_ACTION_ROLES: Record<string, Role | "public"> = {
  signInAction: "public",
  signOutAction: "VIEWER",
  signOutEverywhereAction: "VIEWER",
  endSessionAction: "VIEWER",
  changePasswordAction: "VIEWER",
  createUserAction: "ADMIN",
  changeRoleAction: "ADMIN",
  setUserDisabledAction: "ADMIN",
};

/**
 * Server actions from the build's manifest ('use cache' functions, listed there too, are not
 * actions). Role: an action file under app/admin/<section>/ needs that section's role; for
 * the account actions see above; anything else is checked for anonymous callers only.
 */
function serverActions(): ActionRef[] {
  return listServerActions(root).flatMap(({ id, name, source, page }) => {
    const section = source.match(/^app\/admin\/([^/]+)\//)?.[1];
    const authRole = /^app\/admin\/(login|account|users)\/actions\.ts$/.test(source)
      ? AUTH_ACTION_ROLES[name]
      : undefined;
    if (authRole === "public") return [];
    const role = authRole ?? (section ? requiredRole(`/admin/${section}`) : null);
    return [{ id, name, file: source, page, role }];
  });
}

const users = {} as Record<Role, TestUser & { cookie: string }>;

test.beforeAll(async ({ browser }) => {
  Object.assign(users, await signedInUsers(browser, "access"));
});

test.afterAll(async () => {
  await e2eDb().$disconnect();
});

function callerHeaders(role: Role | null, subrequest?: string): Record<string, string> {
  return {
    ...(role ? { cookie: users[role].cookie } : {}),
    ...(subrequest ? { "x-middleware-subrequest": subrequest } : {}),
  };
}

const lowerRoles = (need: Role) => ROLES.filter((r) => RANK[r] < RANK[need]);

test("finds the admin pages, API routes and server actions to check", () => {
  expect(pageFiles.length).toBeGreaterThanOrEqual(6);
  expect(serverActions().map((a) => a.name)).toEqual(
    expect.arrayContaining(["createUserAction", "changeRoleAction", "endSessionAction"]),
  );
});

test("every admin page: refused to anonymous and lower roles, also with x-middleware-subrequest, and writes nothing", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const before = await countRows();
  const checked: string[] = [];
  for (const file of pageFiles) {
    const url = await fillDynamic(routeSegments(file));
    if (PUBLIC_ADMIN_PAGES.has(url)) continue;
    const need = pageRole(file, url);
    for (const sub of [undefined, ...SUBREQUEST_VALUES]) {
      const anon = await request.get(url, { headers: callerHeaders(null, sub), maxRedirects: 0 });
      expect(await verdict(anon), `anonymous ${url} ${sub ?? ""}`).toBe("login");
      for (const role of lowerRoles(need)) {
        const res = await request.get(url, { headers: callerHeaders(role, sub), maxRedirects: 0 });
        expect(["forbidden", "403"], `${role} ${url} ${sub ?? ""}`).toContain(await verdict(res));
      }
    }
    // control: the role the page asks for is let in, so the checks above can tell the difference
    const ok = await request.get(url, { headers: callerHeaders(need), maxRedirects: 0 });
    expect(["allowed", "other 404"], `${need} ${url}`).toContain(await verdict(ok));
    checked.push(`${url} (${need.toLowerCase()})`);
  }
  expect(await countRows()).toEqual(before);
  test.info().annotations.push({ type: "pages", description: checked.join(", ") });
});

test("every admin API route and method: 401 anonymous, 401/403 for lower roles, writes nothing", async ({
  request,
}) => {
  test.setTimeout(240_000);
  const before = await countRows();
  for (const file of routeFiles) {
    const url = await fillDynamic(routeSegments(file));
    const need = requiredRole(url);
    for (const method of exportedMethods(file)) {
      for (const sub of [undefined, ...SUBREQUEST_VALUES]) {
        const send = (role: Role | null) =>
          request.fetch(url, {
            method,
            maxRedirects: 0,
            headers: {
              ...callerHeaders(role, sub),
              "content-type": "application/json",
              origin: new URL(url, "http://127.0.0.1").origin,
            },
            data: method === "GET" || method === "DELETE" ? undefined : {},
          });
        expect(["401", "login"], `anonymous ${method} ${url} ${sub ?? ""}`).toContain(await verdict(await send(null)));
        // reads may be open to viewers (drafts, audit log); writes need the page's role
        const lower = method === "GET" ? lowerRoles(need) : lowerRoles(need === "VIEWER" ? "EDITOR" : need);
        for (const role of lower) {
          expect(["403", "forbidden"], `${role} ${method} ${url} ${sub ?? ""}`).toContain(
            await verdict(await send(role)),
          );
        }
      }
    }
  }
  expect(await countRows()).toEqual(before);
});

test("every server action: anonymous and lower-role calls write nothing and are not answered as success", async ({
  request,
}) => {
  test.setTimeout(300_000);
  const actions = serverActions();
  const before = await countRows();
  for (const a of actions) {
    const callers = [null, ...(a.role ? lowerRoles(a.role) : [])];
    for (const role of callers) {
      for (const sub of [undefined, SUBREQUEST_VALUES[0]]) {
        const label = `${role ?? "anonymous"} ${a.name} (${a.file}) on ${a.page} ${sub ?? ""}`;
        const headers = { ...callerHeaders(role, sub), "next-action": a.id, accept: "text/x-component" };
        // encoded as the browser sends a useActionState form: (prevState, FormData)
        const form = await request.post(a.page, {
          maxRedirects: 0,
          headers,
          multipart: {
            "0": '[{},"$K1"]',
            "1_email": "intruder@e2e.test",
            "1_name": "Intruder",
            "1_role": "ADMIN",
            "1_password": "intruder-password-123",
            "1_id": "dummy-id-0000",
          },
        });
        expect(form.status(), `${label}: the action id must exist`).not.toBe(404);
        const v = await verdict(form);
        // a redirect may only go to the login or 403 page, never to a saved record
        if (form.status() >= 300 && form.status() < 400) expect(["login", "forbidden"], label).toContain(v);
        expect(await form.text(), label).not.toMatch(/"ok":\s*(true|"[^"]+")/);
      }
    }
  }
  expect(await countRows()).toEqual(before);
  expect(await e2eDb().user.count({ where: { email: "intruder@e2e.test" } })).toBe(0);
  test
    .info()
    .annotations.push({ type: "actions", description: actions.map((a) => `${a.name}:${a.role ?? "-"}`).join(", ") });
});

/** Performs one admin action in the browser and returns the request it sent, which is not let through. */
async function captureAction(page: Page, path: string, act: () => Promise<void>) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.goto(path);
  await page.route(`**${path}`, async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await act();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}

test("replayed admin actions (create user, change role, disable, end session) are refused to editors, viewers and anonymous callers", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, await createTestUser("ADMIN", "access-replayer"));
  const viewerRow = () => page.getByRole("row").filter({ hasText: users.VIEWER.email });
  const createForm = () => page.locator("form").filter({ has: page.getByRole("button", { name: "Create user" }) });
  const captured = [
    await captureAction(page, "/admin/users", async () => {
      await createForm().getByLabel("E-mail").fill("replayed@e2e.test");
      await createForm().getByLabel("Name").fill("Replayed");
      await createForm().getByLabel("Role").selectOption("ADMIN");
      await createForm().getByLabel("Initial password").fill("replayed-password-123");
      await createForm().getByRole("button", { name: "Create user" }).click();
    }),
    await captureAction(page, "/admin/users", async () => {
      await viewerRow().getByLabel(`Role of ${users.VIEWER.email}`).selectOption("ADMIN");
      await viewerRow().getByRole("button", { name: "Change role" }).click();
    }),
    await captureAction(page, "/admin/users", () =>
      viewerRow()
        .getByRole("button", { name: `Disable ${users.VIEWER.email}` })
        .click(),
    ),
    // a session none of the replaying callers owns (ending one's own session is everybody's right)
    await captureAction(page, "/admin/sessions", () =>
      page
        .getByRole("row")
        .filter({ hasText: users.ADMIN.email })
        .getByRole("button", { name: /End session/ })
        .first()
        .click(),
    ),
  ];
  await context.close();

  const before = await countRows();
  for (const c of captured) {
    for (const role of [null, "VIEWER", "EDITOR"] as const) {
      for (const sub of [undefined, SUBREQUEST_VALUES[0]]) {
        const headers: Record<string, string> = { ...c.headers, ...callerHeaders(role, sub) };
        if (!role) delete headers.cookie;
        const res = await request.post(c.url, { headers, data: c.body, maxRedirects: 0 });
        const v = await verdict(res);
        const body = await res.text();
        // refused: sent to the login or 403 page, or answered with the data layer's refusal
        const refused = v === "login" || v === "forbidden" || body.includes("Your role does not allow this.");
        expect(refused, `${role ?? "anonymous"} replay of ${c.headers["next-action"]}: ${v}`).toBe(true);
      }
    }
  }
  expect(await countRows()).toEqual(before);
  const viewer = await e2eDb().user.findUniqueOrThrow({ where: { id: users.VIEWER.id } });
  expect(viewer).toMatchObject({ role: "VIEWER", disabledAt: null });
  expect(await e2eDb().user.count({ where: { email: "replayed@e2e.test" } })).toBe(0);

  // control: the same request with an admin's cookie does create the user, so the refusals above
  // were refusals of a valid request, not of a malformed one
  const res = await request.post(captured[0]!.url, {
    headers: { ...captured[0]!.headers, cookie: users.ADMIN.cookie },
    data: captured[0]!.body,
    maxRedirects: 0,
  });
  expect(res.status()).toBe(200);
  expect(await e2eDb().user.count({ where: { email: "replayed@e2e.test" } })).toBe(1);
});
