import { describe, expect, it } from "vitest";
import { getHeadlines } from "@/lib/dashboard/headline-queries";
import { listCeasefires, listMediationTracks } from "@/lib/mediation/mediation-queries";
import { eachDatabase } from "../setup/each-database";
import { attackInPakistan, raw } from "../setup/raw-dataset";

type RawEvent = { occurredOn: string; kind: string; statusAfter?: string };

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

describe.each(eachDatabase())("mediation on $name", ({ db }) => {
  it("gives each track the status set by its latest event, and its full timeline in date order", async () => {
    const tracks = await listMediationTracks(db);
    expect(tracks.length).toBe(raw.tracks.length);
    for (const t of raw.tracks) {
      const events = t.events as RawEvent[];
      const withStatus = [...events]
        .filter((e) => e.statusAfter)
        .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
      const got = tracks.find((x) => x.id === t.id)!;
      expect(got.status, t.id).toBe(withStatus.at(-1)?.statusAfter ?? null);
      expect(got.events.map((e) => e.occurredOn)).toEqual(events.map((e) => e.occurredOn).sort());
      expect(got.rounds).toBe(events.filter((e) => e.kind === "TALKS_ROUND").length);
      expect(got.mediators.length).toBe(t.mediatorIds.length);
    }
  });

  it("measures how long each ceasefire held, up to today for one still in force", async () => {
    const asOf = "2026-11-22";
    const got = await listCeasefires(db, asOf);
    expect(got.length).toBe(raw.ceasefires.length);
    for (const c of raw.ceasefires) {
      const row = got.find((x) => x.id === c.id)!;
      expect(row.heldDays, c.id).toBe(days(c.startsOn, c.endedOn ?? asOf));
      expect(row.inForce).toBe(!c.endedOn);
    }
  });

  it("computes headline figures from the same records", async () => {
    const h = await getHeadlines(db, "2026-11-22", 365);
    expect(h.period).toEqual({ from: "2025-11-23", to: "2026-11-22" });
    const inPeriod = raw.incidents.filter(
      (i) => attackInPakistan(i) && i.occurredOn >= "2025-11-23" && i.occurredOn <= "2026-11-22",
    );
    const previous = raw.incidents.filter(
      (i) => attackInPakistan(i) && i.occurredOn >= "2024-11-23" && i.occurredOn <= "2025-11-22",
    );
    expect(h.attacks.count).toBe(inPeriod.length);
    expect(h.attacks.previousCount).toBe(previous.length);
    expect(h.mediation.length).toBe(raw.tracks.length);
    expect(h.killedClaims?.subjects.length).toBeGreaterThan(0);
    // never summed: every entry is one claimant's own figure
    for (const s of h.killedClaims!.subjects)
      for (const c of s.claimants) expect(new Set(c.history.map((x) => x.claimantId)).size).toBe(1);
  });
});
