import { expect, test } from "@playwright/test";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations, raw } from "./fixtures";

const chainEnd = raw.claims.find((c) => c.valueLow === 481 && c.subject === "AFGHAN_FORCES")!;

test("casualties: claims side by side with revisions, each linked to its quote", async ({ page }) => {
  await page.goto(`/casualties?scope=episode:${chainEnd.episodeId}`);
  const row = page.getByRole("row", { name: /Afghan forces — killed/ });
  await expect(row.getByRole("list", { name: "Revisions by Government of Pakistan" }).getByRole("listitem")).toHaveText(
    [/at least 133/, /228/, /415/, /481/],
  );
  // Kabul's 55 and Islamabad's 2 stand in different columns of the same row
  const pkRow = page.getByRole("row", { name: /Pakistani forces — killed/ });
  await expect(pkRow.getByRole("cell").nth(0)).toContainText("2");
  await expect(pkRow.getByRole("cell").nth(1)).toContainText("55");
  // each figure links to its source quote on the page
  const link = row.getByRole("link", { name: /481/ }).first();
  const target = await link.getAttribute("href");
  await expect(page.locator(target!)).toContainText(chainEnd.quote);
  // the digest's line is labelled a summary, not dressed as the report's words
  await expect(page.locator(target!)).toContainText(
    chainEnd.quoteKind === "SUMMARY" ? "Summary of the report, not its words" : "verbatim quote",
  );
  await expect(page.locator(".gap-chart").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("casualties: an unknown scope falls back with a notice", async ({ page }) => {
  await page.goto("/casualties?scope=galaxy:far-away");
  await expect(page.locator("p.notice")).toContainText("galaxy:far-away");
});

test("mediation: every track with its status and timeline, every ceasefire with how long it held", async ({ page }) => {
  await page.goto("/mediation");
  await expect(page.locator("article.track")).toHaveCount(raw.tracks.length);
  await expect(page.locator("article.track .timeline li")).toHaveCount(
    raw.tracks.reduce((n, t) => n + t.events.length, 0),
  );
  await expect(page.locator(".table-scroll table tbody tr")).toHaveCount(raw.ceasefires.length);
  const broken = raw.ceasefires.find((c) => c.endedHow === "BROKEN")!;
  const days = Math.round((Date.parse(broken.endedOn) - Date.parse(broken.startsOn)) / 86_400_000);
  await expect(page.getByRole("row").filter({ hasText: broken.name })).toContainText(`${days} days`);
  await expectNoSeriousA11yViolations(page);
});

test("incident page: what, where, when, who, claims and every source with its quote", async ({ page }) => {
  const incident = raw.incidents.find((i) => i.id === "bajaur-vbied-security-post-2026-02") ?? raw.incidents[0]!;
  await page.goto(`/incidents/${incident.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(incident.title);
  await expect(page.locator("ol.sources > li")).toHaveCount(incident.citations.length);
  for (const c of incident.citations) await expect(page.getByText(c.quote, { exact: false }).first()).toBeVisible();
  const claims = raw.claims.filter((c) => c.incidentId === incident.id);
  await expect(page.locator("tr[id^=claim-]")).toHaveCount(claims.length);
  await expectNoSeriousA11yViolations(page);
});

// The page looks the record up before anything streams, so the status is a real 404, not a 200
// carrying the not-found page (a soft 404 to crawlers and link checkers).
test("an unknown incident answers 404 with the not-found page, marked noindex; a known one 200", async ({
  page,
  request,
}) => {
  const res = await page.goto("/incidents/no-such-incident");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.locator('head meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
  // Over plain HTTP as well, as a crawler sees it.
  expect((await request.get("/incidents/no-such-incident")).status()).toBe(404);
  const known = await request.get(`/incidents/${raw.incidents[0]!.id}`);
  expect(known.status()).toBe(200);
  expect(await known.text()).toContain("Who is said to be responsible");
});

test("methodology and overview pass the accessibility check and fit 360 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/methodology", "/", "/casualties", "/mediation"]) {
    await page.goto(path);
    await page.screenshot({
      path: `test-results/screens/360${path === "/" ? "-home" : path.replace("/", "-")}.png`,
      fullPage: true,
    });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoSeriousA11yViolations(page);
  }
});

// Side by side on every screen: at phone width each side's column of the ledger stays in view,
// none pushed off-screen behind a horizontal scroll.
test("casualties at 390 px shows every side's figures of a row within the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/casualties?scope=episode:${chainEnd.episodeId}`);
  const row = page.getByRole("row", { name: /Pakistani forces — killed/ });
  for (const column of ["pk", "af", "ind"]) {
    const box = await row.locator(`td[data-column="${column}"]`).boundingBox();
    expect(box, `column ${column}`).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  await expect(row.locator('td[data-column="pk"]')).toContainText("2");
  await expect(row.locator('td[data-column="af"]')).toContainText("12");
  await expectNoHorizontalOverflow(page);
});
