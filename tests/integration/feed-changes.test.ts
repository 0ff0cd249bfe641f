// The changes a feed follows (lib/changes with a province or a mediation track), on each seeded
// database, and their sources. Every expected id is written out by hand from prisma/dataset/:
// incidents.json (Chagai, 2026-04-23, is Balochistan's only incident; Islamabad's mosque bombing
// is Islamabad's), claims.json (two outlets' Chagai tolls; Al Jazeera's 36 for Islamabad),
// period-counts.json (the 27 figures whose region is BALOCHISTAN), mediation-tracks.json and
// ceasefires.json. Correction notes are written on copies of their own (isolated databases).
import { describe, expect, it } from "vitest";
import { listLatestChanges } from "@/lib/changes/change-queries";
import type { LatestChange } from "@/lib/changes/change-types";
import { eachDatabase } from "../setup/each-database";
import { isolatedDatabases } from "../setup/isolated-databases";

const ids = (changes: LatestChange[]) => changes.map((change) => change.id);
const sorted = (list: string[]) => [...list].sort();
const isNewestFirst = (changes: LatestChange[]) =>
  changes.every((change, index) => index === 0 || change.on <= changes[index - 1]!.on);

const BALOCHISTAN_COUNTS = [
  "picss-2025-01-balochistan--attacks",
  "picss-2025-01-balochistan--killed",
  "picss-2025-02-balochistan--attacks",
  "picss-2025-02-balochistan--killed",
  "picss-2025-03-balochistan-combined-deaths--killed",
  "picss-2025-05-balochistan--attacks",
  "picss-2025-05-balochistan--killed",
  "picss-2025-08-balochistan--attacks",
  "picss-2025-08-balochistan--killed",
  "picss-2025-09-balochistan-attacks--attacks",
  "picss-2025-09-balochistan-restated-deaths--sf",
  "picss-2025-09-balochistan-restated-deaths--civilians",
  "picss-2025-09-balochistan-restated-deaths--militants",
  "picss-2025-10-balochistan--attacks",
  "picss-2025-10-balochistan--killed",
  "picss-2025-10-balochistan-ops-militants-killed--militants",
  "picss-2026-01-attacks-by-region--balochistan",
  "picss-2026-01-balochistan-militants-killed--militants",
  "pips-2025-balochistan--attacks",
  "pips-2025-balochistan--killed",
  "pips-2025-balochistan--injured",
  "crss-2025-q1-provinces--balochistan",
  "crss-2025-q2-provinces--balochistan",
  "crss-2025-q3-balochistan--killed",
  "crss-2025-q3-balochistan--incidents",
  "crss-2025-jan-nov-balochistan--killed",
  "crss-2025-jan-nov-balochistan--incidents",
].map((id) => `count:${id}`);

const KP_INCIDENTS = [
  "bajaur-vbied-security-post-2026-02",
  "bannu-convoy-suicide-bombing-2026-02-21",
  "afghan-attack-border-posts-chitral-2026-02-26",
  "afghan-attack-border-posts-khyber-2026-02-26",
  "afghan-attack-border-posts-mohmand-2026-02-26",
  "afghan-attack-border-posts-kurram-2026-02-26",
  "afghan-attack-border-posts-bajaur-2026-02-26",
  "drone-attack-abbottabad-2026-02-27",
  "drone-attack-swabi-2026-02-27",
  "drone-attack-nowshera-2026-02-27",
  "bajaur-mosque-damaged-by-shelling-2026-02",
  "north-waziristan-operation-2026-04-25-26",
  "south-waziristan-cross-border-artillery-2026-04-27",
].map((id) => `incident:${id}`);

describe.each(eachDatabase())("feed changes on $name", ({ db }) => {
  it("a province holds its incidents, the claims about them and the counts for its region, nothing else", async () => {
    const balochistan = await listLatestChanges(db, { limit: 1000, provinceId: "PK-BA" });
    expect(sorted(ids(balochistan))).toEqual(
      sorted([
        "incident:chagai-mining-project-attack-2026-04-23",
        "claim:express-tribune-chagai-killed-10",
        "claim:pakistan-today-chagai-workers-killed-9",
        ...BALOCHISTAN_COUNTS,
      ]),
    );
    expect(isNewestFirst(balochistan)).toBe(true);
    expect(sorted(ids(await listLatestChanges(db, { limit: 1000, provinceId: "PK-IS" })))).toEqual([
      "claim:al-jazeera-islamabad-mosque-killed-36",
      "incident:islamabad-shia-mosque-suicide-bombing-2026-02-06",
    ]);
    // Gilgit-Baltistan has no incident and no region of its own in the counts.
    expect(await listLatestChanges(db, { limit: 1000, provinceId: "PK-GB" })).toEqual([]);
  });

  it("Khyber Pakhtunkhwa takes the counts of the whole province, its settled and its tribal districts", async () => {
    const kp = await listLatestChanges(db, { limit: 1000, provinceId: "PK-KP" });
    expect(sorted(ids(kp).filter((id) => id.startsWith("incident:")))).toEqual(sorted(KP_INCIDENTS));
    expect(ids(kp)).toEqual(
      expect.arrayContaining([
        "count:pips-2025-kp--attacks", // KHYBER_PAKHTUNKHWA
        "count:picss-2025-10-kp-mainland--attacks", // KP_MAINLAND
        "count:picss-2025-10-kp-tribal--attacks", // KP_TRIBAL
        "claim-revision:pak-forces-north-waziristan-militants-killed-71",
        "claim:dawn-south-waziristan-civilians-injured-3",
      ]),
    );
    for (const absent of [
      "count:picss-2025-01-attacks--attacks", // national
      "incident:ttp-attack-security-personnel-2026-04-27", // in Pakistan, no province given
      "incident:pakistani-airstrike-kabul-2026-02-27",
      "claim:al-jazeera-islamabad-mosque-killed-36",
      "mediation-step:cn-2026-04-09-agree-not-to-escalate",
    ]) {
      expect(ids(kp)).not.toContain(absent);
    }
    const incidentsOnly = await listLatestChanges(db, { limit: 1000, provinceId: "PK-BA", kinds: ["incident"] });
    expect(ids(incidentsOnly)).toEqual(["incident:chagai-mining-project-attack-2026-04-23"]);
  });

  it("a mediation track holds its steps and its ceasefires' starts and ends, newest first", async () => {
    expect(ids(await listLatestChanges(db, { limit: 1000, trackId: "china-urumqi-talks" }))).toEqual([
      "mediation-step:cn-2026-04-28-pause-under-strain",
      "mediation-step:cn-2026-04-09-agree-not-to-escalate",
      "ceasefire-start:urumqi-non-escalation-2026-04",
      "mediation-step:cn-2026-04-08-comprehensive-solution",
      "mediation-step:cn-2026-04-07-talks-useful",
      "mediation-step:cn-2026-04-01-urumqi-talks-open",
      "mediation-step:cn-2026-02-offer",
    ]);
    expect(ids(await listLatestChanges(db, { limit: 1000, trackId: "qatar-turkiye-mediation" }))).toEqual([
      "mediation-step:qt-2026-03-03-renewed-mediation-effort",
      "mediation-step:qt-2026-02-27-dar-fidan-call",
      "mediation-step:qt-2026-02-26-ceasefire-shattered",
      "ceasefire-end:doha-ceasefire-2025-10",
      "mediation-step:qt-2025-11-istanbul-talks-end",
      "mediation-step:qt-2025-doha-istanbul-negotiations-fail",
      "mediation-step:qt-2025-10-25-istanbul-talks",
      "mediation-step:qt-2025-10-19-doha-ceasefire",
      "ceasefire-start:doha-ceasefire-2025-10",
    ]);
    // A province and a track together select what is in both: nothing.
    expect(await listLatestChanges(db, { limit: 1000, provinceId: "PK-KP", trackId: "china-urumqi-talks" })).toEqual(
      [],
    );
  });

  it("every change carries the document it rests on, its publisher, date, address and words", async () => {
    const all = await listLatestChanges(db, { limit: 1000 });
    const find = (id: string) => all.find((change) => change.id === id)!;
    expect(find("count-revision:picss-2025-04-attacks-restated--attacks").source).toEqual({
      type: "document",
      documentId: "dawn-1914847",
      title: "PICSS May 2025 security assessment, as reported by Dawn",
      publisher: "Dawn",
      url:
        "https://www.dawn.com/news/1914847/militant-attacks-increased-to-85-in-may-" +
        "pakistan-institute-for-conflict-and-security-studies",
      publishedOn: "2025-06-02",
      quote: "recorded 85 militant attacks in May as compared to 81 in April",
      quoteKind: "VERBATIM",
    });
    expect(find("claim:express-tribune-chagai-killed-10").source).toMatchObject({
      documentId: "express-tribune-2026-04-23-chagai",
      publisher: "The Express Tribune",
      url: "https://tribune.com.pk/story/2604357",
      quote: "10 killed (Express Tribune)",
      quoteKind: "SUMMARY",
    });
    // An incident's first citation: both Chagai reports are of 2026-04-23; the first by id.
    expect(find("incident:chagai-mining-project-attack-2026-04-23").source).toMatchObject({
      documentId: "express-tribune-2026-04-23-chagai",
      quoteKind: "SUMMARY",
    });
    expect(find("mediation-step:cn-2026-04-09-agree-not-to-escalate").source).toMatchObject({
      documentId: "shamshad-2026-04-09-urumqi-talks-end",
      publisher: "Shamshad News",
      publishedOn: "2026-04-09",
      quoteKind: "SUMMARY",
    });
    // A ceasefire's start rests on its earliest report, its end on the first report of the end.
    expect(find("ceasefire-start:doha-ceasefire-2025-10").source).toMatchObject({
      documentId: "business-today-2025-10-19-doha-ceasefire",
      publisher: "Business Today",
      url: null,
      quoteKind: "SUMMARY",
    });
    expect(find("ceasefire-end:doha-ceasefire-2025-10").source).toMatchObject({
      documentId: "al-jazeera-2026-02-27-what-happens-next",
      publisher: "Al Jazeera",
      publishedOn: "2026-02-27",
      quote:
        "The exchanges have shattered a ceasefire brokered by Turkiye and Qatar, " +
        "which was reached after 10 days of deadly border fighting in October",
      quoteKind: "VERBATIM",
    });
    expect(all.filter((change) => change.source === null)).toEqual([]);
  });
});

// Correction notes on each kind of record, written straight into copies of the databases, dated a
// day apart so their order is known.
const NOTES = [
  { id: "fc-ba-incident", entityType: "Incident", entityId: "chagai-mining-project-attack-2026-04-23" },
  {
    id: "fc-ba-claim",
    entityType: "Claim",
    entityId: "pakistan-today-chagai-workers-killed-9",
    incidentId: "chagai-mining-project-attack-2026-04-23",
  },
  { id: "fc-kp-tribal-count", entityType: "PeriodCount", entityId: "picss-2025-10-kp-tribal--attacks" },
  { id: "fc-national-count", entityType: "PeriodCount", entityId: "picss-2025-01-attacks--attacks" },
  { id: "fc-urumqi-track", entityType: "MediationTrack", entityId: "china-urumqi-talks" },
  { id: "fc-doha-ceasefire", entityType: "Ceasefire", entityId: "doha-ceasefire-2025-10" },
  {
    id: "fc-kabul-incident",
    entityType: "Incident",
    entityId: "pakistani-airstrike-kabul-2026-02-27",
    incidentId: "pakistani-airstrike-kabul-2026-02-27",
  },
];

describe.each(isolatedDatabases())("correction feeds on $name", (c) => {
  const corrections = (scope: { provinceId?: string; trackId?: string } = {}) =>
    listLatestChanges(c.db, { limit: 1000, kinds: ["correction"], ...scope }).then(ids);

  it("lists the notes on each part of the record, each citing the editor's note", async () => {
    for (const [day, note] of NOTES.entries()) {
      await c.db.correction.create({
        data: {
          ...note,
          note: `Feed test note ${note.id}: figure & <title> corrected.`,
          createdAt: new Date(`2026-05-0${day + 1}T10:00:00Z`),
        },
      });
    }
    expect(await corrections()).toEqual([
      "correction:fc-kabul-incident",
      "correction:fc-doha-ceasefire",
      "correction:fc-urumqi-track",
      "correction:fc-national-count",
      "correction:fc-kp-tribal-count",
      "correction:fc-ba-claim",
      "correction:fc-ba-incident",
    ]);
    expect(await corrections({ provinceId: "PK-BA" })).toEqual(["correction:fc-ba-claim", "correction:fc-ba-incident"]);
    expect(await corrections({ provinceId: "PK-KP" })).toEqual(["correction:fc-kp-tribal-count"]);
    expect(await corrections({ trackId: "china-urumqi-talks" })).toEqual(["correction:fc-urumqi-track"]);
    expect(await corrections({ trackId: "qatar-turkiye-mediation" })).toEqual(["correction:fc-doha-ceasefire"]);

    const [claimNote] = await listLatestChanges(c.db, { limit: 1, provinceId: "PK-BA" });
    expect(claimNote).toMatchObject({
      id: "correction:fc-ba-claim",
      on: "2026-05-02",
      dateBasis: "corrected",
      href: "/incidents/chagai-mining-project-attack-2026-04-23#claim-pakistan-today-chagai-workers-killed-9",
      description: "Correction note on a claimed figure: Feed test note fc-ba-claim: figure & <title> corrected.",
      source: {
        type: "editor-note",
        note: "Feed test note fc-ba-claim: figure & <title> corrected.",
        writtenAt: "2026-05-02T10:00:00.000Z",
      },
    });
  });
});
