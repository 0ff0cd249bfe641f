// The mediation timeline on /mediation (components/mediation/mediation-timeline.tsx): one row per
// track, one bar per ceasefire, every step a focusable mark that names its source, and a data
// table listing every step. Expected names, dates and sources are written out by hand from
// prisma/dataset/mediation-tracks.json, ceasefires.json and documents.json.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

// Track name → number of dated steps in the dataset.
const TRACKS: Record<string, number> = {
  "Qatar–Türkiye mediation: Doha ceasefire and Istanbul talks": 7,
  "Saudi Arabia (with Qatar): facilitation and the Eid al-Fitr ceasefire": 5,
  "China: Urumqi talks and the non-escalation understanding": 6,
  "Iran: offers to mediate": 2,
  "Russia: offer of good offices": 1,
  "United Nations: calls for restraint and diplomacy": 1,
};
const STEPS = 22;

const CEASEFIRES = [
  { id: "doha-ceasefire-2025-10", startsOn: "2025-10-19", endsOn: "2026-02-26", endedHow: "BROKEN" },
  { id: "eid-al-fitr-ceasefire-2026", startsOn: "2026-03-19", endsOn: "2026-03-24", endedHow: "EXPIRED" },
  { id: "urumqi-non-escalation-2026-04", startsOn: "2026-04-09", endsOn: "", endedHow: "" },
];

const timeline = (page: import("@playwright/test").Page) => page.locator('figure[data-chart="mediation-timeline"]');

test.beforeEach(async ({ page }) => {
  await page.goto("/mediation");
  await expect(page.getByRole("heading", { level: 2, name: "Tracks and ceasefires over time" })).toBeVisible();
});

test("the timeline draws one row per track with its steps, and one bar per ceasefire", async ({ page }) => {
  const figure = timeline(page);
  const rows = figure.locator("g[data-track]");
  await expect(rows).toHaveCount(Object.keys(TRACKS).length);
  for (const [name, steps] of Object.entries(TRACKS)) {
    const row = figure.locator(`g[data-track-name="${name}"]`);
    await expect(row.locator("text.timeline-row-name")).toHaveText(name);
    await expect(row.locator("a[data-step]")).toHaveCount(steps);
  }
  await expect(figure.locator("a[data-step]")).toHaveCount(STEPS);

  // The step that set a status carries it: the Doha ceasefire, its collapse on 26 Feb 2026.
  await expect(figure.locator('a[data-step="qt-2025-10-19-doha-ceasefire"]')).toHaveAttribute(
    "data-status",
    "CEASEFIRE_HOLDING",
  );
  await expect(figure.locator('a[data-date="2026-02-26"]')).toHaveAttribute("data-status", "COLLAPSED");
  // A month-only date keeps its precision (Qatar and Saudi Arabia's facilitation in October 2025).
  await expect(figure.locator('a[data-date="2025-10-01"]')).toHaveAttribute("data-precision", "MONTH");

  const bars = figure.locator("a[data-ceasefire]");
  await expect(bars).toHaveCount(CEASEFIRES.length);
  for (const ceasefire of CEASEFIRES) {
    const bar = figure.locator(`a[data-ceasefire="${ceasefire.id}"]`);
    await expect(bar).toHaveAttribute("data-starts-on", ceasefire.startsOn);
    await expect(bar).toHaveAttribute("data-ends-on", ceasefire.endsOn);
    await expect(bar).toHaveAttribute("data-ended-how", ceasefire.endedHow);
    await expect(bar.locator("title")).toContainText(`from ${ceasefire.startsOn}`);
  }
  // Broken on 26 Feb 2026 after 130 days (19 Oct 2025 → 26 Feb 2026), with a break at its end.
  const doha = figure.locator('a[data-ceasefire="doha-ceasefire-2025-10"]');
  await expect(doha.locator("text.timeline-caption")).toContainText("broken 2026-02-26, held 130 days");
  await expect(doha.locator(".timeline-break")).toHaveCount(1);
  await expect(figure.locator('a[data-ceasefire="eid-al-fitr-ceasefire-2026"] text')).toContainText(
    "expired 2026-03-24, held 5 days",
  );
  // No end reported: an open end, held as of the latest report about it (the Asadabad strike of
  // 28 Apr 2026, al-jazeera-2026-04-28-university-strike), not as of today: 9 → 28 Apr, 19 days.
  const urumqi = figure.locator('a[data-ceasefire="urumqi-non-escalation-2026-04"]');
  await expect(urumqi).toHaveAttribute("data-in-force", "true");
  await expect(urumqi.locator("text.timeline-caption")).toHaveText(
    "Urumqi non-escalation understanding (April 2026) · no end reported; in force at the latest report, 2026-04-28 (19 days)",
  );
  await expect(urumqi.locator(".timeline-violation-pin")).toHaveCount(1);
  await expect(urumqi.locator("title")).toContainText("2026-04-28 Strike on a university in Asadabad");
});

test("every step mark is focusable and names its date, track and source", async ({ page }) => {
  const figure = timeline(page);
  const marks = figure.locator("a[data-step]");
  for (let index = 0; index < STEPS; index++) {
    const mark = marks.nth(index);
    // Retried: on a loaded CI machine the page may still be hydrating when the first mark is
    // focused, and a focus given before React has taken over the document can be dropped.
    await expect(async () => {
      await mark.focus();
      await expect(mark).toBeFocused({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
    await expect(mark.locator("title")).toContainText(/ · .+ · .+: .+ Source: .+/);
  }
  // The accessible name is the title: date, track, kind, title, status set, source document.
  await expect(
    figure.getByRole("link", {
      name: "2025-10-19 · Qatar–Türkiye mediation: Doha ceasefire and Istanbul talks · Ceasefire: Ceasefire agreed in Doha. Status after: Ceasefire holding. Source: Business Today: Pakistan and Afghanistan agree ceasefire in Doha, mediated by Qatar and Türkiye; follow-up talks in Istanbul (summary of the report, not its words)",
    }),
  ).toHaveCount(1);
  await expect(
    figure.getByRole("link", {
      name: /^2026-04-28 · China: Urumqi talks .* · Violation: .* Source: Al Jazeera: 'War crime': Afghan–Pakistan truce under strain after university strike/,
    }),
  ).toHaveCount(1);
  await expect(
    figure.getByRole("link", { name: /^2026-02-27 \(approximate\) · Russia: offer of good offices · Offer: / }),
  ).toHaveCount(1);

  // Keyboard: the next mark takes focus with Tab and writes its step above the rows (CSS, no script).
  const first = figure.locator('g[data-track-name="Iran: offers to mediate"] a[data-step]').first();
  await expect(async () => {
    await first.focus();
    await expect(first).toBeFocused({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press("Tab");
  const second = figure.locator('g[data-track-name="Iran: offers to mediate"] a[data-step]').nth(1);
  await expect(second).toBeFocused();
  await expect(second.locator(".timeline-callout")).toBeVisible();
  await expect(second.locator(".timeline-callout")).toContainText("2026-02-27 · Offer:");
  await expect(first.locator(".timeline-callout")).toBeHidden();
});

test("the data table lists every step and every ceasefire, with its source", async ({ page }) => {
  const figure = timeline(page);
  await figure.getByText("Data table").click();
  const table = figure.getByRole("table");
  await expect(table.locator("tbody tr")).toHaveCount(STEPS + CEASEFIRES.length);
  const collapse = table.getByRole("row", {
    name: /Ceasefire shattered by cross-border attacks and Pakistani airstrikes/,
  });
  await expect(collapse.getByRole("rowheader")).toHaveText("2026-02-26");
  await expect(collapse).toContainText("Collapsed");
  await expect(collapse).toContainText(
    "Analysts warn escalation may embolden armed groups and destabilise both Afghanistan and Pakistan. What happens next?",
  );
  await expect(table.getByRole("row", { name: /Russia offers its good offices/ })).toContainText(
    "Russia: offer of good offices",
  );
  await expect(
    table.getByRole("row", { name: /^2026-04-09 .*Ceasefire: Urumqi non-escalation understanding/ }),
  ).toContainText("no end reported; in force at the latest report, 2026-04-28 (19 days)");
  await expect(figure.locator(".timeline-legend li")).toContainText(["Offered", "Talks under way", "Collapsed"]);
  await expectNoSeriousA11yViolations(page);
});
