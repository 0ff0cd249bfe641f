// Claim.chainId (set by the trigger of migration 20261130160000) for the seeded dataset: every
// claim's chainId is the first claim of its revision chain, as the dataset file itself gives it.
import { describe, expect, it } from "vitest";
import { eachDatabase } from "../setup/each-database";
import { raw } from "../setup/raw-dataset";

const byId = new Map(raw.claims.map((c) => [c.id as string, c]));
function rootOf(id: string): string {
  let c = byId.get(id)!;
  for (let steps = 0; c.revisesId; steps++) {
    if (steps > raw.claims.length) throw new Error(`revision cycle at ${id}`);
    c = byId.get(c.revisesId)!;
  }
  return c.id;
}

describe.each(eachDatabase())("claim revision chains on $name", ({ db }) => {
  it("gives every claim the id of the first claim of its chain", async () => {
    const revised = raw.claims.filter((c) => c.revisesId);
    expect(revised.length).toBeGreaterThan(2); // the dataset has real chains (133 → 228 → 415 → 481)
    const stored = await db.claim.findMany({
      where: { id: { in: [...byId.keys()] } },
      select: { id: true, chainId: true },
    });
    expect(stored.length).toBe(raw.claims.length);
    expect(new Map(stored.map((s) => [s.id, s.chainId]))).toEqual(new Map(raw.claims.map((c) => [c.id, rootOf(c.id)])));
    // at least one chain of more than two claims, so the root is not just "the claim revised"
    expect(raw.claims.some((c) => rootOf(c.id) !== c.id && c.revisesId !== rootOf(c.id))).toBe(true);
  });
});
