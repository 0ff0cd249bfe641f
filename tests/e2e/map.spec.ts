import { expect, test } from "@playwright/test";
import { gazetteer } from "../../lib/geo/gazetteer";
import { districtOf } from "../setup/raw-dataset";
import { attacksInPakistan, expectNoSeriousA11yViolations, raw } from "./fixtures";

const pakDistricts = gazetteer.districts.filter((d) => d.country === "PAK").length;
const countsBy = (rows: typeof attacksInPakistan) => {
  const m = new Map<string, number>();
  for (const i of rows) {
    const d = districtOf(i.placeId);
    if (d) m.set(d, (m.get(d) ?? 0) + 1);
  }
  return m;
};
const shaded = async (page: import("@playwright/test").Page) =>
  new Map(
    await page
      .locator('[data-map="attacks-map"] .map-unit')
      .evaluateAll((els) =>
        els
          .filter((e) => Number(e.getAttribute("data-count")) > 0)
          .map((e) => [e.getAttribute("data-unit")!, Number(e.getAttribute("data-count"))] as [string, number]),
      ),
  );

test("the attacks map draws every district of Pakistan and shades exactly the districts with attacks", async ({
  page,
}) => {
  await page.goto("/attacks");
  await expect(page.locator('[data-map="attacks-map"] .map-unit')).toHaveCount(pakDistricts);
  expect(await shaded(page)).toEqual(countsBy(attacksInPakistan));
  await expect(page.locator('[data-map="attacks-map"]')).toContainText("geoBoundaries");
  await expect(page.locator('[data-map="attacks-map"]')).toContainText("not an endorsement");
  await expectNoSeriousA11yViolations(page);
});

test("shading follows the filters", async ({ page }) => {
  await page.goto("/attacks?type=BORDER_CLASH");
  expect(await shaded(page)).toEqual(countsBy(attacksInPakistan.filter((i) => i.type === "BORDER_CLASH")));
});

test("clicking a district filters the page and the URL", async ({ page }) => {
  await page.goto("/attacks");
  await page.locator('[data-unit-link="PK-KP-bajaur"]').click();
  await expect(page).toHaveURL(/district=PK-KP-bajaur/);
  const expected = attacksInPakistan.filter((i) => districtOf(i.placeId) === "PK-KP-bajaur").length;
  await expect(page.getByTestId("attack-total")).toContainText(`${expected} incident`);
  await expect(page.locator('[data-map="attacks-map"] .map-unit.selected')).toHaveAttribute(
    "data-unit",
    "PK-KP-bajaur",
  );
});

test("the table alternative lists the same counts as the map", async ({ page }) => {
  await page.goto("/attacks");
  const section = page.locator("section.map-section");
  await section.getByText("Table: the record's incidents by district").click();
  const rows = await section
    .locator("table tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.children[0]!.textContent ?? "", Number(tr.children[2]!.textContent)] as [string, number]),
    );
  const names = new Map(gazetteer.districts.map((d) => [d.id, d.name]));
  expect(new Map(rows)).toEqual(new Map([...countsBy(attacksInPakistan)].map(([id, n]) => [names.get(id), n])));
});

test("the Afghanistan layer shades provinces, says who attributes each incident, and lists each claimant's figures", async ({
  page,
}) => {
  await page.goto("/attacks?layer=strikes");
  await expect(page.locator('[data-map="strikes-map"] .map-unit')).toHaveCount(
    gazetteer.provinces.filter((p) => p.country === "AFG").length,
  );
  const afghanIncidents = raw.incidents.filter((i) => !attacksInPakistan.includes(i) && i.placeId !== "AFG");
  expect(afghanIncidents.length).toBeGreaterThan(0);
  await page.getByText("Table: incidents inside Afghanistan by province and attribution").click();
  const table = page.locator("section.map-section table");
  await expect(table).toContainText("Afghan Taliban authorities: 408 killed");
  // Incidents nobody attributes (no perpetrator row in the dataset) are counted as unattributed,
  // never as Pakistani strikes: Kunar's, read from the dataset file.
  const localities = new Map(raw.localities.map((l) => [l.id, l.parentId]));
  const inKunar = afghanIncidents.filter((i) => (localities.get(i.placeId) ?? i.placeId) === "AF-KNR");
  const unattributed = inKunar.filter((i) => i.perpetrators.length === 0).length;
  expect(unattributed).toBeGreaterThan(0);
  const headers = await table.locator("thead th").allTextContents();
  const kunar = table.getByRole("row", { name: /^Kunar / });
  await expect(kunar.locator("th, td").nth(headers.indexOf("Unattributed"))).toHaveText(String(unattributed));
});
