// GET /api/cron/refresh over real HTTP against `next start` (its own server and database, see
// refresh-server.ts), with the real adapters fetching from a local replay server.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { DEFAULT_SOURCES } from "../../lib/feeds/default-sources";
import { body, delay, generate, startReplayServer, type ReplayServer } from "../../scripts/support/replay-server";
import { NEWS_ITEMS, rssFeed, ucdpPage } from "../fixtures/refresh/feeds";
import { attacksInPakistan } from "./fixtures";
import { E2E_CRON_SECRET, REFRESH_BASE_URL, REFRESH_DB_URL } from "./refresh-server";

test.describe.configure({ mode: "serial" });
test.use({ baseURL: REFRESH_BASE_URL });

const ROUTE = "/api/cron/refresh";
const UCDP_PATH = "/api/gedevents/25.1";
const AUTH = { authorization: `Bearer ${E2E_CRON_SECRET}` };
// The recorded UCDP events in Pakistan between these dates: 612001 (Mir Ali, North Waziristan) and 612003 (Chagai).
const VIEW = "/attacks?from=2026-04-23&to=2026-04-25";
const seededInView = attacksInPakistan.filter(
  (i) => i.occurredOn >= "2026-04-23" && i.occurredOn <= "2026-04-25",
).length;

let replay: ReplayServer;
let db: pg.Client;
const count = async (sql: string) =>
  Number((await db.query<{ n: string }>(`SELECT COUNT(*)::text AS n FROM ${sql}`)).rows[0]!.n);

function serveUcdp(slowMs = 0) {
  const page1 = generate("application/json; charset=utf-8", () => ucdpPage(1, replay.url, 0));
  const first = slowMs ? delay(slowMs, page1) : page1;
  const second = generate("application/json; charset=utf-8", () => ucdpPage(2, replay.url, 0));
  replay.setRoute(UCDP_PATH, {
    handle: (req, res, url) => (url.searchParams.get("page") === "1" ? second : first).handle(req, res, url),
  });
}

test.beforeAll(async () => {
  replay = await startReplayServer({
    "/rss/news.xml": body(rssFeed(NEWS_ITEMS), "application/rss+xml; charset=utf-8"),
  });
  serveUcdp();
  db = new pg.Client({ connectionString: REFRESH_DB_URL });
  await db.connect();
  // The default sources, disabled (they point at the internet), then two of them pointed here.
  for (const s of DEFAULT_SOURCES) {
    await db.query(
      `INSERT INTO "FeedSource" ("id", "slug", "name", "kind", "url", "credentialEnv", "autoPublish", "enabled", "updatedAt")
       VALUES ($1, $2, $3, $4::"FeedKind", $5, $6, $7, false, now()) ON CONFLICT ("slug") DO UPDATE SET "enabled" = false`,
      [`e2e-${s.slug}`, s.slug, s.name, s.kind, s.url, s.credentialEnv ?? null, s.autoPublish ?? false],
    );
  }
  await db.query(`UPDATE "FeedSource" SET "url" = $1, "enabled" = true WHERE "slug" = 'ucdp-ged'`, [
    `${replay.url}${UCDP_PATH}`,
  ]);
  await db.query(`UPDATE "FeedSource" SET "url" = $1, "enabled" = true WHERE "slug" = 'rss-dawn'`, [
    `${replay.url}/rss/news.xml`,
  ]);
});

test.afterAll(async () => {
  await db?.end();
  await replay?.stop();
});

test("refuses a call without the secret, or with a wrong one, before touching the database", async ({ request }) => {
  const attempts: Record<string, string>[] = [
    {},
    { authorization: "Bearer wrong-secret-0123456789" },
    { authorization: E2E_CRON_SECRET },
    { authorization: `Bearer ${E2E_CRON_SECRET}x` },
  ];
  for (const headers of attempts) {
    const res = await request.get(ROUTE, { headers });
    expect(res.status(), JSON.stringify(headers)).toBe(401);
    expect(res.headers()["cache-control"]).toContain("no-store");
    expect(await res.json()).toEqual({ error: "unauthorized" });
  }
  expect(await count(`"RefreshRun"`)).toBe(0);
  expect(replay.log).toHaveLength(0);
});

test("runs once at a time (409 while a run holds the lock), fills the queue and shows the new incidents and the run", async ({
  request,
  page,
}) => {
  // Pages read before the run, so they are in the cache when it ends.
  await page.goto(VIEW);
  await expect(page.getByTestId("attack-total")).toContainText(`${seededInView} incident`);
  await expect(page.getByText("Mir Ali tehsil")).toHaveCount(0);
  await page.goto("/status");
  await expect(page.getByText("No refresh has run yet")).toBeVisible();

  serveUcdp(4_000);
  const first = request.get(ROUTE, { headers: AUTH, timeout: 120_000 });
  await expect.poll(() => count(`"RefreshRun" WHERE "status" = 'RUNNING'`), { timeout: 20_000 }).toBe(1);
  const second = await request.get(ROUTE, { headers: AUTH });
  expect(second.status()).toBe(409);
  expect(await second.json()).toEqual({ error: "already running" });

  const res = await first;
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const summary = await res.json();
  expect(summary).toMatchObject({
    trigger: "CRON",
    status: "SUCCEEDED",
    stoppedEarly: false,
    changedPublished: true,
    changedTags: ["claims", "incidents"],
  });
  // 3 news items about the conflict and 5 valid UCDP events (one recorded event has no date), 1 off-topic item.
  expect(summary.totals).toEqual({ fetched: 10, created: 8, updated: 0, unchanged: 0, rejected: 2 });
  expect(await count(`"RefreshRun"`)).toBe(1);
  expect(await count(`"IngestedItem" WHERE "status" = 'PENDING'`)).toBe(3);
  expect(await count(`"Incident" WHERE "externalSource" = 'UCDP' AND "published"`)).toBe(5);

  // The cached pages show the run's data on the next request.
  await page.goto(VIEW);
  await expect(page.getByTestId("attack-total")).toContainText(`${seededInView + 2} incident`);
  await page.getByRole("link", { name: /Mir Ali tehsil, North Waziristan district/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mir Ali tehsil");
  await page.goto("/status");
  const runs = page.getByTestId("run-table");
  await expect(runs.getByText("Succeeded")).toHaveCount(1);
  await expect(runs.getByText("Scheduled")).toHaveCount(1);
  // fetched, new, updated, unchanged, rejected
  await expect(runs.getByRole("row", { name: /UCDP Georeferenced Event Dataset/ }).locator("td.num")).toHaveText([
    "6",
    "5",
    "0",
    "0",
    "1",
  ]);
  await expect(runs.getByRole("row", { name: /Dawn — Pakistan/ }).locator("td.num")).toHaveText([
    "4",
    "3",
    "0",
    "0",
    "1",
  ]);
  const dawn = page.getByTestId("source-table").getByRole("row", { name: /Dawn — Pakistan/ });
  const lastSuccess = await dawn.locator("time").getAttribute("datetime");
  expect(lastSuccess! >= summary.startedAt && lastSuccess! <= summary.finishedAt, `${lastSuccess} within the run`).toBe(
    true,
  );
});

test("a second run changes nothing: zero new rows", async ({ request }) => {
  serveUcdp();
  const before = [await count(`"IngestedItem"`), await count(`"Incident"`), await count(`"Claim"`)];
  const res = await request.get(ROUTE, { headers: AUTH, timeout: 120_000 });
  expect(res.status()).toBe(200);
  const summary = await res.json();
  expect(summary.totals).toEqual({ fetched: 10, created: 0, updated: 0, unchanged: 8, rejected: 2 });
  expect(summary.changedPublished).toBe(false);
  expect([await count(`"IngestedItem"`), await count(`"Incident"`), await count(`"Claim"`)]).toEqual(before);
  expect(await count(`"RefreshRun"`)).toBe(2);
});

test("the revalidation endpoint of `npm run refresh` needs the secret and accepts only the app's cache tags", async ({
  request,
}) => {
  const url = "/api/cron/revalidate";
  expect((await request.post(url, { data: { tags: ["incidents"] } })).status()).toBe(401);
  expect(
    (
      await request.post(url, {
        headers: { authorization: "Bearer nope-nope-nope-nope" },
        data: { tags: ["incidents"] },
      })
    ).status(),
  ).toBe(401);
  const bad = await request.post(url, { headers: AUTH, data: { tags: ["/attacks"] } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0]).toMatch(/^tags\.0/);
});

test("a write made outside the server (as `npm run refresh` does) shows once the CLI asks for revalidation", async ({
  request,
  page,
}) => {
  const { rows } = await db.query<{ id: string; title: string }>(
    `SELECT "id", "title" FROM "Incident" WHERE "externalSource" = 'UCDP' AND "externalId" = '612001'`,
  );
  const incident = rows[0]!;
  await page.goto(`/incidents/${incident.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(incident.title);
  await db.query(`UPDATE "Incident" SET "title" = $2 WHERE "id" = $1`, [
    incident.id,
    `${incident.title} (edited outside)`,
  ]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(incident.title); // still the cached page
  const ok = await request.post("/api/cron/revalidate", {
    headers: AUTH,
    data: { tags: ["incidents", "refresh-runs"] },
  });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ revalidated: ["incidents", "refresh-runs"] });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${incident.title} (edited outside)`);
});
