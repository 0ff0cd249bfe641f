// The two themes and print (app/styles/tokens.css, app/styles/print.css): every main page passes
// the accessibility check, colour contrast included, in light and in dark; in dark the page, the
// charts' text, a side's mark and the map read the dark tokens; printed, a page drops the site
// navigation and shows the data tables that are folded away on screen. Expected colours are the
// tokens' hex values written out by hand.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, raw } from "./fixtures";

const incident = raw.incidents.find((row) => row.id === "bajaur-vbied-security-post-2026-02") ?? raw.incidents[0]!;
const PAGES = [
  "/",
  "/attacks",
  "/casualties",
  "/mediation",
  `/incidents/${incident.id}`,
  "/search?q=Bajaur",
  "/data/releases",
  "/data/latest",
];
// The war of February–March 2026, where the Government of Pakistan (side PAKISTAN) has claims.
const EPISODE = "/casualties?scope=episode:feb-mar-2026-war";

const style = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const path of PAGES) {
      test(`${path} passes the accessibility check (colour contrast included) in ${scheme}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        // --bg: #ffffff in light, #0d1117 in dark; --fg: #1b1f24 in light, #e6edf3 in dark.
        expect(await style(page, "body", "background-color")).toBe(
          scheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)",
        );
        expect(await style(page, "body", "color")).toBe(scheme === "dark" ? "rgb(230, 237, 243)" : "rgb(27, 31, 36)");
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}

test.describe("dark theme reaches charts, marks and maps", () => {
  test.use({ colorScheme: "dark" });

  test("chart text, a side's mark and the map's empty districts take the dark tokens", async ({ page }) => {
    await page.goto("/attacks");
    // --chart-ink: #e6edf3 in dark (light text on the dark page, not the light theme's #1b1f24).
    expect(await style(page, 'figure[data-chart="by-province"] svg.bar-list text', "fill")).toBe("rgb(230, 237, 243)");
    // --no-data: #21262d in dark (light: #f3f4f6).
    expect(await style(page, '[data-map="attacks-map"] .map-unit.ramp-none', "fill")).toBe("rgb(33, 38, 45)");

    await page.goto(EPISODE);
    // Pakistan's mark is a circle in --side-pakistan: #3391d6 in dark (light: #0072b2).
    expect(await style(page, '.gap-chart g[data-side="PAKISTAN"] [data-mark="circle"]', "fill")).toBe(
      "rgb(51, 145, 214)",
    );
  });
});

test.describe("light theme keeps the palette", () => {
  test.use({ colorScheme: "light" });

  test("a side's mark and the map's empty districts take the light tokens", async ({ page }) => {
    await page.goto(EPISODE);
    expect(await style(page, '.gap-chart g[data-side="PAKISTAN"] [data-mark="circle"]', "fill")).toBe(
      "rgb(0, 114, 178)",
    );
    await page.goto("/attacks");
    expect(await style(page, '[data-map="attacks-map"] .map-unit.ramp-none', "fill")).toBe("rgb(243, 244, 246)");
  });
});

test.describe("print", () => {
  test.use({ colorScheme: "dark" });

  test("a page prints as a brief: no navigation or forms, folded tables shown, black on white", async ({ page }) => {
    await page.goto("/attacks");
    const nav = page.locator(".site-nav");
    const table = page.locator('figure[data-chart="by-province"] details table');
    const filters = page.locator("form.filters");
    await expect(nav).toBeVisible();
    await expect(table).toBeHidden();
    await expect(filters).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(nav).toBeHidden();
    await expect(filters).toBeHidden();
    await expect(page.locator(".skip-link")).toBeHidden();
    await expect(table).toBeVisible();
    await expect(table.getByRole("row").first()).toBeVisible();
    // Printed black on white even when the screen is dark.
    expect(await style(page, "body", "background-color")).toBe("rgb(255, 255, 255)");
    expect(await style(page, "body", "color")).toBe("rgb(0, 0, 0)");
    // The footer's licence and citation line stays.
    await expect(page.locator(".site-footer")).toBeVisible();
    await expect(page.locator(".site-footer")).toContainText("CC BY 4.0");
  });

  test("printed, an outside source's link is followed by its address", async ({ page }) => {
    // An incident whose source document has a web address (prisma/dataset/documents.json: zeenews.india.com).
    await page.goto("/incidents/pakistani-strikes-afghanistan-2026-02-21-22");
    await page.emulateMedia({ media: "print" });
    const link = page.locator('ol.sources a[href^="http"]').first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^https?:\/\//);
    const after = await link.evaluate((element) => getComputedStyle(element, "::after").content);
    expect(after).toBe(`" (${href})"`);
  });
});
