// The search page and its API, against the seeded record. Expected ids are written out by hand from
// prisma/dataset/: Bajaur district's incidents (incidents.json) and the three claims quoting
// Information Minister Tarar's "No damage to life" (claims.json). Other browser tests may add
// records while these run, so lists are checked for what they must hold, not for their length.
import { expect, test } from "@playwright/test";
import { expectNoHorizontalOverflow, expectNoSeriousA11yViolations } from "./fixtures";

const NO_DAMAGE_CLAIMS = ["abbottabad", "nowshera", "swabi"].map((city) => `pak-drone-${city}-killed-none`);

test("the search form finds a district's incidents and marks the word in each excerpt", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1, name: "Search the record" })).toBeVisible();
  await page.getByLabel("Words to search for").fill("Bajaur");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=Bajaur/);
  await expect(page.locator(".search-count")).toContainText("in this record for “Bajaur”");
  const results = page.locator("ol.search-hit-list");
  for (const id of ["bajaur-vbied-security-post-2026-02", "bajaur-mosque-damaged-by-shelling-2026-02"]) {
    await expect(results.locator(`li[data-id="${id}"] a[href="/incidents/${id}"]`)).toBeVisible();
  }
  // Coded to Bajaur district: found by its district, said so.
  await expect(results.locator('li[data-id="afghan-attack-border-posts-bajaur-2026-02-26"]')).toContainText(
    "Found by its district: Bajaur",
  );
  await expect(results.locator('li[data-id="PK-KP-bajaur"] a')).toHaveAttribute(
    "href",
    "/attacks?district=PK-KP-bajaur",
  );
  await expect(results.locator("mark", { hasText: "Bajaur" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Search", exact: true })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);
});

test("a quoted phrase finds the claims that quote it, labelled as verbatim quotes", async ({ page }) => {
  await page.goto("/search?q=%22No+damage+to+life%22");
  await expect(page.getByLabel("Words to search for")).toHaveValue('"No damage to life"');
  for (const id of NO_DAMAGE_CLAIMS) {
    const hit = page.locator(`li.search-hit[data-kind="claim"][data-id="${id}"]`);
    await expect(hit).toContainText("Claim by Government of Pakistan");
    await expect(hit.locator(".search-snippet mark")).toContainText("damage to life");
    await expect(hit.locator(".search-snippet .quote-kind")).toHaveText("Verbatim quote:");
  }
  const robots = await page.locator('meta[name="robots"]').getAttribute("content");
  expect(robots).toContain("noindex");
});

test("a search that finds nothing says what was searched and suggests other spellings", async ({ page }) => {
  await page.goto("/search?q=Fetrat+Zzyzzxqv");
  const empty = page.locator(".search-empty");
  await expect(empty).toContainText("No published record matches “Fetrat Zzyzzxqv”");
  await expect(empty).toContainText("“fitrat (or fetrat)”, “zzyzzxqv”");
  await expect(empty).toContainText("Try another spelling");
  await expect(empty).toContainText("Try fewer words");
});

test("bad input is named on the page, not a crash", async ({ page }) => {
  let res = await page.goto("/search?q=%21%3F");
  expect(res?.status()).toBe(200);
  await expect(page.locator("p.notice")).toContainText("Nothing was searched");
  res = await page.goto("/search?q=Kabul&kind=person&page=0");
  expect(res?.status()).toBe(200);
  await expect(page.locator("p.notice")).toContainText("Ignored “kind”");
  await expect(page.locator("p.notice")).toContainText("“page”");
  await expect(page.locator(".search-count")).toContainText("for “Kabul”");
});

test("results fit a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/search?q=Zabihullah+Mujahid");
  await expect(page.locator("li.search-hit").first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
});

test("the API returns the hits as JSON, and 400 naming the problem for bad input", async ({ request }) => {
  const ok = await request.get("/api/v1/search?q=%22no+damage+to+life%22&kind=claim");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toMatch(/^application\/json/);
  const body = await ok.json();
  expect(body.meta).toMatchObject({ page: 1, pageSize: 20, searched: "no <-> damage <-> to <-> life" });
  expect(body.meta.licence).toContain("CC BY 4.0");
  const ids = body.data.map((row: { id: string }) => row.id);
  for (const id of NO_DAMAGE_CLAIMS) expect(ids).toContain(id);
  const swabi = body.data.find((row: { id: string }) => row.id === "pak-drone-swabi-killed-none");
  expect(swabi.path).toBe("/incidents/drone-attack-swabi-2026-02-27#claim-pak-drone-swabi-killed-none");
  expect(swabi.claim).toMatchObject({ claimant: "Government of Pakistan", figure: "none" });
  expect(swabi.snippet.html).toMatch(/<mark>(No )?damage to life<\/mark>/);

  for (const [query, parameter] of [
    ["q=%21%3F", "q"],
    ["q=Kabul&kind=person", "kind"],
    ["q=Kabul&page=0", "page"],
    ["q=Kabul&format=csv", "format"],
    ["kind=claim", "q"],
  ]) {
    const bad = await request.get(`/api/v1/search?${query}`);
    expect(bad.status(), query).toBe(400);
    expect(bad.headers()["cache-control"]).toBe("no-store");
    const problem = await bad.json();
    expect(problem, query).toMatchObject({ error: "invalid_parameter", parameter });
    expect(problem.issues.length, query).toBeGreaterThan(0);
  }
});
