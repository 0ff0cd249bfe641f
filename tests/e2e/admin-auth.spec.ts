// Accounts in the browser against the production build: sign in and out, one message for every
// failed sign-in, the database-backed throttle, session rotation and revocation taking effect on
// the next request, cookie attributes, and the security headers.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createTestUser, e2eDb, signIn, type TestUser } from "./auth-helpers";

// The exact text of lib/auth/sign-in-hooks.ts SIGN_IN_FAILED, written out so a changed message fails here.
const FAILED =
  "That e-mail and password did not match an active account, or too many attempts were made. Try again later.";

async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The login form's own message (Next's route announcer is an alert too). */
const formAlert = (page: Page) => page.locator("form").getByRole("alert");

async function expectSignedOut(page: Page, path = "/admin") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/admin\/login/);
  await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
}

async function newSignedInPage(browser: Browser, user: TestUser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return { context, page };
}

test("signs in through the form, shows the user and their role, and signs out", async ({ page }) => {
  const user = await createTestUser("EDITOR");
  await page.goto("/admin/incidents");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fincidents/);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/incidents$/);
  await expect(page.getByText(`Signed in as ${user.name} (editor)`)).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Incidents" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0); // admin only
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await expectSignedOut(page);
  expect(await e2eDb().session.count({ where: { userId: user.id } })).toBe(0);
});

test("a wrong password and an unknown e-mail get the same message, beside no field", async ({ page }) => {
  const user = await createTestUser("VIEWER");
  await submitLogin(page, user.email, "definitely-not-the-password");
  await expect(formAlert(page)).toHaveText(FAILED);
  await submitLogin(page, `nobody-${Date.now()}@e2e.test`, "definitely-not-the-password");
  await expect(formAlert(page)).toHaveText(FAILED);
  await expect(page.locator(".field-error")).toHaveCount(0);
  // a malformed e-mail is a field error, shown beside the field
  await submitLogin(page, "not-an-email", "x");
  const email = page.getByLabel("E-mail");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  const describedBy = await email.getAttribute("aria-describedby");
  await expect(page.locator(`#${describedBy}`)).toHaveText("Enter a valid e-mail address.");
});

test("after 3 free failures the (account, address) key waits: the right password is refused too, until the wait passes", async ({
  page,
}) => {
  const user = await createTestUser("EDITOR");
  for (let i = 0; i < 4; i++) {
    await submitLogin(page, user.email, `wrong-password-${i}`);
    await expect(formAlert(page)).toHaveText(FAILED);
  }
  // The e2e server trusts no client IP header (AUTH_CLIENT_IP_HEADER unset), so the address is unknown.
  const key = `email+ip:${user.email}|unknown`;
  const row = await e2eDb().loginThrottle.findUniqueOrThrow({ where: { key } });
  expect(row.failures).toBe(4);
  expect(row.lockedUntil).not.toBeNull();
  // stretch the 1 s wait the 4th failure earned, so the next attempt surely falls inside it
  await e2eDb().loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() + 60_000) } });
  await submitLogin(page, user.email, user.password);
  await expect(formAlert(page)).toHaveText(FAILED);
  await expectSignedOut(page);
  // let the wait run out (moved into the past rather than waiting)
  await e2eDb().loginThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
  await signIn(page, user);
  expect(await e2eDb().loginThrottle.count({ where: { key } })).toBe(0);
});

test("session cookie is httpOnly and SameSite=Lax, and is rotated at sign-in", async ({ page, browser }) => {
  const user = await createTestUser("VIEWER");
  await signIn(page, user);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("better-auth.session_token"));
  expect(session, cookies.map((c) => c.name).join(", ")).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
  // signing in again in the same browser ends the old session
  await signIn(page, user);
  const rotated = (await page.context().cookies()).find((c) => c.name === session!.name)!;
  expect(rotated.value).not.toBe(session!.value);
  const stale = await browser.newContext();
  await stale.addCookies([{ ...session!, sameSite: "Lax" }]);
  await expectSignedOut(await stale.newPage());
  await stale.close();
  expect(await e2eDb().session.count({ where: { userId: user.id } })).toBe(1);
});

test("a session ended by an admin stops working on its next request", async ({ browser }) => {
  const editor = await createTestUser("EDITOR");
  const admin = await createTestUser("ADMIN");
  const victim = await newSignedInPage(browser, editor);
  const boss = await newSignedInPage(browser, admin);
  await boss.page.goto("/admin/sessions");
  const row = boss.page.getByRole("row").filter({ hasText: editor.email });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: /End session/ }).click();
  await expect(boss.page.getByRole("row").filter({ hasText: editor.email })).toHaveCount(0);
  await expectSignedOut(victim.page, "/admin/account");
  const audit = await e2eDb().auditLog.findFirst({ where: { action: "revoke-session", userId: admin.id } });
  expect(audit).not.toBeNull();
  await victim.context.close();
  await boss.context.close();
});

test("an admin disabling a user signs them out at once and they cannot sign in again", async ({ browser }) => {
  const viewer = await createTestUser("VIEWER");
  const admin = await createTestUser("ADMIN");
  const victim = await newSignedInPage(browser, viewer);
  const boss = await newSignedInPage(browser, admin);
  await boss.page.goto("/admin/users");
  await boss.page.getByRole("button", { name: `Disable ${viewer.email}` }).click();
  await expect(boss.page.getByRole("row").filter({ hasText: viewer.email })).toContainText("disabled");
  await expectSignedOut(victim.page);
  await submitLogin(victim.page, viewer.email, viewer.password);
  await expect(formAlert(victim.page)).toHaveText(FAILED);
  await victim.context.close();
  await boss.context.close();
});

test("sign out everywhere ends the sessions of every other browser too", async ({ browser }) => {
  const user = await createTestUser("EDITOR");
  const first = await newSignedInPage(browser, user);
  const second = await newSignedInPage(browser, user);
  await second.page.goto("/admin/account");
  await expect(second.page.getByRole("table", { name: "Your active sessions" }).getByRole("row")).toHaveCount(3); // header + 2
  await second.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(second.page).toHaveURL(/\/admin\/login/);
  await expectSignedOut(first.page, "/admin/account");
  await expectSignedOut(second.page);
  expect(await e2eDb().session.count({ where: { userId: user.id } })).toBe(0);
  await first.context.close();
  await second.context.close();
});

test("security headers on public pages, admin pages and API responses", async ({ request }) => {
  for (const path of ["/", "/attacks", "/admin/login", "/api/v1/incidents"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("unsafe-eval"); // production build
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["permissions-policy"]).toContain("camera=()");
    // plain-http test server: no HSTS (only for a production https SITE_URL)
    expect(h["strict-transport-security"]).toBeUndefined();
  }
});

test("the admin area is not indexed and its pages are not cached by browsers or proxies", async ({ page }) => {
  const user = await createTestUser("VIEWER");
  await signIn(page, user);
  const res = await page.goto("/admin/account");
  expect(res!.headers()["cache-control"] ?? "").toMatch(/no-store|private|no-cache/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});
