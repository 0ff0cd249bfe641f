import { describe, expect, it } from "vitest";
import { checkReferences } from "@/lib/dataset/read-dataset";
import { claimSchema, datasetSchema, incidentSchema, type Dataset } from "@/lib/dataset/schema";

const claim = {
  id: "c1",
  claimantId: "gov-pk",
  subject: "AFGHAN_FORCES",
  metric: "KILLED",
  valueLow: 133,
  valueHigh: 133,
  qualifier: "AT_LEAST",
  episodeId: "ep",
  madeOn: "2026-02-27",
  documentId: "doc",
  quote: "eliminated at least 133 Afghan fighters",
};

describe("claim schema", () => {
  it("accepts a well-formed claim", () => {
    expect(claimSchema.safeParse(claim).success).toBe(true);
  });
  it.each([
    [{ quote: undefined }, "quote"],
    [{ claimantId: undefined }, "claimantId"],
    [{ documentId: undefined }, "documentId"],
    [{ valueHigh: 100 }, "valueHigh"],
    [{ qualifier: "RANGE" }, "qualifier"],
    [{ valueLow: 0, valueHigh: 0 }, "qualifier"],
    [{ incidentId: "i1" }, "scope"],
    [{ madeOn: "27 Feb 2026" }, "madeOn"],
  ])("rejects %o", (patch, expected) => {
    const r = claimSchema.safeParse({ ...claim, ...patch });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain(expected);
  });
});

describe("incident schema", () => {
  it("refuses an incident without a source", () => {
    const r = incidentSchema.safeParse({
      id: "i1",
      title: "Suicide bombing",
      summary: "A suicide bombing.",
      occurredOn: "2026-02-06",
      placeId: "PK-IS",
      type: "SUICIDE_BOMBING",
      targetType: "RELIGIOUS_SITE",
      citations: [],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/at least one source/);
  });
});

describe("cross-file checks", () => {
  const base = (): Dataset =>
    datasetSchema.parse({
      sources: [{ id: "src", name: "Outlet", kind: "NEWS_OUTLET" }],
      documents: [{ id: "doc", sourceId: "src", title: "Report" }],
      actors: [
        { id: "gov-pk", name: "Government of Pakistan", kind: "GOVERNMENT", side: "PAKISTAN" },
        { id: "gov-af", name: "Afghan Taliban authorities", kind: "GOVERNMENT", side: "AFGHANISTAN" },
      ],
      localities: [],
      episodes: [{ id: "ep", name: "Clashes", startsOn: "2026-02-26", description: "…" }],
      incidents: [],
      mediationTracks: [],
      ceasefires: [],
      periodCounts: [],
      statements: [],
      claims: [
        claim,
        {
          ...claim,
          id: "c2",
          valueLow: 415,
          valueHigh: 415,
          qualifier: "EXACT",
          madeOn: "2026-03-02",
          revisesId: "c1",
        },
      ],
    });

  it("passes a consistent dataset", () => {
    expect(checkReferences(base())).toEqual([]);
  });
  it("catches a revision by another claimant", () => {
    const d = base();
    d.claims[1]!.claimantId = "gov-af";
    expect(checkReferences(d)).toContain("claim c2: revises a claim of another claimant");
  });
  it("catches a revision dated before the claim it revises", () => {
    const d = base();
    d.claims[1]!.madeOn = "2026-02-01";
    expect(checkReferences(d)).toContain("claim c2: made before the claim it revises");
  });
  it("catches a dangling reference", () => {
    const d = base();
    d.claims[0]!.documentId = "missing-doc";
    expect(checkReferences(d)).toContain("claim c1.documentId: unknown id missing-doc");
  });
  it("catches a claim revised twice (a fork in the chain)", () => {
    const d = base();
    d.claims.push({ ...d.claims[1]!, id: "c3" });
    expect(checkReferences(d).some((p) => p.includes("already revised"))).toBe(true);
  });
});
