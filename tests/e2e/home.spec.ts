import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";

const claims = JSON.parse(readFileSync("prisma/dataset/claims.json", "utf8")) as {
  valueLow: number;
  subject: string;
  metric: string;
}[];

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

test("the period picker changes the headline period and its count", async ({ page }) => {
  await page.goto("/?days=30");
  await expect(page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "30 days" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
  await expect(page.getByRole("region", { name: "Incidents in this record" })).toContainText(`${from} to ${to}`);
});
