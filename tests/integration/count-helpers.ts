// The counters and the two pages of the April 2025 story (national-counts.md), on an isolated
// database: PICSS's April report as Arab News carried it (82 attacks), and Dawn's report of 2 June
// 2025 on PICSS's May assessment (85 in May, April restated as 81). The dataset may already hold
// the counters and the pages: what exists is used, by id or by URL.
import type { Db } from "@/lib/db/create-client";

export const DAWN_MAY_URL =
  "https://www.dawn.com/news/1914847/militant-attacks-increased-to-85-in-may-pakistan-institute-for-conflict-and-security-studies";

const COUNTERS = [
  { id: "picss", name: "Pakistan Institute for Conflict and Security Studies", shortName: "PICSS" },
  { id: "pips", name: "Pak Institute for Peace Studies", shortName: "PIPS" },
  { id: "crss", name: "Centre for Research and Security Studies", shortName: "CRSS" },
];

/** The ids of the two documents, created when no document has their URL. */
export async function ensureCountRecords(db: Db): Promise<{ arabNews: string; dawnMay: string }> {
  for (const counter of COUNTERS)
    await db.actor.upsert({
      where: { id: counter.id },
      update: {},
      create: { ...counter, kind: "RESEARCH_INSTITUTE", side: "INDEPENDENT", country: "PAK" },
    });
  for (const source of [
    { id: "test-arab-news", name: "Arab News" },
    { id: "test-dawn", name: "Dawn" },
  ])
    await db.source.upsert({ where: { id: source.id }, update: {}, create: { ...source, kind: "NEWS_OUTLET" } });
  const documents = [
    {
      id: "test-arabnews-2025-05-02-picss-april",
      sourceId: "test-arab-news",
      url: "https://www.arabnews.pk/node/2599237/pakistan",
      title: "Arab News on PICSS’s April 2025 assessment (test document)",
      publishedOn: new Date("2025-05-02T00:00:00Z"),
    },
    {
      id: "test-dawn-2025-06-02-picss-may",
      sourceId: "test-dawn",
      url: DAWN_MAY_URL,
      title: "Militant attacks increased to 85 in May: Pakistan Institute for Conflict and Security Studies",
      publishedOn: new Date("2025-06-02T00:00:00Z"),
    },
  ];
  const ids: string[] = [];
  for (const document of documents) {
    const existing = await db.document.findFirst({ where: { url: document.url }, select: { id: true } });
    ids.push(
      existing?.id ??
        (
          await db.document.create({
            data: { ...document, contentHash: `sha256-${document.id}` },
            select: { id: true },
          })
        ).id,
    );
  }
  return { arabNews: ids[0]!, dawnMay: ids[1]! };
}
