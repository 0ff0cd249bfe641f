// An editor creates a mediation track as a draft, adds a talks round that sets its status, and
// publishes it: the public /mediation page shows the track with the new status only after publish.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createTestUser, e2eDb } from "./auth-helpers";
import { expectNoSeriousA11yViolations } from "./fixtures";
import { signInSettled } from "./admin-sign-in";

const DOC = "business-today-2025-10-19-doha-ceasefire";
let trackId = "";

// The shared e2e server's other specs assert the seeded tracks: withdraw the track this spec
// published, and expire the cached mediation pages the way `npm run refresh` does.
test.afterAll(async ({ request }) => {
  if (!trackId) return;
  await e2eDb().mediationTrack.update({ where: { id: trackId }, data: { published: false } });
  const res = await request.post("/api/cron/revalidate", {
    headers: { authorization: "Bearer e2e-cron-secret-0123456789" },
    data: { tags: ["mediation"] },
  });
  expect(res.status()).toBe(200);
});

test("an editor adds a talks round to a track and the public page shows its status after publish", async ({ page }) => {
  const name = `E2E ${randomUUID().slice(0, 8)} Tehran talks`;
  await signInSettled(page, await createTestUser("EDITOR", "mediation-editor"), "/admin/mediation/new");
  await page.goto("/admin/mediation/new");
  const trackForm = page.getByRole("form", { name: "New track" });
  await trackForm.getByLabel("Name", { exact: true }).fill(name);
  await trackForm.getByLabel("Summary").fill("Iran offered to host talks between the two governments.");
  await trackForm.getByLabel("Venues").fill("Tehran");
  await trackForm.getByRole("group", { name: "Mediators" }).getByLabel("Qatar", { exact: true }).check();
  await trackForm.getByRole("group", { name: "Parties" }).getByLabel("Government of Pakistan", { exact: true }).check();
  await trackForm.getByRole("button", { name: "Create track" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Track saved." })).toBeVisible();
  trackId = new URL(page.url()).pathname.split("/").at(-1)!;

  const eventForm = page.getByRole("form", { name: "Add event" });
  await eventForm.getByLabel("Date", { exact: true }).fill("2026-03-05");
  await eventForm.getByLabel("Kind of step").selectOption("TALKS_ROUND");
  await eventForm.getByLabel("Title").fill("First round in Tehran");
  await eventForm.getByLabel("Round").fill("1");
  await eventForm.getByLabel("Track status after this step").selectOption("TALKS_UNDER_WAY");
  await eventForm.getByLabel("Source document").selectOption(DOC);
  // Without a quote nothing is written and the error sits beside the field.
  await eventForm.getByRole("button", { name: "Add event" }).click();
  await expect(eventForm.locator("#f-quote-error")).toContainText("Quote is required");
  expect(await e2eDb().mediationEvent.count({ where: { trackId } })).toBe(0);
  await eventForm.getByLabel("Quote from the document").fill("ceasefire agreed in Doha");
  await eventForm.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Event saved." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "First round in Tehran" })).toContainText("Talks under way");
  await expectNoSeriousA11yViolations(page);

  // Still a draft: not on the public page.
  await page.goto("/mediation");
  await expect(page.getByRole("heading", { name })).toHaveCount(0);

  await page.goto(`/admin/mediation/${trackId}`);
  const editForm = page.getByRole("form", { name: "Edit track" });
  await editForm.getByRole("checkbox", { name: /Published/ }).check();
  await editForm.getByRole("button", { name: "Save track" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Track saved." })).toBeVisible();
  expect(
    await e2eDb().auditLog.count({ where: { entityType: "MediationTrack", entityId: trackId, action: "publish" } }),
  ).toBe(1);

  await page.goto("/mediation");
  const card = page.getByRole("article", { name });
  await expect(card).toBeVisible();
  await expect(card.locator(".status").first()).toHaveText("Talks under way");
});
