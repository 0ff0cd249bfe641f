// Parsers and normalizers on recorded payloads in each source's real format.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashContent, stableStringify } from "@/lib/ingest/hash";
import { assessRelevance } from "@/lib/ingest/relevance";
import { normalizeAcledEvent } from "@/lib/ingest/sources/acled";
import { normalizeReport } from "@/lib/ingest/sources/reliefweb";
import { parseFeed, toPage } from "@/lib/ingest/sources/rss";
import { normalizeUcdpEvent } from "@/lib/ingest/sources/ucdp";
import { claimSpecs } from "@/lib/ingest/sources/ucdp-upsert";
import { ucdpEventSchema } from "@/lib/ingest/sources/ucdp-schema";
import type { ReviewItemData } from "@/lib/ingest/upsert-review-item";
import { SourceError } from "@/lib/ingest/types";

const read = (f: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/feeds", f), "utf8");
const now = new Date("2026-05-01T00:00:00Z");

describe("RSS 2.0 feed", () => {
  const page = toPage(parseFeed(read("dawn.rss.xml")).entries);

  it("keeps conflict items, rejects off-topic and invalid ones with a reason", () => {
    expect(page.items.map((i) => i.externalId)).toEqual([
      "dawn-1975001",
      "dawn-1976120",
      "https://www.dawn.com/news/1976133/drones-brought-down-over-swabi-and-nowshera",
    ]);
    expect(page.rejected).toEqual([
      { externalId: "dawn-1976200", reason: "off-topic" },
      { externalId: "dawn-1976999", reason: "invalid item: no title" },
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("strips HTML and decodes entities in the body", () => {
    const data = page.items[0]!.data as ReviewItemData;
    expect(data.body).toBe(
      "An explosives-laden vehicle rammed a security post in Bajaur in Khyber Pakhtunkhwa on Monday, killing 11 soldiers and a child, the ISPR said.\n" +
        "Pakistani authorities said the attacker was an Afghan national & issued a demarche to the Afghan deputy head of mission in Islamabad.",
    );
    expect(data.publishedAt).toBe("2026-02-10T09:20:00.000Z");
    expect(data.url).toBe("https://www.dawn.com/news/1975001/suicide-car-bomber-strikes-security-post-in-bajaur");
  });

  it("attaches suggestions: figure with its speaker, place and date", () => {
    const s = (page.items[0]!.data as ReviewItemData).suggestions!;
    expect(s.figures).toContainEqual(
      expect.objectContaining({
        metric: "KILLED",
        valueLow: 11,
        valueHigh: 11,
        qualifier: "EXACT",
        statedBy: "ISPR",
        claimantActorId: "pakistan-armed-forces",
      }),
    );
    expect(s.places.map((p) => p.id)).toEqual(expect.arrayContaining(["PK-KP-bajaur", "PK-KP"]));
    // "on Monday" in an item published Tuesday 10 February 2026.
    expect(s.date).toEqual({ value: "2026-02-09", precision: "APPROXIMATE", text: "on Monday" });
  });

  it("gives an edited item the same id and a different content hash", () => {
    const edited = toPage(parseFeed(read("dawn-edited.rss.xml")).entries);
    const before = page.items.find((i) => i.externalId === "dawn-1976120")!;
    const after = edited.items.find((i) => i.externalId === "dawn-1976120")!;
    expect(after.contentHash).not.toBe(before.contentHash);
    const same = edited.items.find((i) => i.externalId === "dawn-1975001")!;
    expect(same.contentHash).toBe(page.items[0]!.contentHash);
  });

  it("rejects malformed XML and documents that are no feed", () => {
    expect(() => parseFeed(read("malformed.rss.xml"))).toThrow(SourceError);
    expect(() => parseFeed(read("malformed.rss.xml"))).toThrow(/^malformed XML/);
    expect(() => parseFeed("<html><body>Not a feed</body></html>")).toThrow("not an RSS 2.0 or Atom document");
  });
});

describe("Atom feed", () => {
  const page = toPage(parseFeed(read("tolonews.atom.xml")).entries);

  it("reads entries with their id, alternate link and date", () => {
    expect(page.items.map((i) => i.externalId)).toEqual([
      "tag:tolonews.com,2026:afghanistan-197001",
      "tag:tolonews.com,2026:afghanistan-199870",
    ]);
    expect(page.rejected).toEqual([{ externalId: "tag:tolonews.com,2026:kabul-199901", reason: "off-topic" }]);
    const first = page.items[0]!.data as ReviewItemData;
    expect(first.url).toBe("https://tolonews.com/afghanistan-197001");
    expect(first.publishedAt).toBe("2026-02-27T08:30:00.000Z");
  });

  it("keeps 'no casualties' as NONE and ranges as RANGE, with who stated them", () => {
    const none = (page.items[0]!.data as ReviewItemData).suggestions!.figures;
    expect(none).toContainEqual(
      expect.objectContaining({
        metric: "KILLED",
        qualifier: "NONE",
        valueLow: 0,
        statedBy: "Zabihullah Mujahid",
        claimantActorId: "afghan-taliban-authorities",
      }),
    );
    const ranged = (page.items[1]!.data as ReviewItemData).suggestions!.figures;
    expect(ranged).toContainEqual(
      expect.objectContaining({
        metric: "KILLED",
        qualifier: "RANGE",
        valueLow: 4,
        valueHigh: 7,
        statedBy: "Zabihullah Mujahid",
      }),
    );
    expect(ranged).toContainEqual(
      expect.objectContaining({ metric: "INJURED", qualifier: "RANGE", valueLow: 70, valueHigh: 85 }),
    );
  });
});

describe("UCDP GED events", () => {
  const page1 = JSON.parse(read("ucdp-page-1.json")) as { Result: unknown[]; NextPageUrl: string };
  const page2 = JSON.parse(read("ucdp-page-2.json")) as { Result: unknown[] };

  it("normalizes each event by its id and rejects a record without dates", () => {
    const out = [...page1.Result, ...page2.Result].map((r) => normalizeUcdpEvent(r, "25.1", now));
    expect(out.map((o) => o.externalId)).toEqual(["612001", "612002", "612003", "612010", "612011", "612012"]);
    const last = out[5]!;
    expect("reason" in last && last.reason).toMatch(/^invalid event: date_start/);
  });

  it("states UCDP's figures per side, civilians and the total range, never summed across sides", () => {
    const clash = ucdpEventSchema.parse(page1.Result[1]);
    expect(claimSpecs(clash).map((c) => [c.subject, c.valueLow, c.valueHigh, c.qualifier])).toEqual([
      ["AFGHAN_FORCES", 8, 8, "EXACT"],
      ["PAKISTANI_FORCES", 2, 2, "EXACT"],
      ["PAKISTANI_CIVILIANS", 0, 0, "NONE"],
      ["PEOPLE_IN_PAKISTAN", 0, 0, "NONE"],
      ["ALL_SIDES", 10, 57, "RANGE"],
    ]);
    const oneSided = ucdpEventSchema.parse(page1.Result[2]);
    expect(claimSpecs(oneSided).find((c) => c.subject === "PAKISTANI_CIVILIANS")).toMatchObject({
      valueLow: 9,
      qualifier: "EXACT",
    });
  });

  it("hashes content, not the retrieval date", () => {
    const a = normalizeUcdpEvent(page1.Result[0], "25.1", now);
    const b = normalizeUcdpEvent(page1.Result[0], "25.1", new Date("2026-06-01T00:00:00Z"));
    expect("contentHash" in a && "contentHash" in b && a.contentHash === b.contentHash).toBe(true);
  });
});

describe("ReliefWeb reports", () => {
  it("keeps conflict reports and rejects off-topic and invalid ones", () => {
    const reports = [
      ...(JSON.parse(read("reliefweb-reports-1.json")) as { data: unknown[] }).data,
      ...(JSON.parse(read("reliefweb-reports-2.json")) as { data: unknown[] }).data,
    ].map(normalizeReport);
    expect(reports.map((r) => ("reason" in r ? `${r.externalId}:${r.reason.split(":")[0]}` : r.externalId))).toEqual([
      "4190011",
      "4190020:off-topic",
      "4190031",
      "4190099:invalid report",
    ]);
    const unama = reports[0] as { data: ReviewItemData };
    expect(unama.data.suggestions!.figures).toContainEqual(
      expect.objectContaining({
        metric: "KILLED",
        subject: "AFGHAN_CIVILIANS",
        valueLow: 42,
        statedBy: "UNAMA",
        claimantActorId: "unama",
      }),
    );
  });
});

describe("ACLED events", () => {
  it("keeps ACLED's attribution and marks the record as not for republication", () => {
    const events = (JSON.parse(read("acled-events.json")) as { data: unknown[] }).data.map(normalizeAcledEvent);
    const first = events[0] as { externalId: string; data: ReviewItemData };
    expect(first.externalId).toBe("PAK140001");
    expect(first.data.raw).toMatchObject({ republish: false, attribution: expect.stringContaining("ACLED") });
    expect(first.data.suggestions!.figures).toContainEqual(
      expect.objectContaining({ valueLow: 22, qualifier: "AT_LEAST", subject: "MILITANTS", statedBy: "ISPR" }),
    );
    expect(events[2]).toMatchObject({
      externalId: "PAK140003",
      reason: expect.stringMatching(/^invalid event: event_date/),
    });
  });
});

describe("relevance", () => {
  it.each([
    ["TTP claims attack on police station", true],
    ["Torkham crossing reopens after talks", true],
    ["Airstrike hits Paktika district, Kabul says", true],
    ["ISPR: security forces conduct operation", true],
    ["Pakistan beat Sri Lanka by five wickets", false],
    ["Kabul municipality opens new park", false],
    ["Balochistan budget approved by provincial assembly", false],
    ["bla bla bla", false],
  ])("%s → %s", (text, expected) => {
    expect(assessRelevance(text).relevant).toBe(expected);
  });
});

describe("content hash", () => {
  it("does not depend on key order", () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(hashContent({ a: 1, b: 2 })).toBe(hashContent({ b: 2, a: 1 }));
    expect(hashContent({ a: 1 })).not.toBe(hashContent({ a: 2 }));
    expect(hashContent({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});
