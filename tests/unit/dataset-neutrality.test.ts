// The neutrality and quote rules of lib/dataset/neutrality-checks.ts (npm run data:check): the
// dataset passes them, and each rule catches the error it exists for (a test that could not fail
// would prove nothing, so each rule is shown a record that breaks it).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  attributionProblems,
  duplicateClaimProblems,
  framingProblems,
  neutralityProblems,
  ownVoice,
  verbatimProblems,
} from "@/lib/dataset/neutrality-checks";
import { readDataset } from "@/lib/dataset/read-dataset";
import type { Dataset } from "@/lib/dataset/schema";

const SOURCES_DIR = process.env.SOURCES_DIR ?? path.resolve(process.cwd(), "..", "shared", "sources");
const readText = (file: string) => readFileSync(path.join(SOURCES_DIR, file), "utf8");
const copy = (): Dataset => structuredClone(readDataset());

describe("dataset neutrality checks", () => {
  it("finds the source texts", () => {
    expect(existsSync(SOURCES_DIR), `source texts not found in ${SOURCES_DIR} (set SOURCES_DIR)`).toBe(true);
  });

  it("passes on the dataset", () => {
    expect(neutralityProblems(readDataset(), readText)).toEqual([]);
  });

  it("reads quotation marks as the speaker's words", () => {
    expect(ownVoice("Kabul announced “retaliatory operations” at night")).not.toMatch(/retaliat/);
    expect(ownVoice("Pakistan's retaliatory fire")).toMatch(/retaliat/);
  });

  it("rejects a side's framing word in the project's voice, not inside a quote", () => {
    const d = copy();
    d.incidents[0]!.title = "Retaliatory strike on a border post";
    d.incidents[1]!.summary = "The ministry called it “a retaliatory operation”.";
    const problems = framingProblems(d);
    expect(problems).toEqual([expect.stringContaining(`incident ${d.incidents[0]!.id} title`)]);
  });

  it("rejects an incident in Afghanistan called Pakistani that nobody attributes to Pakistan", () => {
    const d = copy();
    const incident = d.incidents.find((i) => i.placeId.startsWith("AF-") || i.placeId === "AFG")!;
    incident.title = "Pakistani airstrike on a village";
    incident.perpetrators = [];
    expect(attributionProblems(d)).toEqual([expect.stringContaining(incident.id)]);
  });

  it("rejects the same statement stored twice", () => {
    const d = copy();
    const claim = d.claims.find((c) => !c.revisesId)!;
    d.claims.push({ ...claim, id: `${claim.id}-again`, documentId: d.documents[0]!.id });
    expect(duplicateClaimProblems(d)).toEqual([expect.stringContaining(`${claim.id}-again`)]);
  });

  it("rejects a verbatim quote not in its document, and a digest quoted as verbatim", () => {
    const d = copy();
    const article = d.claims.find((c) => d.documents.find((doc) => doc.id === c.documentId)?.file?.endsWith(".txt"))!;
    article.quote = "words that no article in the sources contains";
    const digest = d.claims.find((c) => c.quoteKind === "SUMMARY")!;
    digest.quoteKind = "VERBATIM";
    const problems = verbatimProblems(d, readText);
    expect(problems).toContainEqual(expect.stringContaining(`claim ${article.id}: marked verbatim`));
    expect(problems).toContainEqual(
      expect.stringContaining(`claim ${digest.id}: marked verbatim, but more-reports.md`),
    );
  });
});
