import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";

const claims = JSON.parse(readFileSync("prisma/dataset/claims.json", "utf8")) as { valueLow: number; subject: string; metric: string }[];

test("the home page shows headline figures read from the seeded database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("claim by claim");
  await expect(page.getByTestId("attack-count")).toHaveText(/^\d+$/);
  const killed = page.getByRole("region", { name: /Killed, as claimed by each side/ });
  await expect(killed).toBeVisible();
  // Pakistan's revised tally appears as its own history, never merged with Kabul's figures.
  expect(claims.some((c) => c.valueLow === 481)).toBe(true);
  await expect(killed.getByRole("cell", { name: "133 → 228 → 415 → 481" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Mediation now" }).getByRole("listitem").first()).toBeVisible();
});

test("an unknown address gets the not-found page", async ({ page }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
