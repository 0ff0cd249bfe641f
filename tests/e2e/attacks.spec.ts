import { expect, test } from "@playwright/test";
import { attacksInPakistan, expectNoHorizontalOverflow, expectNoSeriousA11yViolations, provinceOf } from "./fixtures";

const types = (rows: { type?: string }[]) => new Set(rows.map((i) => i.type)).size;

test("charts render one stacked series per attack type, and the data tables match", async ({ page }) => {
  await page.goto("/attacks");
  await expect(page.getByTestId("attack-total")).toContainText(`${attacksInPakistan.length} incident`);
  const overTime = page.locator('[data-chart="over-time"]');
  await expect(overTime.locator("svg.column-chart g.column-series")).toHaveCount(types(attacksInPakistan));
  const provinces = new Set(attacksInPakistan.map((i) => provinceOf(i.placeId) ?? "unknown")).size;
  await expect(page.locator('[data-chart="by-province"] svg.bar-list rect')).toHaveCount(provinces);
  await page.locator('[data-chart="by-type"] summary').click();
  await expect(page.locator('[data-chart="by-type"] tbody tr')).toHaveCount(types(attacksInPakistan));
  await expectNoSeriousA11yViolations(page);
});

test("filters go into the URL, change the data, and a shared URL reproduces the view", async ({ page }) => {
  await page.goto("/attacks");
  await page.locator("select[name=province]").selectOption("PK-KP");
  await page.locator("select[name=type]").selectOption("BORDER_CLASH");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/province=PK-KP/);
  await expect(page).toHaveURL(/type=BORDER_CLASH/);
  const expected = attacksInPakistan.filter((i) => provinceOf(i.placeId) === "PK-KP" && i.type === "BORDER_CLASH");
  await expect(page.getByTestId("attack-total")).toContainText(`${expected.length} incident`);
  await expect(page.locator(".incident-table tbody tr")).toHaveCount(expected.length);

  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByTestId("attack-total")).toContainText(`${expected.length} incident`);
  await expect(other.locator("select[name=province]")).toHaveValue("PK-KP");
});

test("an empty view says so, and a bad parameter is named, not a crash", async ({ page }) => {
  await page.goto("/attacks?from=1990-01-01&to=1990-12-31");
  await expect(page.getByText("No attacks match these filters.").first()).toBeVisible();
  const res = await page.goto("/attacks?from=2026-13-45&province=KP");
  expect(res?.status()).toBe(200);
  await expect(page.locator("p.notice")).toContainText("from");
  await expect(page.locator("p.notice")).toContainText("province");
});

test("the CSV download holds exactly the filtered rows", async ({ page }) => {
  await page.goto("/attacks?province=PK-KP");
  const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  expect(href).toContain("province=PK-KP");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  const lines = (await res.text())
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((l) => l && !l.startsWith("#"));
  const expected = attacksInPakistan.filter((i) => provinceOf(i.placeId) === "PK-KP");
  expect(lines.length - 1).toBe(expected.length); // minus the header row
});

test("sorting and incident links work, and the page fits a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/attacks?sort=date-asc");
  const first = [...attacksInPakistan].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))[0]!;
  await expect(page.locator(".incident-table tbody tr").first()).toContainText(first.occurredOn);
  await expectNoHorizontalOverflow(page);
  await page.locator(".incident-table tbody tr").first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${first.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title);
});
