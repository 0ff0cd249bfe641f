// Extraction on sentences quoted from the source articles in /work/shared/sources (file noted per
// case); every expected value was read off the sentence by hand.
import { describe, expect, it } from "vitest";
import { extractSuggestions, suggestionsSchema } from "@/lib/ingest/extract";
import { extractDate } from "@/lib/ingest/extract/dates";
import { findFigures, findSpeaker } from "@/lib/ingest/extract/figures";
import { findPlaces } from "@/lib/ingest/extract/places";

const fig = (s: string) =>
  findFigures(s, findSpeaker(s)).map((f) => [f.metric, f.subject, f.valueLow, f.valueHigh, f.qualifier, f.statedBy]);

describe("figures with qualifiers and speakers", () => {
  it.each([
    // 001 (Al Jazeera, 2026-02-27)
    [
      "Kabul claimed 55 Pakistani soldiers were killed and 19 outposts captured.",
      [
        ["KILLED", "PAKISTANI_FORCES", 55, 55, "EXACT", "Kabul"],
        ["POSTS_CAPTURED", null, 19, 19, "EXACT", "Kabul"],
      ],
    ],
    [
      "On February 6, a suicide bomber killed at least 36 people at a Shia mosque in Islamabad.",
      [["KILLED", null, 36, 36, "AT_LEAST", null]],
    ],
    [
      "The exchanges have shattered a ceasefire brokered by Turkiye and Qatar, which was reached after 10 days of deadly border fighting in October killed more than 70 people on both sides.",
      [["KILLED", "ALL_SIDES", 70, 70, "MORE_THAN", null]],
    ],
    [
      "Kabul said at least 18 people were killed in Pakistani strikes last Sunday and pledged retaliation, which culminated in Thursday night’s cross-border fire.",
      [["KILLED", null, 18, 18, "AT_LEAST", "Kabul"]],
    ],
    [
      "Taliban spokesman Zabihullah Mujahid confirmed the strikes on Kabul, Kandahar and Paktia but claimed there had been no casualties.",
      [["KILLED", null, 0, 0, "NONE", "Zabihullah Mujahid"]],
    ],
    // more-reports.md (UNAMA, 2026-03-03; Afghan army chief, 2026-03-02)
    [
      "Between 26 February and 2 March 2026, 42 Afghan civilians were killed and 104 wounded by Pakistani attacks, according to UNAMA.",
      [
        ["KILLED", "AFGHAN_CIVILIANS", 42, 42, "EXACT", "UNAMA"],
        ["INJURED", "AFGHAN_CIVILIANS", 104, 104, "EXACT", "UNAMA"],
      ],
    ],
    [
      "The Taliban say 4–7 killed and 70–85 wounded and accuse Pakistan.",
      [
        ["KILLED", null, 4, 7, "RANGE", "Taliban"],
        ["INJURED", null, 70, 85, "RANGE", "Taliban"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(fig(sentence)).toEqual(expected);
  });

  it("reads 'up to' and 'about', and the ISPR at the end of a sentence", () => {
    expect(fig("Up to 30 militants were killed in the operation in Tirah, the ISPR said.")).toEqual([
      ["KILLED", "MILITANTS", 30, 30, "UP_TO", "ISPR"],
    ]);
    expect(fig("About 20 Afghan soldiers were wounded, officials said.")).toEqual([
      ["INJURED", "AFGHAN_FORCES", 20, 20, "ABOUT", null],
    ]);
  });

  it("does not read a combined 'killed or wounded' count as deaths", () => {
    expect(fig("UNAMA: 146 Afghan civilians killed or wounded in Pakistani attacks.")).toEqual([]);
  });
});

describe("extractSuggestions on a paragraph", () => {
  // 001: two consecutive sentences; "It said" speaks for Pakistan, named in the sentence before.
  const body =
    "Pakistan acknowledged two soldiers had been killed but dismissed the other claims as propaganda. It said Pakistan had eliminated at least 133 Afghan fighters in retaliation, while destroying at least 27 Afghan outposts.";
  const s = extractSuggestions({
    title: "Pakistan says 133 Afghan fighters killed",
    body,
    publishedAt: new Date("2026-02-27T06:00:00Z"),
  });

  it("carries the speaker across 'It said' and maps it to an actor", () => {
    const f133 = s.figures.find((f) => f.valueLow === 133 && f.quote.startsWith("It said"));
    expect(f133).toMatchObject({
      metric: "KILLED",
      subject: "AFGHAN_FORCES",
      qualifier: "AT_LEAST",
      statedBy: "Pakistan",
      claimantActorId: "gov-pakistan",
    });
    expect(s.figures.find((f) => f.valueLow === 27)).toMatchObject({
      metric: "POSTS_DESTROYED",
      subject: "AFGHAN_FORCES",
      qualifier: "AT_LEAST",
    });
    expect(s.figures.find((f) => f.valueLow === 2)).toMatchObject({
      metric: "KILLED",
      qualifier: "EXACT",
      statedBy: "Pakistan",
    });
  });

  it("validates against the Suggestions schema", () => {
    expect(suggestionsSchema.safeParse(s).success).toBe(true);
  });

  it("names a group that claimed an attack, and one that was blamed", () => {
    const claimed = extractSuggestions({
      title: "Attack in Bannu",
      body: "The TTP claimed responsibility for the attack on a convoy in Bannu.",
      publishedAt: null,
    });
    expect(claimed.perpetrators).toEqual([expect.objectContaining({ actorId: "ttp", basis: "CLAIMED" })]);
    // 001: "Another major armed group, which Pakistan alleges benefits from sanctuary in Afghanistan, is the Balochistan Liberation Army (BLA)…"
    const blamed = extractSuggestions({
      title: "Quetta blast",
      body: "Officials blamed the Balochistan Liberation Army for the blast in Quetta.",
      publishedAt: null,
    });
    expect(blamed.perpetrators).toEqual([expect.objectContaining({ actorId: "bla", basis: "ATTRIBUTED" })]);
  });
});

describe("places and dates", () => {
  it("resolves places through the gazetteer, districts first", () => {
    // 001: "…an explosives-laden vehicle rammed a security post in Bajaur in Khyber Pakhtunkhwa…"
    expect(
      findPlaces("an explosives-laden vehicle rammed a security post in Bajaur in Khyber Pakhtunkhwa").map((p) => p.id),
    ).toEqual(["PK-KP-bajaur", "PK-KP"]);
    expect(findPlaces("Militants attacked a checkpost in North Waziristan and D.I. Khan").map((p) => p.id)).toEqual([
      "PK-KP-north-waziristan",
      "PK-KP-dera-ismail-khan",
    ]);
  });

  it("resolves dates written as month-day, day-month, weekday and ISO", () => {
    const pub = new Date("2026-02-27T06:00:00Z"); // a Friday
    expect(extractDate("On February 21, another suicide bomber struck a security convoy in Bannu", pub)).toEqual({
      value: "2026-02-21",
      precision: "DAY",
      text: "February 21",
    });
    expect(extractDate("Afghan forces launched attacks late on Thursday.", pub)).toEqual({
      value: "2026-02-26",
      precision: "APPROXIMATE",
      text: "late on Thursday",
    });
    expect(extractDate("The ceasefire of 19 October held until the talks.", pub)).toEqual({
      value: "2025-10-19",
      precision: "DAY",
      text: "19 October",
    });
    expect(extractDate("No date here.", pub)).toEqual({
      value: "2026-02-27",
      precision: "APPROXIMATE",
      text: "publication date",
    });
    expect(extractDate("No date here.", null)).toBeNull();
  });
});
