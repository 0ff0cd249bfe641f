// Share cards over real HTTP against the production build: every card is a 1200×630 PNG for
// seeded data and for the edge cases; unknown records are 404 and malformed parameters 400.
import { expect, test } from "@playwright/test";
import { raw } from "./fixtures";
import { expectCard } from "./share-helpers";

const episode = raw.claims.find((c) => c.valueLow === 481 && c.subject === "AFGHAN_FORCES")!.episodeId as string;
const longest = [...raw.incidents].sort((a, b) => b.title.length - a.title.length)[0]!;
const MAX_FILTERS =
  "from=2025-01-01&to=2026-12-31&province=PK-KP&district=PK-KP-bajaur&perpetrator=afghan-taliban-forces" +
  "&type=CROSS_BORDER_FIRE&target=SECURITY_FORCES&by=week&stack=perpetrator&sort=province&page=3";

test("every card renders for the seeded data", async ({ request }) => {
  for (const url of [
    "/cards/overview",
    "/cards/overview?d=2026-03-15",
    "/cards/attacks",
    "/cards/attacks?province=PK-KP",
    `/cards/claims?scope=episode:${episode}`,
    "/cards/claims?scope=month:2026-03",
    `/cards/claims?scope=episode:${episode}&subject=PAKISTANI_FORCES`,
    "/cards/mediation",
    "/cards/mediation?d=2026-03-20",
    "/cards/methodology",
    "/cards/counts",
  ])
    await expectCard(request, url);
});

test("the national series card is a full-size PNG, kept for a year only at the current data version", async ({
  request,
}) => {
  const first = await expectCard(request, "/cards/counts");
  const version = first.headers()["x-data-version"]!;
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  expect(first.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=300");
  // A drawn chart, not an empty frame (the response is streamed: no content-length to read).
  expect((await first.body()).length).toBeGreaterThan(10_000);
  const pinned = await expectCard(request, `/cards/counts?v=${version}`);
  expect(pinned.headers()["cache-control"]).toContain("immutable");
  const stale = await expectCard(request, "/cards/counts?v=000000000000");
  expect(stale.headers()["cache-control"]).not.toContain("immutable");
});

test("every published incident has its card", async ({ request }) => {
  for (const i of raw.incidents) await expectCard(request, `/cards/incidents/${i.id}`);
});

test("edge cases still give a full-size card: no data, every filter set, the longest title, a scope without claims", async ({
  request,
}) => {
  await expectCard(request, "/cards/attacks?from=1990-01-01&to=1990-01-31");
  await expectCard(request, `/cards/attacks?${MAX_FILTERS}`);
  await expectCard(request, `/cards/incidents/${longest.id}`);
  await expectCard(request, "/cards/claims?scope=month:1990-01");
  await expectCard(request, "/cards/overview?d=1990-01-01");
});

test("unknown records are 404", async ({ request }) => {
  for (const url of [
    "/cards/incidents/no-such-incident",
    "/cards/incidents/NOT%20AN%20ID",
    "/cards/claims?scope=episode:no-such-episode",
    "/cards/claims?scope=incident:no-such-incident",
  ]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    expect((await res.json()).error).toBe("not found");
  }
});

test("malformed parameters are 400 naming the parameter, never 500", async ({ request }) => {
  const cases: [string, string][] = [
    ["/cards/attacks?from=2026-13-01", "from"],
    ["/cards/attacks?type=NUKE", "type"],
    ["/cards/attacks?province=Punjab", "province"],
    ["/cards/attacks?from=2026-03-01&to=2026-02-01", "to"],
    ["/cards/attacks?page=0", "page"],
    ["/cards/attacks?sort=random", "sort"],
    ["/cards/claims?scope=galaxy:far-away", "scope"],
    ["/cards/claims", "scope"],
    ["/cards/claims?scope=month:2026-13", "scope"],
    [`/cards/claims?scope=episode:${episode}&subject=ALIENS`, "subject"],
    ["/cards/overview?d=yesterday", "d"],
    ["/cards/mediation?d=2026-02-30", "d"],
    ["/cards/methodology?v=%3Cscript%3E", "v"],
    ["/cards/counts?v=%3Cscript%3E", "v"],
  ];
  for (const [url, param] of cases) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(400);
    expect((await res.json()).param, url).toBe(param);
  }
});

test("a card with the current version and its day is cached for a year; without them only briefly", async ({
  request,
}) => {
  const first = await expectCard(request, "/cards/mediation");
  const version = first.headers()["x-data-version"]!;
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  expect(first.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=300");
  const pinned = await expectCard(request, `/cards/mediation?d=2026-11-01&v=${version}`);
  expect(pinned.headers()["cache-control"]).toContain("immutable");
  const stale = await expectCard(request, "/cards/incidents/" + longest.id + "?v=000000000000");
  expect(stale.headers()["cache-control"]).not.toContain("immutable");
});
