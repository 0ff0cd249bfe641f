// Every quote in the dataset must stand verbatim in the text it cites. The texts are the published
// reports in the workplace's shared/sources folder (not redistributed in this repository).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/dataset/read-dataset";

const SOURCES_DIR = process.env.SOURCES_DIR ?? path.resolve(process.cwd(), "..", "shared", "sources");
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

describe("dataset quotes", () => {
  const d = readDataset();
  const docs = new Map(d.documents.map((doc) => [doc.id, doc]));
  const quotes: { where: string; documentId: string; quote: string }[] = [
    ...d.claims.map((c) => ({ where: `claim ${c.id}`, documentId: c.documentId, quote: c.quote })),
    ...d.incidents.flatMap((i) => [
      ...i.citations.map((c) => ({ where: `incident ${i.id}`, ...c })),
      ...i.perpetrators.map((p) => ({
        where: `incident ${i.id} perpetrator ${p.actorId}`,
        documentId: p.documentId,
        quote: p.quote,
      })),
    ]),
    ...d.mediationTracks.flatMap((t) =>
      t.events.map((e) => ({ where: `event ${e.id}`, documentId: e.documentId, quote: e.quote })),
    ),
    ...d.ceasefires.flatMap((c) => c.citations.map((x) => ({ where: `ceasefire ${c.id}`, ...x }))),
  ];

  it("finds the source texts", () => {
    expect(existsSync(SOURCES_DIR), `source texts not found in ${SOURCES_DIR} (set SOURCES_DIR)`).toBe(true);
  });

  it("names a source file for every document that has no address", () => {
    expect(d.documents.filter((doc) => !doc.file && !doc.url).map((doc) => doc.id)).toEqual([]);
  });

  it("finds every quote verbatim in the file of its document", () => {
    const texts = new Map<string, string>();
    const missing: string[] = [];
    for (const q of quotes) {
      const file = docs.get(q.documentId)?.file;
      if (!file) continue; // documents known only by address are checked by editors, not here
      if (!texts.has(file)) texts.set(file, normalise(readFileSync(path.join(SOURCES_DIR, file), "utf8")));
      if (!texts.get(file)!.includes(normalise(q.quote))) missing.push(`${q.where}: “${q.quote}” not in ${file}`);
    }
    expect(missing).toEqual([]);
    expect(quotes.length).toBeGreaterThan(50);
  });
});
