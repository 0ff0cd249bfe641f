// Signs in and waits until the admin area shows the user, like auth-helpers' signIn, but only after
// the login page has hydrated and the typed values are in the fields: on a loaded machine a fill
// before hydration was lost and the form submitted an empty e-mail.
import { expect, type Page } from "@playwright/test";
import type { TestUser } from "./auth-helpers";

export async function signInSettled(page: Page, user: Pick<TestUser, "email" | "password">, next = "/admin") {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await expect(page.getByLabel("E-mail")).toHaveValue(user.email);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible({ timeout: 15_000 });
}
