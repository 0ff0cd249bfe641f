// What a reader sees of the record's integrity rules: who attributes an incident in Afghanistan,
// quotes marked verbatim or summary, one statement shown once with its further citations, and the
// positions and declarations on /mediation. Expected values are read from the dataset files.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { raw } from "./fixtures";

const claim = (id: string) => raw.claims.find((c) => c.id === id)!;
const statements = JSON.parse(readFileSync("prisma/dataset/statements.json", "utf8")) as {
  id: string;
  kind: string;
  quote: string;
}[];

test("an incident in Afghanistan says who attributes it to Pakistan", async ({ page }) => {
  for (const [id, label] of [
    ["pakistani-airstrike-kabul-2026-02-27", "Acknowledged by Pakistan"],
    ["omid-rehab-centre-airstrike-kabul-2026-03-16", "Alleged by the Afghan authorities"],
    ["kunar-shelling-during-urumqi-talks-2026-04-03", "Unattributed"],
  ]) {
    expect(raw.incidents.some((incident) => incident.id === id)).toBe(true);
    await page.goto(`/incidents/${id}`);
    await expect(page.getByTestId("strike-attribution")).toContainText(label!);
  }
});

test("quotes are marked verbatim or summary, and one statement is one claim with its citations", async ({ page }) => {
  const summary = claim("pak-afghan-forces-killed-228");
  const verbatim = claim("kabul-pak-forces-killed-55");
  expect(summary.quoteKind).toBe("SUMMARY");
  expect(verbatim.citations.length).toBeGreaterThan(0);
  await page.goto(`/casualties?scope=episode:${summary.episodeId}`);
  const summaryItem = page.locator(`#claim-${summary.id}`);
  await expect(summaryItem).toContainText("Summary of the report, not its words");
  await expect(summaryItem).not.toContainText(`“${summary.quote}`);
  const verbatimItem = page.locator(`#claim-${verbatim.id}`);
  await expect(verbatimItem).toContainText(`“${verbatim.quote}”`);
  await expect(verbatimItem).toContainText("The same statement, also reported by");
  // Kabul's 55 is one claim: the second copy of the statement is gone from the dataset and the page.
  expect(raw.claims.some((c) => c.id === "afghan-mod-pak-forces-killed-55")).toBe(false);
  await expect(page.locator("#claim-afghan-mod-pak-forces-killed-55")).toHaveCount(0);
});

test("mediation lists positions, conditions and declarations, each cited", async ({ page }) => {
  const declaration = statements.find((statement) => statement.id === "pak-asif-open-war-2026-02-27")!;
  await page.goto("/mediation");
  const section = page.getByRole("region", { name: "Declarations" });
  await expect(section.locator(`#statement-${declaration.id}`)).toContainText(declaration.quote);
  await expect(page.locator("section.statements li")).toHaveCount(statements.length);
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { name: "Neutrality rules" })).toBeVisible();
});
