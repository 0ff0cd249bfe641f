// The dataset's period-count rows as PeriodCount records: one record per figure, revisions after
// the counts they revise (revisesId is a foreign key, and the chain trigger reads the earlier row).
import { periodCountId, type PeriodCountRow } from "./period-count-schema";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export function periodCountRecords(rows: PeriodCountRow[]) {
  const records = rows.flatMap((row) =>
    row.counts.map((figure) => ({
      id: periodCountId(row, figure),
      counterId: row.counterId,
      periodKind: row.period.kind,
      periodStart: day(row.period.start),
      periodEnd: day(row.period.end),
      periodApproximate: row.period.approximate,
      metric: figure.metric,
      violence: figure.violence,
      group: figure.group,
      region: figure.region,
      area: figure.area ?? null,
      term: figure.term,
      valueLow: figure.value,
      valueHigh: figure.valueHigh ?? figure.value,
      qualifier: figure.qualifier,
      documentId: figure.documentId ?? row.documentId,
      quote: figure.quote ?? row.quote,
      quoteKind: row.quoteKind,
      lowConfidence: row.lowConfidence,
      note: [row.note, figure.note].filter(Boolean).join(" ") || null,
      revisesId: figure.revises ?? null,
      published: true,
    })),
  );
  const byId = new Map(records.map((record) => [record.id, record]));
  const depth = (record: (typeof records)[number]): number => {
    let steps = 0;
    for (let current = record; current.revisesId && steps <= records.length; steps++) {
      const previous = byId.get(current.revisesId);
      if (!previous) break;
      current = previous;
    }
    return steps;
  };
  return [...records].sort((left, right) => depth(left) - depth(right));
}
