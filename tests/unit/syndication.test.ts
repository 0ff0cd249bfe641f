// The feeds of changes (lib/syndication) from hand-made changes: the Atom document passes an RFC 4287
// check written apart from the generator (tests/support/atom-schema.ts), hostile text from outside
// documents comes back as the same text and never as markup, a revision says 82 → 81 in words and
// cites its source, and a summary is never put in quotation marks. Expected strings are written by
// hand; the figures and the Dawn report mirror prisma/dataset (PICSS's April 2025 restatement).
import { describe, expect, it } from "vitest";
import { claimDescription, countDescription } from "@/lib/changes/change-text";
import type { LatestChange } from "@/lib/changes/change-types";
import { renderAtomFeed } from "@/lib/syndication/atom";
import { escapeMarkup } from "@/lib/syndication/escape";
import { buildFeedDocument, type FeedScope } from "@/lib/syndication/feed-document";
import { feedQuery, parseFeedFilters, type FeedFilters } from "@/lib/syndication/feed-filters";
import { toJsonFeed } from "@/lib/syndication/json-feed";
import { feedAlternates } from "@/lib/share/metadata";
import { checkAtom, parseAtomXml, textOf, type AtomEntry } from "../support/atom-schema";

const SITE = "https://frontier.example.org";
const HOSTILE = `Blast <script>alert("x")</script> & ]]> <![CDATA[ at 'Bajaur'`;

const restatement: LatestChange = {
  kind: "count-revision",
  id: "count-revision:picss-2025-04-attacks-restated--attacks",
  on: "2025-06-02",
  dateBasis: "published",
  recordedAt: "2026-11-30T10:00:00.000Z",
  description: countDescription({
    counterName: "PICSS",
    term: "militant attacks",
    group: "ALL",
    region: "PAKISTAN",
    area: null,
    periodKind: "MONTH",
    periodStart: "2025-04-01",
    periodEnd: "2025-04-30",
    figure: { valueLow: 81, valueHigh: 81, qualifier: "EXACT" },
    previous: { valueLow: 82, valueHigh: 82, qualifier: "EXACT" },
  }),
  href: "/attacks#count-picss-2025-04-attacks-restated--attacks",
  source: {
    type: "document",
    documentId: "dawn-1914847",
    title: "PICSS May 2025 security assessment, as reported by Dawn",
    publisher: "Dawn",
    url: "https://www.dawn.com/news/1914847?a=1&b=2",
    publishedOn: "2025-06-02",
    quote: "recorded 85 militant attacks in May as compared to 81 in April",
    quoteKind: "VERBATIM",
  },
  countId: "picss-2025-04-attacks-restated--attacks",
  counterName: "PICSS",
  term: "militant attacks",
  period: "April 2025",
  figure: { valueLow: 81, valueHigh: 81, qualifier: "EXACT" },
  revisesId: "picss-2025-04-attacks--attacks",
  previous: { valueLow: 82, valueHigh: 82, qualifier: "EXACT" },
};

const hostileIncident: LatestChange = {
  kind: "incident",
  id: "incident:hostile-2026-05-01",
  on: "2026-05-01",
  dateBasis: "occurred",
  recordedAt: null,
  description: `New incident in the record: ${HOSTILE}`,
  href: "/incidents/hostile-2026-05-01",
  source: {
    type: "document",
    documentId: "hostile-doc",
    title: `Report: ${HOSTILE}`,
    publisher: "Outlet & <Co>",
    url: "javascript:alert(1)",
    publishedOn: null,
    quote: `"quoted" ]]> <b>bold</b>`,
    quoteKind: "VERBATIM",
  },
  incidentId: "hostile-2026-05-01",
  title: HOSTILE,
  country: "PAK",
};

const summaryClaim: LatestChange = {
  kind: "claim",
  id: "claim:kabul-now-militants-killed-22",
  on: "2026-04-25",
  dateBasis: "claimed",
  recordedAt: null,
  description: claimDescription({
    claimantName: "Pakistan Armed Forces",
    statedBy: null,
    subject: "MILITANTS",
    metric: "KILLED",
    stance: "ASSERTED",
    figure: { valueLow: 22, valueHigh: 22, qualifier: "EXACT" },
    previous: null,
  }),
  href: "/incidents/north-waziristan-operation-2026-04-25-26#claim-kabul-now-militants-killed-22",
  source: {
    type: "document",
    documentId: "kabul-now-2026-04",
    title: "Kabul Now: Pakistani forces kill 22 TTP militants",
    publisher: "Kabul Now",
    url: "https://kabulnow.com/2026/04/x/",
    publishedOn: "2026-04-25",
    quote: "Pakistani forces report killing 22 militants",
    quoteKind: "SUMMARY",
  },
  claimId: "kabul-now-militants-killed-22",
  claimantName: "Pakistan Armed Forces",
  subject: "MILITANTS",
  metric: "KILLED",
  figure: { valueLow: 22, valueHigh: 22, qualifier: "EXACT" },
};

const correction: LatestChange = {
  kind: "correction",
  id: "correction:cm1abc",
  on: "2026-05-03",
  dateBasis: "corrected",
  recordedAt: "2026-05-03T08:15:00.000Z",
  description: "Correction note on an incident: Title fixed: <i>was</i> wrong & misleading",
  href: "/incidents/hostile-2026-05-01",
  source: {
    type: "editor-note",
    note: "Title fixed: <i>was</i> wrong & misleading",
    writtenAt: "2026-05-03T08:15:00.000Z",
  },
  correctionId: "cm1abc",
  entityType: "Incident",
  entityId: "hostile-2026-05-01",
  note: "Title fixed: <i>was</i> wrong & misleading",
};

const changes = [correction, hostileIncident, summaryClaim, restatement];
const filters = (query: string): FeedFilters => {
  const parsed = parseFeedFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.value;
};
const KP: FeedScope = { kind: "province", id: "PK-KP", name: "Khyber Pakhtunkhwa" };
const feedOf = (scope: FeedScope = { kind: "record" }, query = "") =>
  buildFeedDocument({ siteUrl: `${SITE}/`, filters: filters(query), scope, changes, readAt: "2026-06-01T00:00:00Z" });

const entryById = (entries: AtomEntry[], changeId: string) =>
  entries.find((entry) => entry.id === `tag:frontier.example.org,2026:change/${changeId}`)!;

describe("escaping", () => {
  it('escapes &, <, >, " (so ]]> too) and drops characters XML forbids', () => {
    expect(escapeMarkup(`a & b <c> "d" ]]> 'e'\u0000\u0008\uFFFE\uD800 f 😀`)).toBe(
      "a &amp; b &lt;c&gt; &quot;d&quot; ]]&gt; 'e' f 😀",
    );
  });
});

describe("Atom feed", () => {
  const xml = renderAtomFeed(feedOf(KP, "province=PK-KP"));

  it("is a valid RFC 4287 document with the feed's id, title, links and author", () => {
    const { feed } = checkAtom(xml);
    expect(feed.id).toBe("tag:frontier.example.org,2026:feeds/changes?province=PK-KP");
    expect(textOf(feed.title)).toBe("Changes to the Frontier Monitor record — Khyber Pakhtunkhwa");
    // The newest `updated` of its entries: the restatement's recording time is the latest.
    expect(feed.updated).toBe("2026-11-30T10:00:00Z");
    expect(feed.author?.[0]?.name).toBe("Frontier Monitor");
    const links = feed.link.map((l) => `${l["@_rel"]} ${l["@_type"]} ${l["@_href"]}`);
    expect(links).toEqual([
      "self application/atom+xml https://frontier.example.org/feeds/changes.atom?province=PK-KP",
      "alternate text/html https://frontier.example.org/attacks?province=PK-KP",
      "alternate application/feed+json https://frontier.example.org/feeds/changes.json?province=PK-KP",
    ]);
    expect(feed.entry).toHaveLength(4);
  });

  it("gives hostile titles, quotes and publishers back as the same text, never as markup", () => {
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("<![CDATA[");
    expect(xml).not.toMatch(/\]\]>(?!<)/); // no raw "]]>" anywhere
    expect(xml).not.toContain('href="javascript:');
    const entry = entryById(checkAtom(xml).feed.entry!, "incident:hostile-2026-05-01");
    expect(textOf(entry.title)).toBe(`New incident in the record: ${HOSTILE}`);
    // The HTML content, once the XML is read, still holds the title as escaped HTML text, and the
    // javascript: address is shown as text, not a link.
    expect(textOf(entry.content)).toBe(
      "<p>New incident in the record: Blast &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; " +
        "&lt;![CDATA[ at 'Bajaur'</p>" +
        "<p>Happened on 2026-05-01.</p>" +
        "<p>Source: Report: Blast &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &lt;![CDATA[ " +
        "at 'Bajaur' — Outlet &amp; &lt;Co&gt;, undated.</p>" +
        "<blockquote><p>In the source's words: “&quot;quoted&quot; ]]&gt; &lt;b&gt;bold&lt;/b&gt;”</p>" +
        "</blockquote>" +
        '<p><a href="https://frontier.example.org/incidents/hostile-2026-05-01">In the record</a></p>',
    );
    expect(entry.link?.map((l) => l["@_rel"])).toEqual(["alternate"]); // no related link to javascript:
  });

  it("says what a revision changed, 82 → 81, dated and cited to the report with its words", () => {
    const entry = entryById(checkAtom(xml).feed.entry!, "count-revision:picss-2025-04-attacks-restated--attacks");
    expect(textOf(entry.title)).toBe("PICSS's count of “militant attacks” in April 2025 revised: 82 → 81");
    expect(entry.published).toBe("2025-06-02T00:00:00Z");
    expect(entry.updated).toBe("2026-11-30T10:00:00Z");
    expect(entry.category).toEqual([{ "@_term": "count-revision", "@_label": "Revised count" }]);
    expect(entry.link).toEqual([
      {
        "@_rel": "alternate",
        "@_type": "text/html",
        "@_href": "https://frontier.example.org/attacks#count-picss-2025-04-attacks-restated--attacks",
      },
      {
        "@_rel": "related",
        "@_type": "text/html",
        "@_href": "https://www.dawn.com/news/1914847?a=1&b=2",
        "@_title": "PICSS May 2025 security assessment, as reported by Dawn",
      },
    ]);
    expect(textOf(entry.summary)).toBe(
      [
        "PICSS's count of “militant attacks” in April 2025 revised: 82 → 81",
        "Report published on 2025-06-02.",
        "Source: PICSS May 2025 security assessment, as reported by Dawn — Dawn, published 2025-06-02. " +
          "https://www.dawn.com/news/1914847?a=1&b=2",
        "In the source's words: “recorded 85 militant attacks in May as compared to 81 in April”",
        "In the record: https://frontier.example.org/attacks#count-picss-2025-04-attacks-restated--attacks",
      ].join("\n"),
    );
    expect(textOf(entry.content)).toBe(
      "<p>PICSS's count of “militant attacks” in April 2025 revised: 82 → 81</p>" +
        "<p>Report published on 2025-06-02.</p>" +
        '<p>Source: <a href="https://www.dawn.com/news/1914847?a=1&amp;b=2">' +
        "PICSS May 2025 security assessment, as reported by Dawn</a> — Dawn, published 2025-06-02.</p>" +
        "<blockquote><p>In the source's words: " +
        "“recorded 85 militant attacks in May as compared to 81 in April”</p></blockquote>" +
        '<p><a href="https://frontier.example.org/attacks#count-picss-2025-04-attacks-restated--attacks">' +
        "In the record</a></p>",
    );
  });

  it("never puts a summary in quotation marks, and cites a correction to the editor's note", () => {
    const entries = checkAtom(xml).feed.entry!;
    const claim = textOf(entryById(entries, "claim:kabul-now-militants-killed-22").content);
    expect(claim).toContain(
      "<p>The source's account, summarised (not its words): Pakistani forces report killing 22 militants</p>",
    );
    expect(claim).not.toContain("“Pakistani forces");
    const note = entryById(entries, "correction:cm1abc");
    expect(textOf(note.title)).toBe("Correction note on an incident: Title fixed: <i>was</i> wrong & misleading");
    expect(note.updated).toBe("2026-05-03T08:15:00Z");
    expect(textOf(note.content)).toContain("<p>Source: the editor's correction note, written 2026-05-03.</p>");
  });

  it("names a corrections-only feed so, and an empty feed is still valid", () => {
    const empty = buildFeedDocument({
      siteUrl: SITE,
      filters: filters("kind=corrections"),
      scope: { kind: "record" },
      changes: [],
      readAt: "2026-06-01T12:30:45.123Z",
    });
    const { feed } = checkAtom(renderAtomFeed(empty));
    expect(textOf(feed.title)).toBe("Corrections to the Frontier Monitor record");
    expect(feed.id).toBe("tag:frontier.example.org,2026:feeds/changes?kind=correction");
    expect(feed.updated).toBe("2026-06-01T12:30:45Z");
    expect(feed.entry).toBeUndefined();
  });

  it("the Atom check itself refuses a feed without an id, a self link or a valid date", () => {
    const bad = xml.replace(/<id>tag:frontier\.example\.org,2026:feeds[^<]*<\/id>/, "");
    expect(() => checkAtom(bad)).toThrow();
    expect(() => checkAtom(xml.replace('rel="self"', 'rel="via"'))).toThrow(/rel=self/);
    expect(() => checkAtom(xml.replace("<published>2025-06-02T00:00:00Z", "<published>2 June 2025"))).toThrow();
    expect(() => parseAtomXml(xml.replace("&lt;script", "<script"))).toThrow(/well-formed/);
  });
});

describe("JSON Feed", () => {
  const json = JSON.parse(JSON.stringify(toJsonFeed(feedOf())));

  it("is JSON Feed 1.1 with the feed's addresses and items", () => {
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.title).toBe("Changes to the Frontier Monitor record");
    expect(json.home_page_url).toBe("https://frontier.example.org/");
    expect(json.feed_url).toBe("https://frontier.example.org/feeds/changes.json");
    expect(json.items.map((item: { id: string }) => item.id)).toEqual([
      "tag:frontier.example.org,2026:change/correction:cm1abc",
      "tag:frontier.example.org,2026:change/incident:hostile-2026-05-01",
      "tag:frontier.example.org,2026:change/claim:kabul-now-militants-killed-22",
      "tag:frontier.example.org,2026:change/count-revision:picss-2025-04-attacks-restated--attacks",
    ]);
  });

  it("carries the revision in words and as data, with its source", () => {
    const item = json.items[3];
    expect(item).toMatchObject({
      url: "https://frontier.example.org/attacks#count-picss-2025-04-attacks-restated--attacks",
      external_url: "https://www.dawn.com/news/1914847?a=1&b=2",
      title: "PICSS's count of “militant attacks” in April 2025 revised: 82 → 81",
      date_published: "2025-06-02T00:00:00Z",
      date_modified: "2026-11-30T10:00:00Z",
      tags: ["count-revision"],
    });
    expect(item.content_text).toBe(
      [
        "PICSS's count of “militant attacks” in April 2025 revised: 82 → 81",
        "Report published on 2025-06-02.",
        "Source: PICSS May 2025 security assessment, as reported by Dawn — Dawn, published 2025-06-02. " +
          "https://www.dawn.com/news/1914847?a=1&b=2",
        "In the source's words: “recorded 85 militant attacks in May as compared to 81 in April”",
        "In the record: https://frontier.example.org/attacks#count-picss-2025-04-attacks-restated--attacks",
      ].join("\n"),
    );
    expect(item._frontier_monitor).toMatchObject({
      kind: "count-revision",
      id: "count-revision:picss-2025-04-attacks-restated--attacks",
      previous: { valueLow: 82, valueHigh: 82, qualifier: "EXACT" },
      figure: { valueLow: 81, valueHigh: 81, qualifier: "EXACT" },
      source: { type: "document", documentId: "dawn-1914847", publisher: "Dawn", quoteKind: "VERBATIM" },
    });
    // A javascript: address is data, never an external_url.
    expect(json.items[1].external_url).toBeUndefined();
    expect(json.items[1]._frontier_monitor.source.url).toBe("javascript:alert(1)");
  });
});

describe("feed filters", () => {
  const problem = (query: string) => {
    const parsed = parseFeedFilters(new URLSearchParams(query));
    return parsed.ok ? null : parsed.problem;
  };

  it("reads the pages' own parameters, and `corrections` as the corrections-only feed", () => {
    expect(filters("province=PK-KP")).toEqual({ province: "PK-KP" });
    expect(filters("track=china-urumqi-talks")).toEqual({ track: "china-urumqi-talks" });
    expect(filters("kind=corrections")).toEqual({ kind: ["correction"] });
    expect(filters("kind=correction")).toEqual({ kind: ["correction"] });
    expect(filters("kind=count-revision,claim&kind=incident")).toEqual({
      kind: ["incident", "claim", "count-revision"],
    });
    expect(feedQuery(filters("kind=count-revision,claim&province=PK-BA"))).toBe(
      "?province=PK-BA&kind=claim,count-revision",
    );
    expect(feedQuery(filters(""))).toBe("");
  });

  it("refuses unknown parameters and values, naming the parameter", () => {
    expect(problem("provnce=PK-KP")?.parameter).toBe("provnce");
    expect(problem("province=KP")).toEqual({
      parameter: "province",
      message: "must be a Pakistani province code such as PK-KP",
    });
    expect(problem("kind=rumour")?.parameter).toBe("kind");
    expect(problem("kind=rumour")?.message).toContain('"rumour" is not a change kind');
    expect(problem("track=<x>")?.parameter).toBe("track");
    expect(problem("province=PK-KP&track=china-urumqi-talks")?.parameter).toBe("track");
    expect(problem("province=PK-KP&province=PK-BA")?.message).toBe("given more than once; give it once");
    expect(problem("limit=5")?.parameter).toBe("limit");
  });
});

describe("feed discovery", () => {
  it("announces the record's feeds everywhere and a province's on its /attacks view", () => {
    const site = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
    expect(feedAlternates("/mediation")).toEqual({
      "application/atom+xml": [
        { url: `${site}/feeds/changes.atom`, title: "Frontier Monitor: latest changes to the record (Atom)" },
      ],
      "application/feed+json": [
        { url: `${site}/feeds/changes.json`, title: "Frontier Monitor: latest changes to the record (JSON Feed)" },
      ],
    });
    const kp = feedAlternates("/attacks?province=PK-KP&from=2026-01-01");
    expect(kp?.["application/atom+xml"]).toContainEqual({
      url: `${site}/feeds/changes.atom?province=PK-KP`,
      title: "Frontier Monitor: latest changes — Khyber Pakhtunkhwa (Atom)",
    });
    // A well-formed code the gazetteer does not know gets no feed (it would be a 404).
    expect(feedAlternates("/attacks?province=PK-ZZ")?.["application/atom+xml"]).toHaveLength(1);
  });
});
