// The dataset files as the browser tests' oracle (the same reader as the integration tests), and
// the accessibility and layout checks shared by every page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

import { attackInPakistan, raw } from "../setup/raw-dataset";

export { provinceOf, raw } from "../setup/raw-dataset";
export const attacksInPakistan = raw.incidents.filter(attackInPakistan);

export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}

export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
