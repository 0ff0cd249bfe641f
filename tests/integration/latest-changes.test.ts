// The latest changes to the public record, read from each seeded database. The expected entries
// are written out by hand from prisma/dataset/: PICSS's April 2025 count of militant attacks, 82 in
// its April report, restated as 81 in its May report (dawn-1914847, published 2025-06-02); and the
// Urumqi talks' agreement not to escalate (mediation-tracks.json, cn-2026-04-09-agree-not-to-escalate).
import { describe, expect, it } from "vitest";
import { listLatestChanges } from "@/lib/changes/change-queries";
import { CHANGE_KINDS, type LatestChange } from "@/lib/changes/change-types";
import { eachDatabase } from "../setup/each-database";

const RESTATEMENT = "count-revision:picss-2025-04-attacks-restated--attacks";
const URUMQI_AGREEMENT = "mediation-step:cn-2026-04-09-agree-not-to-escalate";

const isNewestFirst = (changes: LatestChange[]) =>
  changes.every((change, index) => index === 0 || change.on <= changes[index - 1]!.on);

describe.each(eachDatabase())("latest changes on $name", ({ db }) => {
  it("lists PICSS's April 2025 restatement and the Urumqi agreement with their dates and links, newest first", async () => {
    const changes = await listLatestChanges(db, { limit: 1000 });
    expect(isNewestFirst(changes)).toBe(true);

    const restatement = changes.find((change) => change.id === RESTATEMENT);
    expect(restatement).toMatchObject({
      kind: "count-revision",
      on: "2025-06-02",
      dateBasis: "published",
      counterName: "PICSS",
      term: "militant attacks",
      period: "April 2025",
      revisesId: "picss-2025-04-attacks--attacks",
      previous: { valueLow: 82 },
      figure: { valueLow: 81 },
      href: "/attacks#count-picss-2025-04-attacks-restated--attacks",
      description: "PICSS's count of “militant attacks” in April 2025 revised: 82 → 81",
      // The May report that restated it, with its words (documents.json, sources.json).
      source: {
        type: "document",
        documentId: "dawn-1914847",
        publisher: "Dawn",
        publishedOn: "2025-06-02",
        quote: "recorded 85 militant attacks in May as compared to 81 in April",
        quoteKind: "VERBATIM",
      },
    });
    // The figure it revises is listed once, as the new count it was in April's report (2025-05-02).
    const first = changes.find((change) => change.id === "count:picss-2025-04-attacks--attacks");
    expect(first).toMatchObject({ kind: "count", on: "2025-05-02", href: "/attacks#national-title" });

    const step = changes.find((change) => change.id === URUMQI_AGREEMENT);
    expect(step).toMatchObject({
      kind: "mediation-step",
      on: "2026-04-09",
      dateBasis: "occurred",
      trackId: "china-urumqi-talks",
      statusAfter: "AGREEMENT_REACHED",
      href: "/mediation#track-china-urumqi-talks",
      source: { type: "document", documentId: "shamshad-2026-04-09-urumqi-talks-end", quoteKind: "SUMMARY" },
    });
    expect(step!.description).toContain("Urumqi talks conclude");
    // Newest first: the agreement of April 2026 comes before the restatement of June 2025.
    expect(changes.indexOf(step!)).toBeLessThan(changes.indexOf(restatement!));
  });

  it("marks a claimant's revision with the figure it replaces, and keeps the claim's link", async () => {
    const revisions = await listLatestChanges(db, { limit: 1000, kinds: ["claim-revision"] });
    expect(revisions.every((change) => change.kind === "claim-revision")).toBe(true);
    // claims.json: Pakistan's figure for Afghan forces killed, 415 (2 Mar 2026) revised to 481 (6 Mar).
    expect(revisions.find((change) => change.id === "claim-revision:pak-afghan-forces-killed-481")).toMatchObject({
      on: "2026-03-06",
      previous: { valueLow: 415 },
      figure: { valueLow: 481 },
      claimantName: "Government of Pakistan",
      href: "/casualties?scope=episode:feb-mar-2026-war#claim-pak-afghan-forces-killed-481",
      description:
        "Figure revised by Government of Pakistan (Information Minister Attaullah Tarar): Afghan forces killed, 415 → 481",
      source: { type: "document", documentId: "voa-dari-2026-03-pakistani-figures", quoteKind: "SUMMARY" },
    });
    // Every listed change but a correction note rests on a document: each claim, count, step,
    // incident and ceasefire of the dataset has one.
    const kinds = CHANGE_KINDS.filter((kind) => kind !== "correction");
    const all = await listLatestChanges(db, { limit: 1000, kinds });
    expect(all.filter((change) => change.source?.type !== "document").map((change) => change.id)).toEqual([]);
  });

  it("lists ceasefires' starts and ends, and honours the limit and the kinds asked for", async () => {
    const ceasefires = await listLatestChanges(db, { limit: 1000, kinds: ["ceasefire-start", "ceasefire-end"] });
    const ids = ceasefires.map((change) => `${change.id}@${change.on}`);
    // ceasefires.json: the Doha ceasefire began 2025-10-19 and was broken on 2026-02-26.
    expect(ids).toContain("ceasefire-start:doha-ceasefire-2025-10@2025-10-19");
    expect(ids).toContain("ceasefire-end:doha-ceasefire-2025-10@2026-02-26");
    expect(ceasefires.find((change) => change.id === "ceasefire-end:doha-ceasefire-2025-10")!.description).toBe(
      "Ceasefire ended (broken): Doha ceasefire (October 2025)",
    );
    const five = await listLatestChanges(db, { limit: 5 });
    expect(five).toHaveLength(5);
    expect(isNewestFirst(five)).toBe(true);
    const all = await listLatestChanges(db, { limit: 1000 });
    expect(five.map((change) => change.id)).toEqual(all.slice(0, 5).map((change) => change.id));
    expect(await listLatestChanges(db, { limit: 0 })).toEqual([]);
  });
});
