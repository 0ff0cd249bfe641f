// The review queue in the browser: an editor filters by source, rejects two items in bulk with a
// reason, merges one into an incident on record and opens "Accept" (the incident form prefilled
// from the item); a viewer reads the queue without write controls, and a replayed decision with
// the viewer's session writes nothing. Items are inserted in the adapters' shape (tests/fixtures).
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { BAJAUR_ITEM, createFeedSource, createItem } from "../fixtures/review/items";
import { countRows, createTestUser, e2eDb } from "./auth-helpers";
import { expectNoSeriousA11yViolations } from "./fixtures";
import { signInSettled } from "./admin-sign-in";

const INCIDENT = "islamabad-shia-mosque-suicide-bombing-2026-02-06";
const run = randomUUID().slice(0, 8);
const SOURCE_A = `e2e-review-a-${run}`;
const SOURCE_B = `e2e-review-b-${run}`;
const title = (n: number) => `E2E ${run} item ${n}`;
const ids: Record<string, string> = {};

test.beforeAll(async () => {
  const db = e2eDb();
  const a = await createFeedSource(db, SOURCE_A, `E2E feed A ${run}`);
  const b = await createFeedSource(db, SOURCE_B, `E2E feed B ${run}`);
  for (const n of [1, 2, 3]) {
    const item = await createItem(db, a.id, {
      externalId: `${run}-${n}`,
      title: title(n),
      body: `Body of item ${n}.`,
      publishedAt: `2026-03-0${n}T09:00:00Z`,
    });
    ids[title(n)] = item.id;
  }
  ids.bajaur = (await createItem(db, a.id, { ...BAJAUR_ITEM, externalId: `${run}-bajaur` })).id;
  ids.other = (
    await createItem(db, b.id, {
      externalId: `${run}-other`,
      title: `E2E ${run} other source`,
      body: "Other.",
      publishedAt: "2026-03-04T09:00:00Z",
    })
  ).id;
});

const row = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });

test("an editor filters by source, rejects two in bulk, merges one, and opens Accept prefilled", async ({ page }) => {
  await signInSettled(page, await createTestUser("EDITOR", "review-editor"), "/admin/review");
  await page.goto("/admin/review");
  await page
    .getByRole("form", { name: "Filter the review queue" })
    .locator('select[name="source"]')
    .selectOption(SOURCE_A);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`source=${SOURCE_A}`));
  await expect(page.getByText("4 items.")).toBeVisible();
  await expect(row(page, title(1))).toBeVisible();
  await expect(page.getByText(`E2E ${run} other source`)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Bulk reject needs a reason: without one, a field error and nothing written.
  await page.getByLabel(`Select “${title(1)}”`).check();
  await page.getByLabel(`Select “${title(2)}”`).check();
  await page.getByRole("button", { name: "Reject selected" }).click();
  await expect(page.locator("#f-reason-error")).toContainText("Reason is required");
  expect(
    await e2eDb().ingestedItem.count({ where: { id: { in: [ids[title(1)]!, ids[title(2)]!] }, status: "PENDING" } }),
  ).toBe(2);

  await page.getByLabel(`Select “${title(1)}”`).check();
  await page.getByLabel(`Select “${title(2)}”`).check();
  await page.getByLabel("Reason for rejecting").fill("Not about the conflict");
  await page.getByRole("button", { name: "Reject selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected 2 items." })).toBeVisible();
  await expect(row(page, title(1))).toHaveCount(0);
  const rejected = await e2eDb().ingestedItem.findMany({ where: { id: { in: [ids[title(1)]!, ids[title(2)]!] } } });
  expect(rejected.map((r) => [r.status, r.decisionReason])).toEqual([
    ["REJECTED", "Not about the conflict"],
    ["REJECTED", "Not about the conflict"],
  ]);
  expect(
    await e2eDb().auditLog.count({
      where: { entityType: "IngestedItem", action: "reject", entityId: { in: rejected.map((r) => r.id) } },
    }),
  ).toBe(2);

  await page.getByLabel(`Select “${title(3)}”`).check();
  await page.getByLabel("Merge into incident (id)").fill(INCIDENT);
  await page.getByRole("button", { name: "Merge selected into incident" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Merged 1 item into incident ${INCIDENT}.` })).toBeVisible();
  expect(await e2eDb().ingestedItem.findUniqueOrThrow({ where: { id: ids[title(3)]! } })).toMatchObject({
    status: "MERGED",
    incidentId: INCIDENT,
  });

  // The item page shows the raw text as text, and its suggestions.
  await page.getByRole("link", { name: BAJAUR_ITEM.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: BAJAUR_ITEM.title })).toBeVisible();
  // (The queue page stays mounted but hidden after a client navigation: look at visible text only.)
  await expect(page.getByText("Tehrik-i-Taliban Pakistan (claimed)").filter({ visible: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByText("Raw payload as received").click();
  await expect(page.locator("pre").filter({ hasText: "<p>Militants attacked", visible: true })).toBeVisible();

  await page.getByRole("link", { name: "Accept → new incident" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/incidents/new\\?fromItem=${ids.bajaur}`));
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(BAJAUR_ITEM.title);
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue("2026-03-02");
  await expect(page.getByLabel("District", { exact: true })).toHaveValue("PK-KP-bajaur");
});

test("a viewer reads the queue without write controls, and a replayed decision writes nothing", async ({ browser }) => {
  // The editor's real request, captured and not let through.
  const editorCtx = await browser.newContext();
  const editor = await editorCtx.newPage();
  await signInSettled(editor, await createTestUser("EDITOR", "review-capture"), "/admin/review");
  await editor.goto(`/admin/review?source=${SOURCE_B}`);
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await editor.route("**/admin/review**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await editor.getByLabel(`Select “E2E ${run} other source”`).check();
  await editor.getByLabel("Reason for rejecting").fill("Replayed by a viewer");
  await editor.getByRole("button", { name: "Reject selected" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await editorCtx.close();

  const viewerCtx = await browser.newContext();
  const viewer = await viewerCtx.newPage();
  await signInSettled(viewer, await createTestUser("VIEWER", "review-viewer"), "/admin/review");
  await viewer.goto(`/admin/review?source=${SOURCE_B}`);
  await expect(row(viewer, `E2E ${run} other source`)).toBeVisible();
  await expect(viewer.getByRole("checkbox")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /Reject|Merge/ })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Accept → new incident" })).toHaveCount(0);

  const before = await countRows();
  const { cookie: _editorCookie, ...headers } = captured!.headers;
  const res = await viewer.request.post(captured!.url, { headers, data: captured!.body, maxRedirects: 0 });
  expect(await res.text()).toContain("Your role does not allow this.");
  expect(await countRows()).toEqual(before);
  expect((await e2eDb().ingestedItem.findUniqueOrThrow({ where: { id: ids.other! } })).status).toBe("PENDING");
  await viewerCtx.close();
});
