import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/claims/claim-queries";
import { claimScopeSchema } from "@/lib/claims/scope";
import { eachDatabase } from "../setup/each-database";
import { raw } from "../setup/raw-dataset";

// The episode that carries Pakistan's 481 claim is the Feb–Mar 2026 war, by the dataset's own links.
const chainEnd = raw.claims.find((c) => c.valueLow === 481 && c.subject === "AFGHAN_FORCES" && c.metric === "KILLED");

describe.each(eachDatabase())("claims ledger on $name", ({ db }) => {
  it("lines up each claimant's latest figure with its history, per subject and metric", async () => {
    expect(chainEnd?.episodeId).toBeTruthy();
    const ledger = await compareClaims(db, { kind: "episode", episodeId: chainEnd!.episodeId });
    const afghanKilled = ledger.find((g) => g.subject === "AFGHAN_FORCES" && g.metric === "KILLED");
    const pakistan = afghanKilled?.claimants.find((c) => c.latest.claimantId === chainEnd!.claimantId);
    expect(pakistan?.latest.valueLow).toBe(481);
    expect(pakistan?.history.map((c) => c.valueLow)).toEqual([133, 228, 415, 481]);
  });

  it("never merges claimants: Kabul's 55 and Islamabad's acknowledged 2 stand side by side", async () => {
    const kabul55 = raw.claims.find(
      (c) => c.valueLow === 55 && c.subject === "PAKISTANI_FORCES" && c.metric === "KILLED",
    );
    expect(kabul55).toBeDefined();
    const scope = kabul55!.episodeId
      ? { kind: "episode" as const, episodeId: kabul55!.episodeId }
      : { kind: "incident" as const, incidentId: kabul55!.incidentId };
    const ledger = await compareClaims(db, scope);
    const group = ledger.find((g) => g.subject === "PAKISTANI_FORCES" && g.metric === "KILLED");
    const figures = group!.claimants.map((c) => c.history.map((h) => h.valueLow));
    expect(figures.some((h) => h.includes(55))).toBe(true);
    expect(figures.some((h) => h.includes(2))).toBe(true);
    // one entry per claimant chain, and the claimants differ
    const claimants = group!.claimants.map((c) => c.latest.claimantId);
    expect(new Set(claimants).size).toBeGreaterThan(1);
    for (const c of group!.claimants) expect(new Set(c.history.map((h) => h.claimantId)).size).toBe(1);
  });

  it("returns the same claims for a period as the dataset holds for it, each with its quote", async () => {
    const ledger = await compareClaims(db, { kind: "period", from: "2025-01-01", to: "2026-12-31" });
    const ids = ledger.flatMap((g) => g.claimants.flatMap((c) => c.history.map((h) => h.id))).sort();
    const episodes = new Map(raw.episodes.map((e) => [e.id, e]));
    const incidents = new Map(raw.incidents.map((i) => [i.id, i]));
    const inRange = (d: string) => d >= "2025-01-01" && d <= "2026-12-31";
    const expected = raw.claims
      .filter((c) => {
        if (c.incidentId) return inRange(incidents.get(c.incidentId)!.occurredOn);
        if (c.episodeId) {
          const e = episodes.get(c.episodeId)!;
          return inRange(e.startsOn) && inRange(e.endsOn ?? e.startsOn);
        }
        return inRange(c.periodStart) && inRange(c.periodEnd);
      })
      .map((c) => c.id)
      .sort();
    expect(ids).toEqual(expected);
    expect(ledger.flatMap((g) => g.claimants.map((c) => c.latest.quote)).every((q) => q.length >= 8)).toBe(true);
  });

  it("returns an empty ledger for a scope with no claims", async () => {
    expect(await compareClaims(db, { kind: "period", from: "1990-01-01", to: "1990-12-31" })).toEqual([]);
  });
});

describe("claim scope schema", () => {
  it.each([
    [{ kind: "incident" }, "incidentId"],
    [{ kind: "period", from: "2026-03-01", to: "2026-01-01" }, "to"],
    [{ kind: "month" }, "kind"],
  ])("rejects %o", (input, param) => {
    const r = claimScopeSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toContain(param);
  });
});
