// Embeds (app/embed/*) inside another site's page: a second origin (a small node:http server on
// another port of 127.0.0.1) frames the embed, which renders, and frames a site page, which the
// browser refuses (frame-ancestors 'none', X-Frame-Options: DENY). Then the framing headers as
// sent through the front cache, the "Embed" control, oEmbed, and the claims ledger at 390 px.
// Expected values are written by hand: the episode /casualties opens on is prisma/dataset/episodes.json's
// "feb-mar-2026-war" (the latest with published claims), its figures from prisma/dataset/claims.json.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

const NATIONAL_TITLE = "Militant attacks in Pakistan per month, as counted by PICSS";
const EPISODE_SCOPE = "episode%3Afeb-mar-2026-war";
// The heights the "Embed" code gives its frames (lib/embed/embed-paths.ts).
const NATIONAL_HEIGHT = 820;
const CASUALTIES_HEIGHT = 1320;
const SOURCE_LINE = /^Source: .+ · Frontier Monitor, data as of \d{4}-\d{2}-\d{2}, CC BY 4\.0$/;

let host: http.Server;
let hostOrigin = "";

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

test.beforeAll(async () => {
  // Another site: one page that frames whatever address it is given, at the size it is given.
  host = http.createServer((req, res) => {
    const query = new URL(req.url ?? "/", "http://host.invalid").searchParams;
    const src = escapeAttribute(query.get("src") ?? "about:blank");
    const width = Number(query.get("width") ?? 600);
    const height = Number(query.get("height") ?? 600);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><title>Another site</title></head><body style="margin:0">` +
        `<p style="margin:8px">An article on another site.</p>` +
        `<iframe id="framed" src="${src}" width="${width}" height="${height}" style="border:0;display:block" ` +
        `title="Framed figure" onload="document.body.dataset.loaded = '1'"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => host.close(() => resolve()));
});

/** Opens the other site's page framing `src`; resolves once the frame has loaded (or been refused). */
async function frameOnOtherSite(page: Page, src: string, width: number, height: number) {
  const params = new URLSearchParams({ src, width: String(width), height: String(height) });
  await page.goto(`${hostOrigin}/frame?${params}`);
  await page.waitForFunction(() => document.body.dataset.loaded === "1", null, { timeout: 20_000 });
  const frame = await (await page.locator("#framed").elementHandle())!.contentFrame();
  return { locator: page.frameLocator("#framed"), frame: frame! };
}

test("an embed renders in another site's frame: its chart, its source line, a link back, no site chrome", async ({
  page,
  baseURL,
}) => {
  const { locator, frame } = await frameOnOtherSite(page, `${baseURL}/embed/national`, 640, NATIONAL_HEIGHT);
  expect(frame.url()).toBe(`${baseURL}/embed/national`);
  await expect(locator.getByRole("heading", { name: NATIONAL_TITLE })).toBeVisible();
  await expect(locator.locator('figure[data-chart="embed-national"] svg.column-chart')).toBeVisible();
  // The data table is there, folded away.
  await expect(locator.locator('figure[data-chart="embed-national"] summary', { hasText: "Data table" })).toBeVisible();
  await expect(locator.locator('figure[data-chart="embed-national"] table')).toBeHidden();
  await expect(locator.locator(".embed-source")).toHaveText(SOURCE_LINE);
  const back = locator.getByRole("link", { name: /full page on Frontier Monitor/ });
  await expect(back).toHaveAttribute("href", "/");
  await expect(back).toHaveAttribute("target", "_blank");
  await expect(back).toHaveAttribute("rel", "noopener");
  await expect(locator.locator(".site-header, .site-nav, .site-footer, .skip-link")).toHaveCount(0);
  // No Embed control inside the embed, and no scroll bar at the height the Embed code gives.
  await expect(locator.locator("details.embed-code")).toHaveCount(0);
  const size = await frame.evaluate(() => {
    const root = document.documentElement;
    return { overflowY: root.scrollHeight - root.clientHeight, overflowX: root.scrollWidth - root.clientWidth };
  });
  expect(size).toEqual({ overflowY: 0, overflowX: 0 });
});

test("a site page is refused in another site's frame", async ({ page, baseURL }) => {
  const { locator, frame } = await frameOnOtherSite(page, `${baseURL}/attacks`, 800, 600);
  // Chromium replaces a refused frame with its own error page.
  await expect.poll(() => frame.url()).toBe("chrome-error://chromewebdata/");
  await expect(locator.getByRole("heading", { name: "Attacks in Pakistan", exact: true })).toHaveCount(0);
  await expect(locator.locator(".site-header")).toHaveCount(0);
});

test("only /embed/* may be framed, by any site; every other route keeps DENY", async ({ request }) => {
  // Twice each: the second answer may come from the front cache, which must keep the headers.
  for (const round of [1, 2]) {
    for (const path of ["/embed/national", "/embed/mediation", `/embed/casualties/${EPISODE_SCOPE}`]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const csp = res.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
      expect(csp, `${path} (${round})`).toHaveLength(1);
      expect(csp[0]!.value).toContain("frame-ancestors *");
      expect(csp[0]!.value).not.toContain("frame-ancestors 'none'");
      expect(res.headers()["x-frame-options"], path).toBeUndefined();
    }
    for (const path of ["/", "/attacks", "/casualties", "/mediation", "/api/v1/incidents"]) {
      const res = await request.get(path);
      const csp = res.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
      expect(csp, `${path} (${round})`).toHaveLength(1);
      expect(csp[0]!.value).toContain("frame-ancestors 'none'");
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
    }
  }
  // An unknown scope is a real 404, framed like the embeds.
  expect((await request.get("/embed/casualties/episode:no-such-episode")).status()).toBe(404);
  expect((await request.get("/embed/attacks/not-a-view")).status()).toBe(404);
});

test("the Embed control beside a chart shows the iframe code of its embed", async ({ page }) => {
  await page.goto("/");
  const control = page.locator('figure[data-chart="national-attacks"] details.embed-code');
  await expect(control.locator("code")).toBeHidden();
  await control.locator("summary").click();
  await expect(control.locator("code")).toBeVisible();
  expect(await control.locator("code").textContent()).toMatch(
    new RegExp(
      '^<iframe src="https?://[^"]+/embed/national" width="100%" height="820" style="border:0" ' +
        'title="Militant attacks in Pakistan per month, as independent counters count them \\(Frontier Monitor\\)" ' +
        'loading="lazy"></iframe>$',
    ),
  );
  await page.goto("/casualties");
  const ledger = page.locator("details.embed-code");
  await ledger.locator("summary").click();
  await expect(ledger.locator("code")).toContainText(`/embed/casualties/${EPISODE_SCOPE}"`);
  await page.goto("/mediation");
  const timeline = page.locator('figure[data-chart="mediation-timeline"] details.embed-code');
  await timeline.locator("summary").click();
  await expect(timeline.locator("code")).toContainText('/embed/mediation" width="100%" height="1480"');
});

test("oEmbed: discovered from the embed, rich for the home page, 404 for another site", async ({ page, request }) => {
  await page.goto("/embed/national");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  const endpoint = new URL(href!);
  // The public origin (SITE_URL), whatever address the test server listens on.
  const site = endpoint.origin;
  expect(endpoint.pathname).toBe("/api/oembed");
  expect(endpoint.searchParams.get("url")).toBe(`${site}/embed/national`);
  const discovered = await request.get(`${endpoint.pathname}${endpoint.search}`);
  expect(discovered.status()).toBe(200);
  expect((await discovered.json()).type).toBe("rich");

  const home = await request.get(`/api/oembed?url=${encodeURIComponent(`${site}/`)}&format=json`);
  expect(home.status()).toBe(200);
  const body = await home.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Frontier Monitor", width: 640 });
  expect(body.html).toContain(`<iframe src="${site}/embed/national" width="100%" height="${body.height}"`);

  const casualties = await request.get(`/api/oembed?url=${encodeURIComponent(`${site}/casualties`)}&maxwidth=390`);
  expect(casualties.status()).toBe(200);
  expect((await casualties.json()).html).toContain(`${site}/embed/casualties/${EPISODE_SCOPE}"`);

  for (const url of ["https://evil.example/", `${site}/casualties?scope=episode:no-such-episode`, `${site}/admin`]) {
    const refused = await request.get(`/api/oembed?url=${encodeURIComponent(url)}&format=json`);
    expect(refused.status(), url).toBe(404);
    expect((await refused.json()).error).toBe("not_found");
  }
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${site}/`)}&format=xml`)).status()).toBe(501);
});

test("the claims ledger embed shows both sides' columns side by side in a 390 px frame", async ({ page, baseURL }) => {
  const { locator, frame } = await frameOnOtherSite(
    page,
    `${baseURL}/embed/casualties/${EPISODE_SCOPE}`,
    390,
    CASUALTIES_HEIGHT,
  );
  const frameBox = (await page.locator("#framed").boundingBox())!;
  // Afghan forces killed: Pakistan's latest figure 481, the Afghan Taliban authorities' 13.
  const row = locator.locator("table.ledger tr").filter({ hasText: "Afghan forces — killed" });
  const pakistan = row.locator('td[data-column="pk"]');
  const afghanistan = row.locator('td[data-column="af"]');
  await expect(pakistan).toHaveAttribute("data-label", "Pakistan says");
  await expect(afghanistan).toHaveAttribute("data-label", "Afghan Taliban authorities say");
  await expect(pakistan.locator(".ledger-figure .figure").first()).toHaveText("481");
  await expect(pakistan).toContainText("Government of Pakistan");
  await expect(afghanistan.locator(".ledger-figure .figure").first()).toHaveText("13");
  await expect(afghanistan).toContainText("Afghan Taliban authorities");
  const boxes = [];
  for (const cell of [pakistan, afghanistan]) {
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(frameBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(frameBox.x + 390 + 0.5);
    expect(box.y).toBeGreaterThanOrEqual(frameBox.y);
    expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + CASUALTIES_HEIGHT);
    boxes.push(box);
  }
  // Side by side: the same line, Pakistan's column left of the Afghan authorities'.
  expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(1);
  expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(boxes[1]!.x);
  expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  // A figure's link leads to its source on the full page, in a new tab.
  const link = pakistan.locator(".ledger-figure a.figure").first();
  expect(await link.evaluate((anchor: HTMLAnchorElement) => new URL(anchor.href).pathname)).toBe("/casualties");
  expect(await frame.evaluate(() => document.querySelector("base")?.target)).toBe("_blank");
  await expect(locator.locator(".embed-source")).toHaveText(SOURCE_LINE);
});

test("every embed passes the accessibility check", async ({ page }) => {
  for (const path of [
    "/embed/national",
    "/embed/attacks",
    "/embed/map",
    `/embed/casualties/${EPISODE_SCOPE}`,
    "/embed/mediation",
  ]) {
    await page.goto(path);
    await expect(page.locator(".embed-source"), path).toHaveText(SOURCE_LINE);
    await expectNoSeriousA11yViolations(page);
  }
});
