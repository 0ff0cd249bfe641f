// Data releases over HTTP, against the production build: the server's fresh database was seeded at
// start, which also cut a first release (scripts/data/first-release.ts), named after that day.
// /data/latest sends readers to it; its datapackage.json lists files whose downloaded bytes match
// their sha256; unknown releases and files are real 404s; the methodology page cites the release.
import { createHash } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

const IMMUTABLE = "public, max-age=31536000, immutable";
const RELEASE_PATH = /^\/data\/releases\/(\d{4}-\d{2}-\d{2})$/;
// Counted by hand: the tables of a release (lib/releases/release-tables.ts).
const TABLES = 19;

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Follows /data/latest by hand: a 307 to the latest release's page, short-lived. */
async function latestRelease(request: APIRequestContext) {
  const res = await request.get("/data/latest", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
  const location = res.headers()["location"] ?? "";
  const match = RELEASE_PATH.exec(location);
  expect(match, location).not.toBeNull();
  return { path: location, name: match![1]! };
}

test("/data/latest redirects to a release whose files match the sha256 and bytes in its datapackage.json", async ({
  request,
}) => {
  const { path, name } = await latestRelease(request);
  const descriptor = await request.get(`${path}/datapackage.json`);
  expect(descriptor.status()).toBe(200);
  expect(descriptor.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(descriptor.headers()["cache-control"]).toBe(IMMUTABLE);
  const pkg = (await descriptor.json()) as {
    profile: string;
    version: string;
    citation: string;
    resources: { path: string; bytes: number; hash: string; mediatype: string }[];
  };
  expect(pkg).toMatchObject({ profile: "tabular-data-package", version: name });
  expect(pkg.citation).toContain(`/data/releases/${name}`);
  expect(pkg.resources).toHaveLength(TABLES);
  for (const resource of pkg.resources) {
    const file = await request.get(`${path}/${resource.path}`);
    expect(file.status(), resource.path).toBe(200);
    expect(file.headers()["content-type"], resource.path).toBe("text/csv; charset=utf-8");
    expect(file.headers()["cache-control"], resource.path).toBe(IMMUTABLE);
    const bytes = await file.body();
    expect(bytes.byteLength, resource.path).toBe(resource.bytes);
    expect(`sha256:${sha256(bytes)}`, resource.path).toBe(resource.hash);
  }
  const changelog = await request.get(`${path}/CHANGELOG.md`);
  expect(changelog.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(await changelog.text()).toContain(`# Changes in Frontier Monitor data release ${name}`);

  // /data/latest/<file> sends a script to that file of the latest release.
  const claims = await request.get("/data/latest/claims.csv", { maxRedirects: 0 });
  expect(claims.status()).toBe(307);
  expect(claims.headers()["location"]).toBe(`${path}/claims.csv`);
});

test("a release's page lists its files with rows, bytes and sha256, and the citation to copy", async ({
  page,
  request,
}) => {
  const { path, name } = await latestRelease(request);
  const response = await page.goto("/data/latest");
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(path);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Data release ${name}`);
  await expect(page.getByTestId("release-citation")).toContainText(`data release ${name}`);
  await expect(page.getByTestId("release-citation")).toContainText(`/data/releases/${name}`);
  const rows = page.getByRole("table", { name: `Files of release ${name}` }).locator("tbody tr");
  await expect(rows).toHaveCount(TABLES);
  await expect(rows.filter({ hasText: "claims.csv" }).locator("code")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByRole("link", { name: "datapackage.json" })).toHaveAttribute(
    "href",
    `${path}/datapackage.json`,
  );
  await expect(page.getByRole("region", { name: `CHANGELOG.md of release ${name}` })).toContainText(
    `data release ${name}`,
  );
  await expectNoSeriousA11yViolations(page);

  await page.goto("/data/releases");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("latest");
});

test("an unknown release or file answers 404", async ({ page, request }) => {
  const { path } = await latestRelease(request);
  const unknown = await page.goto("/data/releases/1999-01-01");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  expect((await request.get("/data/releases/not-a-release")).status()).toBe(404);
  expect((await request.get("/data/releases/1999-01-01/claims.csv")).status()).toBe(404);
  expect((await request.get(`${path}/no-such-table.csv`)).status()).toBe(404);
  expect((await request.get(`${path}/..%2Fsecrets`)).status()).toBe(404);
});

test("/data shows the list of releases", async ({ page }) => {
  await page.goto("/data");
  await expect(page).toHaveURL(/\/data\/releases$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Data releases");
});

test("the methodology page names the latest release, its address and its citation", async ({ page, request }) => {
  const { path, name } = await latestRelease(request);
  await page.goto("/methodology#cite");
  const link = page.getByTestId("latest-release");
  await expect(link).toHaveText(`release ${name}`);
  await expect(link).toHaveAttribute("href", path);
  await expect(page.getByTestId("latest-release-citation")).toContainText(
    `Pakistan–Afghanistan conflict record, data release ${name} [Data set].`,
  );
  await expect(page.getByTestId("latest-release-citation")).toContainText(path);
});
