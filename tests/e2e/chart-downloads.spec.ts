// Every chart can leave the page: the national attacks chart on /attacks downloads as an SVG that
// stands on its own (valid XML, its title and source line in it, colours written out rather than
// left to the site's stylesheets), as a PNG of twice that size, and as its data table in CSV.
// Expected values are written out by hand from prisma/dataset/period-counts.json and documents.json.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

const CHART = 'figure[data-chart="national-attacks"]';
const TITLE = "Militant attacks in Pakistan per month, as counted by PICSS";
// PICSS's monthly counts run Jan 2025 – Feb 2026: 14 months, Feb 2026 without an attack count.
const MONTHS = 14;
const BARS = 13;

async function download(page: Page, format: "SVG" | "PNG" | "CSV") {
  const button = page.locator(CHART).getByRole("button", { name: `Download ${TITLE} as ${format}`, exact: true });
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The SVG file read by the browser's own XML parser. */
async function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    const bars = [...root.querySelectorAll('svg[data-part="chart"] rect')];
    // The fill a bar is drawn with: its own, else the nearest one it inherits (as an SVG viewer reads it).
    const fillOf = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const declared =
          /(?:^|;)\s*fill:\s*([^;]+)/.exec(node.getAttribute("style") ?? "")?.[1] ?? node.getAttribute("fill");
        if (declared) return declared.trim();
      }
      return "";
    };
    return {
      errors: doc.getElementsByTagName("parsererror").length,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      texts: [...root.querySelectorAll("text")].map((text) => text.textContent ?? ""),
      bars: bars.length,
      firstBarFill: fillOf(bars[0] ?? null),
    };
  }, text);
}

test("the national attacks chart downloads as a standalone SVG with its title and source line", async ({ page }) => {
  await page.goto("/attacks");
  const { name, bytes } = await download(page, "SVG");
  expect(name).toBe("national-attacks.svg");
  const text = bytes.toString("utf8");
  const svg = await parseSvg(page, text);
  expect(svg.errors).toBe(0);
  expect(svg.root).toBe("svg");
  expect(svg.namespace).toBe("http://www.w3.org/2000/svg");
  expect(svg.width).toBeGreaterThan(0);
  expect(svg.height).toBeGreaterThan(0);
  expect(svg.texts).toContain(TITLE);
  const source = svg.texts.find((line) => line.startsWith("Source: Frontier Monitor"));
  expect(source).toMatch(
    /^Source: Frontier Monitor, http:\/\/[^ ]+\/attacks, (data as of|downloaded) \d{4}-\d{2}-\d{2}$/,
  );
  // The chart itself: one bar per month with a count, its colour written out as a value.
  expect(svg.bars).toBe(BARS);
  expect(text).not.toContain("var(--");
  const shownFill = await page
    .locator(`${CHART} svg.column-chart rect`)
    .first()
    .evaluate((bar) => getComputedStyle(bar).fill);
  expect(svg.firstBarFill).toBe(shownFill);
});

test("the national attacks chart downloads as a PNG twice the SVG's size", async ({ page }) => {
  await page.goto("/attacks");
  const { name, bytes } = await download(page, "PNG");
  expect(name).toBe("national-attacks.png");
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  // The first chunk is IHDR: its length (13), its type, then width and height as 32-bit integers.
  expect(bytes.readUInt32BE(8)).toBe(13);
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);
  const svg = await parseSvg(page, (await download(page, "SVG")).bytes.toString("utf8"));
  expect([width, height]).toEqual([svg.width * 2, svg.height * 2]);
});

test("the national attacks chart's data table downloads as CSV, row for row", async ({ page }) => {
  await page.goto("/attacks");
  const figure = page.locator(CHART);
  const { name, bytes } = await download(page, "CSV");
  expect(name).toBe("national-attacks.csv");
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(1, -2).split("\r\n");
  await figure.getByText("Data table").click();
  const header = (await figure.locator("table thead th").allTextContents()).map((cell) => cell.trim());
  expect(header).toEqual(["Month", "Militant attacks (PICSS)", "As published", "Report published"]);
  expect(lines[0]).toBe(header.join(","));
  const tableRows = await figure.locator("table tbody tr").count();
  expect(tableRows).toBe(MONTHS);
  expect(lines).toHaveLength(tableRows + 1);
  // Rows by hand: Jan 2025's report has no date shown; April's 82 was restated as 81 in the
  // report of 2025-06-02; February 2026 has no attack count (a gap, never a zero).
  expect(lines[1]).toBe("Jan 2025,74,at least 74,not shown");
  expect(lines).toContain("Apr 2025,81,81 (restated; first published as 82),2025-06-02");
  expect(lines.at(-1)).toBe("Feb 2026,—,no figure found,—");
});

test("the download buttons are named for their chart and not printed", async ({ page }) => {
  await page.goto("/attacks");
  const row = page.locator(`${CHART} .chart-downloads`);
  await expect(row).toContainText("Download: SVG · PNG · CSV");
  for (const format of ["SVG", "PNG", "CSV"]) {
    await expect(row.getByRole("button", { name: `Download ${TITLE} as ${format}`, exact: true })).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  await expect(row).toBeHidden();
});
