// A figure published through the editors' write routine reaches the feed at once, as a revision
// that says old → new and cites its document. On copies of their own (isolated databases): the
// Government of Pakistan's count of Afghan forces killed, 481 on day 8 of the operation
// (prisma/dataset/claims.json, pak-afghan-forces-killed-481), revised here to 500 by a new claim.
import { describe, expect, it } from "vitest";
import { listLatestChanges } from "@/lib/changes/change-queries";
import { createClaim } from "@/lib/claims/claim-writes";
import { renderAtomFeed } from "@/lib/syndication/atom";
import { buildFeedDocument } from "@/lib/syndication/feed-document";
import { parseFeedFilters } from "@/lib/syndication/feed-filters";
import { checkAtom, textOf } from "../support/atom-schema";
import { isolatedDatabases } from "../setup/isolated-databases";

const REVISED = "pak-afghan-forces-killed-481";

describe.each(isolatedDatabases())("a published revision in the feed on $name", (c) => {
  it("is the newest entry, says 481 → 500 and cites the revision's document", async () => {
    const written = await createClaim(c.db, c.editor, {
      claimantId: "gov-pakistan",
      statedBy: "Information Minister Attaullah Tarar",
      subject: "AFGHAN_FORCES",
      metric: "KILLED",
      valueLow: "500",
      valueHigh: "",
      qualifier: "EXACT",
      stance: "ASSERTED",
      scopeKind: "episode",
      episodeId: "feb-mar-2026-war",
      madeOn: "2026-03-07",
      madeOnPrecision: "DAY",
      documentId: "voa-dari-2026-03-pakistani-figures",
      quote: "Tarar: 500 killed (test revision).",
      note: "",
      revisesId: REVISED,
      publish: "on",
      correctionNote: "The Government of Pakistan restated its count (test).",
    });
    expect(written, JSON.stringify(written)).toMatchObject({ ok: true });

    const changes = await listLatestChanges(c.db, { limit: 100, kinds: ["claim-revision"] });
    const revision = changes.find((change) => change.kind === "claim-revision" && change.revisesId === REVISED);
    expect(revision).toMatchObject({
      on: "2026-03-07",
      previous: { valueLow: 481 },
      figure: { valueLow: 500 },
      source: { type: "document", documentId: "voa-dari-2026-03-pakistani-figures" },
    });

    const parsed = parseFeedFilters(new URLSearchParams("kind=claim-revision"));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const xml = renderAtomFeed(
      buildFeedDocument({
        siteUrl: "https://frontier.example.org",
        filters: parsed.value,
        scope: { kind: "record" },
        changes,
        readAt: "2026-12-02T00:00:00Z",
      }),
    );
    const entries = checkAtom(xml).feed.entry ?? [];
    const entry = entries.find((e) => textOf(e.title).includes("481 → 500"));
    expect(entry, "an Atom entry saying 481 → 500").toBeDefined();
    expect(textOf(entry!.summary)).toContain("Tarar: 500 killed (test revision).");
  });
});
