// The mediation timeline on /mediation is not a ChartFigure (its marks are links, which must stay
// reachable), but it has the same "Download: SVG · PNG · CSV" row: an SVG that stands on its own
// (title, legend, source line, colours written out, step links pointing at the site), a PNG of
// twice its size, and its data table as CSV. Expected values are written out by hand from
// prisma/dataset/mediation-tracks.json and ceasefires.json (22 dated steps, 3 ceasefires).
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

const CHART = 'figure[data-chart="mediation-timeline"]';
const TITLE = "Mediation steps and ceasefires on one time axis";
const STEPS = 22;
const CEASEFIRES = 3;

test.use({ colorScheme: "light" });

async function download(page: Page, format: "SVG" | "PNG" | "CSV") {
  const button = page.locator(CHART).getByRole("button", { name: `Download ${TITLE} as ${format}`, exact: true });
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test.beforeEach(async ({ page }) => {
  await page.goto("/mediation");
  await expect(page.locator(`${CHART} .chart-downloads`)).toContainText("Download: SVG · PNG · CSV");
});

test("the timeline downloads as a standalone SVG with its legend, its marks and its source line", async ({ page }) => {
  const { name, bytes } = await download(page, "SVG");
  expect(name).toBe("mediation-timeline.svg");
  const text = bytes.toString("utf8");
  expect(text).not.toContain("var(--");
  const svg = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    const chart = root.querySelector('svg[data-part="chart"]');
    const fillOf = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const declared = /(?:^|;)\s*fill:\s*([^;]+)/.exec(node.getAttribute("style") ?? "")?.[1];
        if (declared) return declared.trim();
      }
      return "";
    };
    // The Doha ceasefire's step set "ceasefire holding": the palette's bar, in --status-holding.
    const doha = chart?.querySelector('a[data-step="qt-2025-10-19-doha-ceasefire"] path[data-mark]');
    return {
      errors: doc.getElementsByTagName("parsererror").length,
      texts: [...root.querySelectorAll("text")].map((element) => (element.textContent ?? "").trim()),
      legend: root.querySelector('[data-part="legend"]')?.textContent ?? "",
      steps: chart?.querySelectorAll("a[data-step]").length ?? 0,
      ceasefires: chart?.querySelectorAll("a[data-ceasefire]").length ?? 0,
      hrefs: [...(chart?.querySelectorAll("a[data-step]") ?? [])].map((link) => link.getAttribute("href") ?? ""),
      dohaMark: doha?.getAttribute("data-mark") ?? "",
      dohaFill: fillOf(doha ?? null),
    };
  }, text);
  expect(svg.errors).toBe(0);
  expect(svg.texts).toContain(TITLE);
  expect(svg.texts.find((line) => line.startsWith("Source: Frontier Monitor"))).toMatch(
    /^Source: Frontier Monitor, http:\/\/[^ ]+\/mediation, data as of \d{4}-\d{2}-\d{2}$/,
  );
  // The legend below the page's chart travels with the file.
  for (const label of ["Offered", "Talks under way", "Ceasefire holding", "Collapsed", "Reported violation"]) {
    expect(svg.legend).toContain(label);
  }
  expect(svg.steps).toBe(STEPS);
  expect(svg.ceasefires).toBe(CEASEFIRES);
  for (const href of svg.hrefs) expect(href).toMatch(/^http:\/\/[^ ]+\/mediation#track-[\w-]+$/);
  expect(svg.dohaMark).toBe("bar");
  // #009e73, the light theme's --status-holding.
  expect(svg.dohaFill).toBe("rgb(0, 158, 115)");
});

test("the timeline downloads as a PNG twice the SVG's size", async ({ page }) => {
  const { name, bytes } = await download(page, "PNG");
  expect(name).toBe("mediation-timeline.png");
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const svgText = (await download(page, "SVG")).bytes.toString("utf8");
  const [width, height] = [/<svg[^>]* width="(\d+)"/, /<svg[^>]* height="(\d+)"/].map((pattern) =>
    Number(pattern.exec(svgText)?.[1]),
  );
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width! * 2, height! * 2]);
});

test("the timeline's data table downloads as CSV, one record per step and ceasefire", async ({ page }) => {
  const { name, bytes } = await download(page, "CSV");
  expect(name).toBe("mediation-timeline.csv");
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1, -2).split("\r\n");
  expect(lines[0]).toBe("Date,Track,What,Status,Source");
  expect(lines).toHaveLength(1 + STEPS + CEASEFIRES);
  // The Doha ceasefire's collapse on 26 Feb 2026, its status written out.
  const collapse = lines.find((line) => line.startsWith("2026-02-26,"));
  expect(collapse).toContain("Collapsed");
  // Each ceasefire is one record of its own.
  expect(lines.filter((line) => line.includes("The ceasefire record (see"))).toHaveLength(CEASEFIRES);
});
