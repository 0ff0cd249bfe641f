// The dataset's period-count rows as PeriodCount records: one record per figure, revisions after
// the counts they revise (revisesId is a foreign key, and the chain trigger reads the earlier row).
import { periodCountId, type PeriodCountRow } from "./period-count-schema";
import { orderRevisionsFirst } from "./revision-order";

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
  return orderRevisionsFirst(records);
}
