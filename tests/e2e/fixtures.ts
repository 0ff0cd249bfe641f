// The dataset files as the browser tests' oracle, and an accessibility check shared by every page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const read = (f: string): any[] => JSON.parse(readFileSync(`prisma/dataset/${f}.json`, "utf8"));
export const raw = { incidents: read("incidents"), claims: read("claims"), tracks: read("mediation-tracks"), ceasefires: read("ceasefires"), localities: read("localities") };

export const provinceOf = (placeId: string): string | null => {
  const loc = raw.localities.find((l) => l.id === placeId);
  if (loc) return provinceOf(loc.parentId);
  return /^([A-Z]{2}-[A-Z]{2,3})/.exec(placeId)?.[1] ?? null;
};
export const attacksInPakistan = raw.incidents.filter((i) => i.placeId === "PAK" || provinceOf(i.placeId)?.startsWith("PK-"));

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
