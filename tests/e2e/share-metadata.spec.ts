// Each page's share metadata read with a real Open Graph parser (open-graph-scraper, given the HTML
// so nothing leaves the machine), its card fetched, plus sitemap.xml and robots.txt.
import { expect, test } from "@playwright/test";
import ogs from "open-graph-scraper";
import { attacksInPakistan, provinceOf, raw } from "./fixtures";
import { expectCard } from "./share-helpers";

const SITE = "http://localhost:3000"; // SITE_URL's default: the test server sets none
const incident = raw.incidents.find((i) => i.id === "bajaur-vbied-security-post-2026-02") ?? raw.incidents[0]!;
const episode = raw.episodes.find((e) => raw.claims.some((c) => c.episodeId === e.id && c.valueLow === 481))!;
const kp = attacksInPakistan.filter((i) => provinceOf(i.placeId) === "PK-KP").length;
const sources = new Set([
  ...incident.citations.map((c: { documentId: string }) => c.documentId),
  ...raw.claims.filter((c) => c.incidentId === incident.id).map((c) => c.documentId),
]).size;

// The national figure leads: one counter's latest monthly count, in its own term, with its month.
const NATIONAL = String.raw`^PICSS counted [\d,]+ militant attacks in Pakistan in [A-Z][a-z]+ \d{4} \(its latest monthly count`;
// The record's own incidents are said to be the record's, never "attacks in Pakistan".
const RECORD = String.raw`(incidents? in this record|The record's latest incident is dated)`;

const PAGES: {
  path: string;
  title: RegExp | string;
  description: RegExp | string;
  dataset: boolean;
  /** The share card the page points at, when it is not the default one for its path. */
  card?: string;
}[] = [
  {
    path: "/",
    title: "Pakistan–Afghanistan conflict, claim by claim · Frontier Monitor",
    description: new RegExp(`${NATIONAL}.*never summed: PICSS .*; PIPS .* ${RECORD}`),
    dataset: true,
    card: "/cards/overview?",
  },
  {
    path: "/attacks",
    title: "Attacks in Pakistan · Frontier Monitor",
    description: new RegExp(`${NATIONAL}.*\\d+ incidents? in this record match(es)? this view`),
    dataset: true,
    card: "/cards/counts?",
  },
  {
    path: "/attacks?province=PK-KP",
    title: "Attacks in Pakistan: Khyber Pakhtunkhwa · Frontier Monitor",
    description: `${kp} incidents in this record match this view (Khyber Pakhtunkhwa)`,
    dataset: true,
    card: "/cards/attacks?",
  },
  {
    path: "/attacks?from=1990-01-01&to=1990-01-31",
    title: /1990-01-01 to 1990-01-31/,
    description: "No incident in this record matches this view (1990-01-01 to 1990-01-31)",
    dataset: true,
  },
  {
    path: `/casualties?scope=episode:${episode.id}`,
    title: `Casualty claims: ${episode.name} · Frontier Monitor`,
    description: /never summed/,
    dataset: true,
  },
  {
    path: "/mediation",
    title: "Mediation tracker · Frontier Monitor",
    description: `${raw.tracks.length} mediation tracks`,
    dataset: true,
  },
  {
    path: `/incidents/${incident.id}`,
    title: `${incident.title} · Frontier Monitor`,
    description: `${sources} source${sources === 1 ? "" : "s"} cited`,
    dataset: false,
  },
  { path: "/methodology", title: "Methodology · Frontier Monitor", description: /never merged/, dataset: false },
];

for (const p of PAGES) {
  test(`share metadata of ${p.path}`, async ({ request, baseURL }) => {
    // A link-preview crawler's user agent: Next then puts the metadata in <head> before any streaming.
    const res = await request.get(p.path, { headers: { "User-Agent": "Twitterbot/1.0" } });
    expect(res.status()).toBe(200);
    const html = await res.text();
    const { result, error } = await ogs({ html });
    expect(error).toBe(false);
    expect(result.ogTitle).toEqual(
      expect.stringMatching(typeof p.title === "string" ? new RegExp(`^${escape(p.title)}$`) : p.title),
    );
    expect(result.ogDescription).toEqual(
      expect.stringMatching(typeof p.description === "string" ? escape(p.description) : p.description),
    );
    expect(result.twitterCard).toBe("summary_large_image");
    const canonical = p.path === "/" ? SITE : SITE + p.path; // Next writes the bare origin for "/"
    expect(result.ogUrl).toBe(canonical);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(`<link rel="canonical" href="${canonical.replace(/&/g, "&amp;")}"/>`);
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(new RegExp(`^${escape(SITE)}/cards/`));
    if (p.card) expect(image?.url.startsWith(`${SITE}${p.card}`), image?.url).toBe(true);
    if (p.path !== "/methodology") expect(image?.url).toMatch(/[?&]v=[0-9a-f]{12}/);
    expect([String(image?.width), String(image?.height)]).toEqual(["1200", "630"]);
    expect(result.twitterImage?.[0]?.url).toBe(image?.url);
    await expectCard(request, image!.url.replace(SITE, baseURL!));
    const datasets = (result.jsonLD ?? []).filter((j) => (j as { "@type"?: string })["@type"] === "Dataset") as Record<
      string,
      unknown
    >[];
    expect(datasets.length).toBe(p.dataset ? 1 : 0);
    if (p.dataset) {
      expect(datasets[0]!.license).toBe("https://creativecommons.org/licenses/by/4.0/");
      expect(datasets[0]!.creator).toMatchObject({ "@type": "Organization", name: "Frontier Monitor" });
      expect(datasets[0]!.distribution).toContainEqual(
        expect.objectContaining({ "@type": "DataDownload", contentUrl: `${SITE}/api/v1/incidents?format=csv` }),
      );
    }
  });
}

test("sitemap lists every public page and every published incident", async ({ request }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const p of ["/", "/attacks", "/casualties", "/mediation", "/counts", "/methodology"])
    expect(locs).toContain(`${SITE}${p}`);
  expect(locs.filter((l) => l!.includes("/incidents/")).sort()).toEqual(
    raw.incidents.map((i) => `${SITE}/incidents/${i.id}`).sort(),
  );
});

test("robots.txt allows everything, the API included, and names the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("User-Agent: *");
  expect(text).toContain("Allow: /");
  expect(text).not.toMatch(/Disallow/i);
  expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
