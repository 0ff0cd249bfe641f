// The feeds of changes over HTTP, against the production build like every browser test: the Atom
// feed parses and passes the RFC 4287 check of tests/support/atom-schema.ts (written apart from the
// generator), the JSON Feed is version 1.1, filters are the pages' own and refuse what they do not
// know, an editor's correction is in the feed at the next request, and the pages announce the feeds.
// Expected ids are written by hand from prisma/dataset/ (see tests/integration/feed-changes.test.ts).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { checkAtom, textOf, type AtomEntry } from "../support/atom-schema";
import { createTestUser, e2eDb, signIn, type TestUser } from "./auth-helpers";

const ATOM = "application/atom+xml; charset=utf-8";
const JSON_FEED = "application/feed+json; charset=utf-8";
const INCIDENT = "ttp-attack-security-personnel-2026-04-27";

/** The change id inside an entry's tag: URI ("tag:<host>,2026:change/<change id>"), whatever SITE_URL is. */
const changeIdOf = (entry: { id: string }) => /,2026:change\/(.+)$/.exec(entry.id)?.[1] ?? entry.id;

async function getAtom(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe(ATOM);
  expect(response.headers()["cache-control"], path).toMatch(/^public, s-maxage=300/);
  const { feed } = checkAtom(await response.text());
  return { feed, entries: (feed.entry ?? []) as AtomEntry[] };
}

test.describe.configure({ mode: "serial" });

let editor: TestUser;
test.beforeAll(async () => {
  editor = await createTestUser("EDITOR", "feeds-editor");
});

test("the Atom feed is valid Atom and says PICSS's April 2025 count was revised 82 → 81, with its source", async ({
  request,
}) => {
  const all = await getAtom(request, "/feeds/changes.atom");
  expect(textOf(all.feed.title)).toBe("Changes to the Frontier Monitor record");
  expect(all.entries.length).toBeGreaterThan(0);
  expect(all.entries.length).toBeLessThanOrEqual(100);

  // The whole record's 100 newest changes reach back to early 2026; the restatement of June 2025
  // is in the feed of revised counts.
  const revisions = await getAtom(request, "/feeds/changes.atom?kind=count-revision");
  expect(textOf(revisions.feed.title)).toBe("Changes to the Frontier Monitor record: revised counts");
  const entry = revisions.entries.find(
    (e) => changeIdOf(e) === "count-revision:picss-2025-04-attacks-restated--attacks",
  );
  expect(entry, "the PICSS restatement").toBeDefined();
  expect(textOf(entry!.title)).toBe("PICSS's count of “militant attacks” in April 2025 revised: 82 → 81");
  expect(entry!.published).toBe("2025-06-02T00:00:00Z");
  expect(entry!.category?.[0]?.["@_term"]).toBe("count-revision");
  expect(entry!.link?.find((l) => l["@_rel"] === "alternate")?.["@_href"]).toMatch(
    /\/attacks#count-picss-2025-04-attacks-restated--attacks$/,
  );
  const content = textOf(entry!.content);
  const citation = "PICSS May 2025 security assessment, as reported by Dawn</a> — Dawn, published 2025-06-02";
  expect(content).toContain(citation);
  expect(content).toContain("“recorded 85 militant attacks in May as compared to 81 in April”");
});

test("the JSON Feed is version 1.1 with the same kind of entries", async ({ request }) => {
  const response = await request.get("/feeds/changes.json?kind=count-revision");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(JSON_FEED);
  const feed = await response.json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.feed_url).toMatch(/\/feeds\/changes\.json\?kind=count-revision$/);
  const item = feed.items.find(
    (i: { id: string }) => changeIdOf(i) === "count-revision:picss-2025-04-attacks-restated--attacks",
  );
  expect(item).toMatchObject({
    title: "PICSS's count of “militant attacks” in April 2025 revised: 82 → 81",
    date_published: "2025-06-02T00:00:00Z",
    tags: ["count-revision"],
    _frontier_monitor: {
      kind: "count-revision",
      previous: { valueLow: 82 },
      figure: { valueLow: 81 },
      source: { documentId: "dawn-1914847", publisher: "Dawn", quoteKind: "VERBATIM" },
    },
  });
  expect(item.content_text).toContain("Source: PICSS May 2025 security assessment, as reported by Dawn — Dawn");
});

test("a province's feed holds only that province's changes", async ({ request }) => {
  const { feed, entries } = await getAtom(request, "/feeds/changes.atom?province=PK-BA");
  expect(textOf(feed.title)).toBe("Changes to the Frontier Monitor record — Balochistan");
  const ids = entries.map(changeIdOf);
  // Balochistan's one incident and the two claims about it (incidents.json, claims.json) …
  expect(ids).toEqual(
    expect.arrayContaining([
      "incident:chagai-mining-project-attack-2026-04-23",
      "claim:express-tribune-chagai-killed-10",
      "claim:pakistan-today-chagai-workers-killed-9",
    ]),
  );
  // … and the counters' 27 figures for Balochistan (period-counts.json), nothing else.
  expect(ids.filter((id) => id.startsWith("count:"))).toHaveLength(27);
  expect(ids.filter((id) => id.startsWith("count:") && !id.includes("balochistan"))).toEqual([]);
  expect(ids).toHaveLength(30);
});

test("a filter the pages do not know is refused with a 400 naming it, an unknown id with a 404", async ({
  request,
}) => {
  for (const [query, parameter] of [
    ["province=KP", "province"],
    ["provnce=PK-KP", "provnce"],
    ["kind=rumour", "kind"],
    ["province=PK-KP&track=china-urumqi-talks", "track"],
  ] as const) {
    const response = await request.get(`/feeds/changes.atom?${query}`);
    expect(response.status(), query).toBe(400);
    expect(response.headers()["cache-control"], query).toBe("no-store");
    expect(await response.json(), query).toMatchObject({ error: "invalid_parameter", parameter });
  }
  const unknown = await request.get("/feeds/changes.json?province=PK-ZZ");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: "not_found", parameter: "province" });
  expect((await request.get("/feeds/changes.atom?track=no-such-track")).status()).toBe(404);
});

test("an editor's correction is in the feed at the next request", async ({ page, request }) => {
  const original = (await e2eDb().incident.findUniqueOrThrow({ where: { id: INCIDENT } })).title;
  const edited = `${original} (edited in the feeds test)`;
  const note = `Title changed by the feeds test to: ${edited}`;
  // Warm the feeds, so the write has cached answers to expire.
  const before = await getAtom(request, "/feeds/changes.atom?kind=corrections");
  expect(before.entries.map((e) => textOf(e.title)).filter((title) => title.includes(note))).toEqual([]);
  await getAtom(request, "/feeds/changes.atom");

  const saveTitle = async (title: string) => {
    await page.goto(`/admin/incidents/${INCIDENT}`);
    const form = page.getByRole("form", { name: "Edit incident" });
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Correction note").fill(`Title changed by the feeds test to: ${title}`);
    await form.getByRole("button", { name: "Save incident" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  };
  await signIn(page, editor, `/admin/incidents/${INCIDENT}`);
  await saveTitle(edited);
  try {
    for (const path of ["/feeds/changes.atom?kind=corrections", "/feeds/changes.atom"]) {
      const { entries } = await getAtom(request, path);
      // Dated today: among the newest changes (other specs may have written today too).
      const entry = entries.find((e) => textOf(e.title) === `Correction note on an incident: ${note}`);
      expect(entry, path).toBeDefined();
      expect(changeIdOf(entry!), path).toMatch(/^correction:/);
      expect(entry!.category?.[0]?.["@_term"], path).toBe("correction");
      expect(entry!.link?.find((l) => l["@_rel"] === "alternate")?.["@_href"], path).toMatch(
        new RegExp(`/incidents/${INCIDENT}$`),
      );
      expect(textOf(entry!.content), path).toContain("Source: the editor's correction note, written ");
    }
  } finally {
    await saveTitle(original);
  }
});

test("the pages announce the feeds, and the home page links to them", async ({ page, request }) => {
  // A link-preview crawler's user agent: Next then puts the metadata in <head> before any streaming.
  const alternates = async (path: string) => {
    const html = await (await request.get(path, { headers: { "User-Agent": "Twitterbot/1.0" } })).text();
    const head = html.slice(0, html.indexOf("</head>"));
    return [...head.matchAll(/<link [^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => tag.includes('rel="alternate"') && /type="application\/(atom|feed)\+/.test(tag))
      .map(
        (tag) =>
          `${/type="([^"]+)"/.exec(tag)?.[1]} ${/href="([^"]+)"/.exec(tag)?.[1]?.replace(/^https?:\/\/[^/]+/, "")}`,
      );
  };
  expect(await alternates("/")).toEqual([
    "application/atom+xml /feeds/changes.atom",
    "application/feed+json /feeds/changes.json",
  ]);
  expect(await alternates("/attacks?province=PK-KP")).toEqual(
    expect.arrayContaining([
      "application/atom+xml /feeds/changes.atom",
      "application/atom+xml /feeds/changes.atom?province=PK-KP",
      "application/feed+json /feeds/changes.json?province=PK-KP",
    ]),
  );

  // An incident in Khyber Pakhtunkhwa (prisma/dataset/incidents.json) announces that province's feed.
  expect(await alternates("/incidents/bajaur-vbied-security-post-2026-02")).toEqual(
    expect.arrayContaining(["application/atom+xml /feeds/changes.atom?province=PK-KP"]),
  );

  await page.goto("/");
  const follow = page.locator(".latest-changes .follow-feeds");
  await expect(follow).toContainText("Follow: Atom · JSON Feed");
  await expect(follow.getByRole("link", { name: "Atom" })).toHaveAttribute("href", "/feeds/changes.atom");
  await expect(follow.getByRole("link", { name: "JSON Feed" })).toHaveAttribute("href", "/feeds/changes.json");

  // A province's view, each mediation track: their own feeds.
  await page.goto("/attacks?province=PK-KP");
  await expect(page.locator(".follow-feeds").getByRole("link", { name: "Atom" })).toHaveAttribute(
    "href",
    "/feeds/changes.atom?province=PK-KP",
  );
  await page.goto("/mediation");
  await expect(
    page.locator("#track-china-urumqi-talks").locator("xpath=..").locator(".follow-feeds").getByRole("link", {
      name: "Atom",
    }),
  ).toHaveAttribute("href", "/feeds/changes.atom?track=china-urumqi-talks");
});
