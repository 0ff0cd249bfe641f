import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/dataset/read-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { gazetteer } from "@/lib/geo/gazetteer";
import { eachDatabase } from "../setup/each-database";
import { raw, readRaw } from "../setup/raw-dataset";

describe.each(eachDatabase())("dataset load on $name", ({ db }) => {
  it("holds every record of the dataset files", async () => {
    const places =
      gazetteer.countries.length + gazetteer.provinces.length + gazetteer.districts.length + raw.localities.length;
    expect({
      sources: await db.source.count(),
      documents: await db.document.count(),
      actors: await db.actor.count(),
      places: await db.place.count(),
      episodes: await db.episode.count(),
      incidents: await db.incident.count(),
      claims: await db.claim.count(),
      tracks: await db.mediationTrack.count(),
      events: await db.mediationEvent.count(),
      ceasefires: await db.ceasefire.count(),
      citations: await db.incidentCitation.count(),
      perpetrators: await db.incidentPerpetrator.count(),
      furtherPlaces: await db.incidentPlace.count(),
      claimCitations: await db.claimCitation.count(),
      statements: await db.statement.count(),
      periodCounts: await db.periodCount.count(),
    }).toEqual({
      sources: raw.sources.length,
      documents: raw.documents.length,
      actors: raw.actors.length,
      places,
      episodes: raw.episodes.length,
      incidents: raw.incidents.length,
      claims: raw.claims.length,
      tracks: raw.tracks.length,
      events: raw.tracks.reduce((n, t) => n + t.events.length, 0),
      ceasefires: raw.ceasefires.length,
      citations: raw.incidents.reduce((n, i) => n + i.citations.length, 0),
      perpetrators: raw.incidents.reduce((n, i) => n + (i.perpetrators?.length ?? 0), 0),
      furtherPlaces: raw.incidents.reduce((n, i) => n + (i.places?.length ?? 0), 0),
      claimCitations: raw.claims.reduce((n, c) => n + (c.citations?.length ?? 0), 0),
      statements: readRaw("statements").length,
      periodCounts: readRaw("period-counts").reduce((n, row) => n + row.counts.length, 0),
    });
    expect(readRaw("statements").length).toBeGreaterThan(10);
    expect(raw.incidents.length).toBeGreaterThan(10);
    expect(raw.claims.length).toBeGreaterThan(30);
  });

  it("gives every claim a claimant, a document and a quote", async () => {
    const claims = await db.claim.findMany({ include: { claimant: true, document: true } });
    const bad = claims.filter((c) => !c.claimant || !c.document || c.quote.trim().length < 8);
    expect(bad.map((c) => c.id)).toEqual([]);
  });

  it("cites at least one document for every incident", async () => {
    const uncited = await db.incident.findMany({ where: { citations: { none: {} } }, select: { id: true } });
    expect(uncited).toEqual([]);
  });

  it("orders every revision after the claim it revises, by the same claimant", async () => {
    const revisions = await db.claim.findMany({ where: { revisesId: { not: null } }, include: { revises: true } });
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions) {
      expect(r.revises!.madeOn.getTime(), r.id).toBeLessThanOrEqual(r.madeOn.getTime());
      expect(r.revises!.claimantId, r.id).toBe(r.claimantId);
    }
  });

  it("keeps Pakistan's revised tally of Afghan fighters killed as one chain: 133 → 228 → 415 → 481", async () => {
    const latest = await db.claim.findFirst({
      where: { valueLow: 481, subject: "AFGHAN_FORCES", metric: "KILLED" },
      include: { revises: { include: { revises: { include: { revises: true } } } } },
    });
    const chain = [
      latest?.revises?.revises?.revises?.valueLow,
      latest?.revises?.revises?.valueLow,
      latest?.revises?.valueLow,
      latest?.valueLow,
    ];
    expect(chain).toEqual([133, 228, 415, 481]);
    expect(latest?.revises?.revises?.revises?.qualifier).toBe("AT_LEAST");
  });

  it("inserts nothing when seeded a second time", async () => {
    const counts = await seedDataset(db, readDataset());
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
  });

  it("rolls back the whole seed when one row is bad", async () => {
    const before = await db.source.count();
    const d = readDataset();
    d.sources.push({ id: "rollback-probe", name: "Probe outlet", kind: "NEWS_OUTLET" });
    d.claims.push({ ...d.claims[0]!, id: "rollback-probe-claim", documentId: "no-such-document" });
    await expect(seedDataset(db, d)).rejects.toThrow();
    expect(await db.source.count()).toBe(before);
    expect(await db.source.findUnique({ where: { id: "rollback-probe" } })).toBeNull();
  });
});
