// The home page as the conflict at a glance: PICSS's monthly series with this record's own
// incidents marked apart, the latest episode's claims gap, the latest changes to the record, all
// fitting a phone. Expected values are written out by hand from prisma/dataset/:
//   incidents.json — published incidents in Pakistan that are not security operations (what the
//   record's attack counts count, lib/incidents/attack-queries.ts attackWhere), per month:
//     Oct 2025: 1 (october-2025-border-fighting)
//     Feb 2026: 14 (Islamabad mosque, Bajaur VBIED, Bannu convoy, cross-border fire into Pakistan
//       24–26 Feb, the five border posts of 26 Feb, the Abbottabad, Swabi and Nowshera drones, the
//       drone attacks on border positions, the Bajaur mosque shelling)
//     Mar 2026: 0 (the Kabul rehab centre strike is in Afghanistan)
//     Apr 2026: 3 (Chagai, South Waziristan artillery, the TTP attack; not the North Waziristan
//       operation, a security operation, nor the Kunar and Asadabad strikes, in Afghanistan)
//   claims.json — the Feb–Mar 2026 war: Afghan forces killed, Pakistan 481 (6 Mar) and the Afghan
//     Taliban authorities 13 (2 Mar); Pakistani forces killed, Pakistan 12 (1 Mar), Kabul 12 (2 Mar).
//   period-counts.json — PICSS's April 2025 militant attacks: 82, restated as 81 in the May report
//     (documents.json dawn-1914847, published 2025-06-02).
import { expect, test, type Page } from "@playwright/test";

const RECORD = "Incidents in this record (not a national count)";

async function openTable(page: Page, chartId: string) {
  const figure = page.locator(`figure[data-chart="${chartId}"]`);
  await figure.getByText("Data table").click();
  return figure.getByRole("table");
}

test("the national chart marks the record's incidents per month, apart from PICSS's count", async ({ page }) => {
  await page.goto("/");
  const figure = page.locator('figure[data-chart="national-attacks"]');
  await expect(figure.locator("p.muted").first()).toContainText("incidents in this record (not a national count)");
  await expect(figure.locator(".column-legend")).toContainText(RECORD);
  const table = await openTable(page, "national-attacks");
  await expect(table.getByRole("columnheader").last()).toHaveText(RECORD);
  const expected: [string, string, string][] = [
    // month, PICSS's figure (its own column, unchanged), incidents in this record
    ["Oct 2025", "89", "1"],
    ["Jan 2026", "87", "0"],
    ["Feb 2026", "—", "14"],
    ["Mar 2026", "—", "0"],
    ["Apr 2026", "—", "3"],
  ];
  for (const [month, picss, record] of expected) {
    const row = table.getByRole("row", { name: new RegExp(`^${month} `) });
    await expect(row.getByRole("cell").first(), month).toHaveText(picss);
    await expect(row.getByRole("cell").last(), month).toHaveText(record);
  }
  // The record's months after PICSS's last report say so rather than look like a gap in its count.
  await expect(table.getByRole("row", { name: /^Apr 2026 / })).toContainText("no report in the record yet");
  // Drawn as marks of their own, numbered, under the month labels; the bars stay PICSS's 13 months.
  const marks = figure.locator("svg g.record-marks");
  await expect(marks.locator('g[data-month="2026-02"] text')).toHaveText("14");
  await expect(marks.locator('g[data-month="2026-04"] text')).toHaveText("3");
  await expect(marks.locator('g[data-month="2025-10"] text')).toHaveText("1");
  await expect(marks.locator("g[data-month]")).toHaveCount(3);
  await expect(figure.locator("svg.column-chart rect")).toHaveCount(13);
});

test("the claims gap shows each side's latest figure for the latest episode, never summed", async ({ page }) => {
  await page.goto("/");
  const gap = page.getByRole("region", { name: /What each side claims: Feb–Mar 2026 war/ });
  const table = await openTable(page, "home-claims-gap");
  const figureOf = (subject: string, claimant: string) =>
    table.getByRole("row").filter({ hasText: subject }).filter({ hasText: claimant }).getByRole("cell").nth(1);
  await expect(figureOf("Afghan forces killed", "Government of Pakistan")).toHaveText("481");
  await expect(figureOf("Afghan forces killed", "Afghan Taliban authorities")).toHaveText("13");
  await expect(figureOf("Pakistani forces killed", "Government of Pakistan")).toHaveText("12");
  await expect(figureOf("Pakistani forces killed", "Afghan Taliban authorities")).toHaveText("12");
  await expect(gap).toContainText("Government of Pakistan 481 (2026-03-06)");
  await expect(gap).toContainText("Afghan Taliban authorities 13 (2026-03-02)");
  await expect(gap).not.toContainText("494"); // 481 + 13: a sum nobody claimed
  await expect(gap.locator("svg.gap-chart")).toHaveCount(2);
  await expect(gap.getByRole("link", { name: /Every claim about this episode/ })).toHaveAttribute(
    "href",
    "/casualties",
  );
});

test("the latest changes list PICSS's restatement of April 2025, 82 → 81, with its date and link", async ({ page }) => {
  await page.goto("/");
  const changes = page.getByRole("region", { name: "Latest changes to the record" });
  const list = changes.getByRole("list", { name: "Latest changes, newest first" });
  await expect(list.locator("time").first()).toBeVisible(); // the section streams in after the shell
  const dates = await list.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates).toEqual([...dates].sort().reverse());
  await changes.getByText("The latest revised figures, newest first").click();
  const restatement = changes
    .getByRole("list", { name: "Revised figures, newest first" })
    .getByRole("listitem")
    .filter({ hasText: "82 → 81" });
  await expect(restatement).toHaveCount(1);
  await expect(restatement.locator("time")).toHaveText("2025-06-02");
  const link = restatement.getByRole("link", {
    name: "PICSS's count of “militant attacks” in April 2025 revised: 82 → 81",
  });
  await expect(link).toHaveAttribute("href", "/attacks#count-picss-2025-04-attacks-restated--attacks");
  await link.click();
  await expect(page).toHaveURL(/\/attacks#count-picss-2025-04-attacks-restated--attacks$/);
  await expect(page.locator("#count-picss-2025-04-attacks-restated--attacks")).toContainText(
    "restated by the counter: 82 → 81",
  );
});

test("on a laptop the series and the claims gap sit side by side above the fold", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const chart = await page.locator('figure[data-chart="national-attacks"] svg.column-chart').boundingBox();
  const gap = await page.getByRole("region", { name: /What each side claims/ }).boundingBox();
  expect(chart!.y).toBeLessThan(800);
  expect(gap!.y).toBeLessThan(800);
  expect(gap!.x).toBeGreaterThan(chart!.x + chart!.width);
});

test("at 390 px nothing on the home page overflows sideways, tables opened or not", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Latest changes to the record" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Where the record's incidents happened/ })).toBeVisible();
  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await scrollWidth()).toBeLessThanOrEqual(390);
  await openTable(page, "national-attacks");
  await openTable(page, "home-claims-gap");
  await page.getByText("The latest revised figures, newest first").click();
  expect(await scrollWidth()).toBeLessThanOrEqual(390);
});
