// The national picture leads / and /attacks: PICSS's monthly militant-attack counts, read here from
// ../shared/sources/national-counts.md on the file's own terms, must be what the chart's data table
// shows, month by month, with the months the file has no national count for shown as gaps. And no
// count of the record's own incidents appears without saying that it counts this record.
import { expect, test, type Page } from "@playwright/test";
import { monthOf, readNationalCountsFile } from "../setup/national-counts-file";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const label = (month: string) => `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;

/** PICSS's national militant-attack count per month; where the file has a restatement, the restated figure. */
function picssMonthlyAttacks(): Map<string, number> {
  const rows = readNationalCountsFile().rows.filter(
    (row) => row.section === "PICSS" && monthOf(row.period) && row.row.split(" | ")[1]!.startsWith("militant attacks"),
  );
  const byMonth = new Map<string, number>();
  for (const row of rows) {
    const month = monthOf(row.period)!;
    if (!byMonth.has(month) || row.row.includes("restated")) byMonth.set(month, row.values[0]!);
  }
  return byMonth;
}

async function tableOf(page: Page, chartId: string) {
  const figure = page.locator(`figure[data-chart="${chartId}"]`);
  await figure.getByText("Data table").click();
  return figure.getByRole("table");
}

for (const path of ["/", "/attacks"]) {
  test(`${path} leads with PICSS's monthly militant-attack counts, gaps as gaps`, async ({ page }) => {
    const expected = picssMonthlyAttacks();
    expect(expected.get("2025-01")).toBe(74);
    expect(expected.get("2025-04")).toBe(81); // restated in the May report (82 in April's)
    await page.goto(path);
    const figure = page.locator('figure[data-chart="national-attacks"]');
    await expect(figure.getByRole("heading")).toHaveText("Militant attacks in Pakistan per month, as counted by PICSS");
    const table = await tableOf(page, "national-attacks");
    const months = [...expected.keys()].sort();
    for (const month of months) {
      const row = table.getByRole("row", { name: new RegExp(`^${label(month)} `) });
      await expect(row.getByRole("cell").first()).toHaveText(String(expected.get(month)));
    }
    // February 2026: PICSS's deaths and injuries were found, its national attack count was not.
    expect(expected.has("2026-02")).toBe(false);
    const gap = table.getByRole("row", { name: /^Feb 2026 / });
    await expect(gap.getByRole("cell").first()).toHaveText("—");
    await expect(gap).toContainText("no figure found");
    // One bar per month with a figure, drawn on the server; the gap month draws none.
    await expect(figure.locator("svg.column-chart rect")).toHaveCount(expected.size);
  });
}

test("the home page puts the counters' annual counts side by side, never summed", async ({ page }) => {
  await page.goto("/");
  const lead = page.getByRole("region", { name: "Militant attacks in Pakistan, as independent counters count them" });
  await expect(lead.getByTestId("national-latest")).toHaveText("87");
  await expect(lead).toContainText("Report of 2026-02-02");
  await expect(lead.getByRole("listitem").filter({ hasText: "PIPS" })).toContainText("699 “terrorist attacks”");
  await expect(lead.getByRole("listitem").filter({ hasText: "PICSS" })).toContainText("at least 1,066");
  await expect(lead).not.toContainText("1,765"); // 1,066 + 699: a sum would be a figure nobody published
});

test("every count of the record's incidents says what it counts, and when the record has not caught up", async ({
  page,
}) => {
  await page.goto("/?days=30");
  const card = page.getByRole("region", { name: "Incidents in this record" });
  await expect(card).toContainText("in this record");
  await expect(card.getByTestId("record-coverage")).toContainText("has not caught up");
  await page.goto("/attacks");
  await expect(page.getByTestId("attack-total")).toContainText("in this record");
  await expect(page.getByTestId("record-coverage")).toContainText("Not a national count of attacks");
  for (const heading of await page.locator("figure[data-chart] h3").allTextContents()) {
    if (/^(Attacks|Incidents)/.test(heading)) expect(heading).toContain("in this record");
  }
});

test("/counts keeps independent counters, official and party figures, and the UN apart", async ({ page }) => {
  const file = readNationalCountsFile().rows;
  const ispr = file.find((row) => row.row.includes("ISPR") && row.row.includes("terror incidents"))!;
  expect(ispr.values).toEqual([5397]);
  await page.goto("/counts");
  const official = page.getByRole("table", { name: /official bodies, parties and secondary reports/ });
  await expect(official.getByRole("row").filter({ hasText: "“terror incidents”" }).first()).toContainText("5,397");
  const independent = page.getByRole("table", { name: /National figures by PICSS, PIPS and CRSS/ });
  await expect(independent).not.toContainText("5,397");
  await expect(independent.getByRole("row").filter({ hasText: "“terrorist attacks”" })).toContainText("699");
  await expect(page.getByRole("table", { name: /UN figures for civilians in Afghanistan/ })).toContainText("UNAMA");
});
