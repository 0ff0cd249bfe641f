// What the record's own incident list covers: how many published incidents in Pakistan (security
// operations apart, as in every attack count), from how
// many documents, and the dates of its first and latest incident. Every count of the record's
// incidents is shown with this, so no reader takes "incidents in this record" for "attacks in
// Pakistan", and a period after the latest incident reads "not caught up", never "0 attacks".
import type { Db } from "../db/create-client";

export type RecordCoverage = {
  incidents: number;
  documents: number;
  firstIncidentOn: string | null;
  latestIncidentOn: string | null;
};

export async function getRecordCoverage(db: Db): Promise<RecordCoverage> {
  const [row] = await db.$queryRaw<
    { incidents: bigint; documents: bigint; first: string | null; latest: string | null }[]
  >`
    SELECT count(*) AS incidents,
           (SELECT count(DISTINCT c."documentId") FROM "IncidentCitation" c
              JOIN "Incident" ci ON ci."id" = c."incidentId"
             WHERE ci."published" = true AND ci."country" = 'PAK' AND ci."type"::text <> 'SECURITY_OPERATION') AS documents,
           to_char(min(i."occurredOn"), 'YYYY-MM-DD') AS first,
           to_char(max(i."occurredOn"), 'YYYY-MM-DD') AS latest
    FROM "Incident" i
    WHERE i."published" = true AND i."country" = 'PAK' AND i."type"::text <> 'SECURITY_OPERATION'`;
  return {
    incidents: Number(row?.incidents ?? 0),
    documents: Number(row?.documents ?? 0),
    firstIncidentOn: row?.first ?? null,
    latestIncidentOn: row?.latest ?? null,
  };
}

/** How a count of the record's incidents in [from, to] must be read against the record's coverage. */
export function coverageOf(coverage: RecordCoverage, from: string | undefined, to: string | undefined) {
  const latest = coverage.latestIncidentOn;
  // The record has not caught up when the period runs past its latest incident.
  const notCaughtUp = latest !== null && to !== undefined && to > latest;
  const beforeRecord = coverage.firstIncidentOn !== null && to !== undefined && to < coverage.firstIncidentOn;
  return { notCaughtUp, beforeRecord, latestIncidentOn: latest };
}

/** One sentence for pages, cards, metadata and the API's meta: what the count counts, and how far the record reaches. */
export function coverageSentence(coverage: RecordCoverage): string {
  if (!coverage.latestIncidentOn) return "The record holds no incidents yet.";
  return `Incidents in this record only, each with its sources: ${coverage.incidents} incidents in Pakistan from ${coverage.documents} documents, ${coverage.firstIncidentOn} to ${coverage.latestIncidentOn} (latest incident). Not a national count of attacks.`;
}
