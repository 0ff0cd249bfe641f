// Claims over time: each claimant's figure as a step line over the dates it was stated, one line per
// claimant and never summed. Expected values are written out by hand from prisma/dataset/claims.json
// (and actors.json for the claimants' names); the first test checks the file still says so.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoHorizontalOverflow, raw } from "./fixtures";

const PAKISTAN = "Government of Pakistan";
const KABUL = "Afghan Taliban authorities";
const UNNAMED = "Unnamed report (its source is not given)";
const STRIKES = "pakistani-strikes-afghanistan-2026-02-21-22";

/** [date stated, value, qualifier] of one claimant's points, in the order the chart draws them. */
const pointsOf = (chart: Locator, claimant: string) =>
  chart
    .locator(`.claim-point[data-claimant="${claimant}"]`)
    .evaluateAll((points) =>
      points.map((point) => [
        point.getAttribute("data-stated-on"),
        point.getAttribute("data-value"),
        point.getAttribute("data-qualifier"),
      ]),
    );

/** The ledger's chart of one subject: its <details> opened, its figure returned. */
async function openSubject(page: Page, subject: string, chartId: string) {
  const details = page.locator(`details.claims-over-time-subject[data-subject="${subject}"]`);
  await details.locator(":scope > summary").click();
  const chart = details.locator(`figure[data-chart="${chartId}"]`);
  await expect(chart.locator("svg.claims-over-time-svg")).toBeVisible();
  return chart;
}

test("the dataset still holds the figures these tests expect", () => {
  const figure = (id: string) => {
    const claim = raw.claims.find((row) => row.id === id)!;
    return [claim.madeOn, claim.valueLow, claim.qualifier, claim.revisesId ?? null];
  };
  expect(figure("pak-afghan-forces-killed-133")).toEqual(["2026-02-27", 133, "AT_LEAST", null]);
  expect(figure("pak-afghan-forces-killed-481")).toEqual(["2026-03-06", 481, "EXACT", "pak-afghan-forces-killed-415"]);
  expect(figure("fitrat-own-forces-killed-13")).toEqual(["2026-03-02", 13, "EXACT", "afghan-mod-own-forces-killed-8"]);
  expect(figure("kabul-feb22-strikes-killed-18")).toEqual(["2026-02-27", 18, "AT_LEAST", null]);
  expect(figure("crss-nangarhar-strike-killed-17")).toEqual(["2026-03-01", 17, "EXACT", null]);
});

test("/casualties draws each claimant's revision chain in date order, one line each", async ({ page }) => {
  await page.goto("/casualties");
  // The default scope: the latest episode with claims.
  await expect(page.locator("select[name=scope]")).toHaveValue("episode:feb-mar-2026-war");
  const section = page.getByRole("region", { name: "Claims over time", exact: true });
  await expect(section).toBeVisible();

  const killed = await openSubject(page, "AFGHAN_FORCES/KILLED", "claims-over-time-afghan-forces-killed");
  await expect(killed.locator(".claim-series")).toHaveCount(2);
  expect(await pointsOf(killed, PAKISTAN)).toEqual([
    ["2026-02-27", "133", "AT_LEAST"],
    ["2026-03-01", "228", "EXACT"],
    ["2026-03-02", "415", "EXACT"],
    ["2026-03-06", "481", "EXACT"],
  ]);
  expect(await pointsOf(killed, KABUL)).toEqual([
    ["2026-02-27", "8", "EXACT"],
    ["2026-03-02", "13", "EXACT"],
  ]);
  // "at least 133": a caret above that point, and the qualifier in its title.
  const first = killed.locator(`.claim-point[data-claimant="${PAKISTAN}"]`).first();
  await expect(first.locator('.qualifier-caret[data-caret="up"]')).toHaveCount(1);
  await expect(first.locator("title")).toHaveText(`${PAKISTAN}, 2026-02-27: at least 133`);
  await expect(killed.locator(".qualifier-caret")).toHaveCount(1);
  // Each line ends in its claimant's name and latest figure.
  await expect(killed.locator(`.claim-label[data-claimant="${PAKISTAN}"] .latest-figure`)).toHaveText("481");
  await expect(killed.locator(`.claim-label[data-claimant="${KABUL}"] .latest-figure`)).toHaveText("13");
  await expect(killed.locator("p.muted").first()).toContainText(
    "Government of Pakistan: at least 133 (2026-02-27), revised to 228 (2026-03-01), then 415 (2026-03-02), then 481 (2026-03-06).",
  );
  // The data table: claimant, date stated, figure with its qualifier, the figure it revises.
  await killed.getByText("Data table").click();
  const rows = killed.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveText([
    /^Government of Pakistan\s*2026-02-27\s*at least 133\s*—$/,
    /^Government of Pakistan\s*2026-03-01\s*228\s*at least 133 \(2026-02-27\)$/,
    /^Government of Pakistan\s*2026-03-02\s*415\s*228 \(2026-03-01\)$/,
    /^Government of Pakistan\s*2026-03-06\s*481\s*415 \(2026-03-02\)$/,
    /^Afghan Taliban authorities\s*2026-02-27\s*8\s*—$/,
    /^Afghan Taliban authorities\s*2026-03-02\s*13\s*8 \(2026-02-27\)$/,
  ]);

  // Both sides end at 12 Pakistani soldiers killed: two lines at 12, no point of 24.
  const soldiers = await openSubject(page, "PAKISTANI_FORCES/KILLED", "claims-over-time-pakistani-forces-killed");
  expect(await pointsOf(soldiers, PAKISTAN)).toEqual([
    ["2026-02-27", "2", "EXACT"],
    ["2026-03-01", "12", "EXACT"],
  ]);
  expect(await pointsOf(soldiers, KABUL)).toEqual([
    ["2026-02-27", "55", "EXACT"],
    ["2026-03-02", "12", "EXACT"],
  ]);
  await expect(soldiers.locator(".claim-point")).toHaveCount(4);
  await expect(soldiers.locator(".claim-label .latest-figure")).toHaveText(["12", "12"]);

  // A subject with a single figure (tanks / vehicles destroyed: Pakistan's 185) gets no chart.
  await expect(section.locator('details[data-subject="AFGHAN_FORCES/VEHICLES_DESTROYED"]')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include(".claims-over-time").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("an incident's page draws both claimants' figures as separate series, not summed", async ({ page }) => {
  await page.goto(`/incidents/${STRIKES}`);
  const charts = page.locator('figure[data-chart^="claims-over-time-"]');
  // Civilians in Afghanistan has one figure (UNAMA's 13): no chart for it.
  await expect(charts).toHaveCount(1);
  const chart = page.locator('figure[data-chart="claims-over-time-people-in-afghanistan-killed"]');
  await expect(chart.locator(".claim-series")).toHaveCount(2);
  expect(await chart.locator(".claim-series").evaluateAll((g) => g.map((s) => s.getAttribute("data-side")))).toEqual([
    "AFGHANISTAN",
    "THIRD_PARTY",
  ]);
  expect(await pointsOf(chart, KABUL)).toEqual([["2026-02-27", "18", "AT_LEAST"]]);
  expect(await pointsOf(chart, UNNAMED)).toEqual([["2026-03-01", "17", "EXACT"]]);
  await expect(chart.locator(".claim-point")).toHaveCount(2);
  await expect(chart.locator(`.claim-label[data-claimant="${KABUL}"] .latest-figure`)).toHaveText("at least 18");
  await expect(chart.locator(`.claim-label[data-claimant="${UNNAMED}"] .latest-figure`)).toHaveText("17");
  await expect(chart).not.toContainText("35"); // 18 + 17: a figure nobody stated
  const axe = await new AxeBuilder({ page }).include(".claims-over-time").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("the charts fit a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, opener] of [
    ["/casualties", "AFGHAN_FORCES/KILLED"],
    [`/incidents/${STRIKES}`, null],
  ] as const) {
    await page.goto(path);
    if (opener) await page.locator(`details[data-subject="${opener}"] > summary`).click();
    const charts = page.locator('figure[data-chart^="claims-over-time-"]:visible');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      for (const part of [chart, chart.locator("svg.claims-over-time-svg")]) {
        const box = await part.boundingBox();
        expect(box, path).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
    }
    await expectNoHorizontalOverflow(page);
  }
});
