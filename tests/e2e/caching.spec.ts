// Public pages are prerendered or cached per view and sent with headers a CDN can keep; admin and
// signed-in responses never are; an edit shows on the public pages at the next request
// (docs/caching.md). Against the production build, like every browser test.
import { expect, test } from "@playwright/test";
import { createTestUser, e2eDb, signIn, type TestUser } from "./auth-helpers";

const INCIDENT = "ttp-attack-security-personnel-2026-04-27";

// What Next sends for a page kept in its cache: s-maxage from the "record" cache profile
// (next.config.ts), and stale-while-revalidate for the rest of its life.
const SHARED_CACHE = /^s-maxage=300, stale-while-revalidate=\d+$/;
const NEVER_STORED = /private.*no-store|no-store.*private|^no-store$/;

test.describe.configure({ mode: "serial" });

let editor: TestUser;
test.beforeAll(async () => {
  editor = await createTestUser("EDITOR", "caching-editor");
});

test("every public page, and every view chosen in the query string, is sent cacheable by a CDN", async ({
  request,
}) => {
  const pages = [
    "/",
    "/?days=90",
    "/attacks",
    "/attacks?province=PK-KP&from=2026-01-01",
    "/casualties",
    "/casualties?scope=month:2026-03",
    "/mediation",
    "/status",
    "/counts",
    `/incidents/${INCIDENT}`,
  ];
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(SHARED_CACHE);
  }
  // It names the latest data release: cached like the other pages.
  expect((await request.get("/methodology")).headers()["cache-control"]).toMatch(/^s-maxage=\d+/);
});

test("a view is one cache entry whatever the order of its parameters, and the reader keeps the URL", async ({
  page,
  request,
}) => {
  await request.get("/attacks?district=PK-KP-bajaur&from=2026-01-01");
  // The same URL again comes from the front cache of `npm start`, without reaching Next.
  const again = await request.get("/attacks?district=PK-KP-bajaur&from=2026-01-01");
  expect(again.headers()["x-front-cache"]).toBe("HIT");
  // Another order is another URL for the front cache, and the same view for Next.
  const reordered = await request.get("/attacks?from=2026-01-01&utm_source=x&district=PK-KP-bajaur");
  expect(reordered.headers()["x-nextjs-cache"]).toBe("HIT");

  await page.goto("/attacks?district=PK-KP-bajaur&from=2026-01-01");
  expect(new URL(page.url()).pathname).toBe("/attacks");
  await expect(page.getByRole("link", { name: "Attacks", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("main")).toContainText("incidents in this record match this view");
  await page.goto("/?days=30");
  await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "30 days", exact: true })).toHaveAttribute("aria-current", "true");
});

test("admin pages and API answers, and anything sent to a signed-in editor there, are never stored", async ({
  page,
  request,
}) => {
  expect((await request.get("/admin/login")).headers()["cache-control"]).toMatch(NEVER_STORED);
  const refused = await request.post("/api/admin/incidents", { data: {} });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["cache-control"]).toMatch(NEVER_STORED);

  await signIn(page, editor, "/admin");
  for (const path of ["/admin", "/admin/incidents", `/admin/incidents/${INCIDENT}`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(NEVER_STORED);
    expect(response.headers()["cache-control"], path).not.toContain("s-maxage");
  }
});

test("an edit saved in admin is on the cached public pages at the next request", async ({ page }) => {
  const original = (await e2eDb().incident.findUniqueOrThrow({ where: { id: INCIDENT } })).title;
  await page.goto(`/incidents/${INCIDENT}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);
  // Warm the views that show the title, so the edit has cached pages to expire.
  await page.request.get("/attacks");
  await page.request.get("/attacks?from=2026-04-01");

  const edited = `${original} (edited in the caching test)`;
  await signIn(page, editor, `/admin/incidents/${INCIDENT}`);
  const saveTitle = async (title: string) => {
    await page.goto(`/admin/incidents/${INCIDENT}`);
    const form = page.getByRole("form", { name: "Edit incident" });
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Correction note").fill(`Title changed by the caching test to: ${title}`);
    await form.getByRole("button", { name: "Save incident" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  };
  await saveTitle(edited);
  try {
    await page.goto(`/incidents/${INCIDENT}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
    await expect(page.locator("main")).toContainText(`Title changed by the caching test to: ${edited}`);
    for (const path of ["/attacks", "/attacks?from=2026-04-01"]) {
      await page.goto(path);
      await expect(page.getByRole("link", { name: edited }).first(), path).toBeVisible();
    }
  } finally {
    await saveTitle(original);
  }
  await page.goto(`/incidents/${INCIDENT}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);
});
