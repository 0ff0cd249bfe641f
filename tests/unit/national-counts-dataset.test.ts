// The period counts in prisma/dataset hold every row of ../shared/sources/national-counts.md: its
// values, its quotes (verbatim), its pages and its publication dates. The file is read here on its
// own terms (tests/setup/national-counts-file.ts), not through the dataset loader.
import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/dataset/read-dataset";
import { periodCountId } from "@/lib/dataset/period-count-schema";
import { compareWithFile, readNationalCountsFile } from "../setup/national-counts-file";

describe("period counts against national-counts.md", () => {
  const dataset = readDataset();
  const file = readNationalCountsFile();
  const documents = new Map(dataset.documents.map((document) => [document.id, document]));
  const stored = dataset.periodCounts.flatMap((row) =>
    row.counts.map((figure) => ({
      id: periodCountId(row, figure),
      url: documents.get(figure.documentId ?? row.documentId)?.url ?? null,
      quote: figure.quote ?? row.quote,
      value: figure.value,
      periodStart: row.period.start,
    })),
  );

  it("transcribes every row of the file once, and nothing else", () => {
    const written = dataset.periodCounts.map((row) => row.row).sort();
    expect(written).toEqual(file.rows.map((row) => row.row).sort());
    expect(file.rows.length).toBeGreaterThan(170);
  });

  it("stores each row's values, under its quote and page", () => {
    expect(compareWithFile(file.rows, stored)).toEqual([]);
  });

  it("finds every quote verbatim in the file", () => {
    const text = file.text.replace(/\\"/g, '"');
    expect(stored.filter((count) => !text.includes(count.quote)).map((count) => count.id)).toEqual([]);
  });

  it("dates each document as the file does", () => {
    const problems: string[] = [];
    for (const row of file.rows) {
      if (!row.published) continue;
      const cited = dataset.periodCounts.filter((entry) => entry.row === row.row);
      for (const entry of cited) {
        const publishedOn = documents.get(entry.documentId)?.publishedOn;
        if (publishedOn !== row.published) problems.push(`${entry.id}: ${publishedOn} ≠ ${row.published}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("marks the rows of low-confidence pages (⚠) as such", () => {
    const marked = new Set(dataset.periodCounts.filter((row) => row.lowConfidence).map((row) => row.row));
    const flagged = file.text
      .split("\n")
      .filter((line) => line.startsWith("| ") && line.includes("⚠"))
      .map((line) => line.split(" | ").slice(0, 2).join(" | ").replace(/^\| /, ""));
    expect([...marked].sort()).toEqual([...new Set(flagged)].sort());
  });
});
