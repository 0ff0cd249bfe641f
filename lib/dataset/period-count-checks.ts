// Cross-row checks of the period counts that zod cannot see: references resolve, ids are unique,
// and a revision restates the same figure (same counter, what, whose, where) of the same period.
import { periodCountId, type PeriodCountRow } from "./period-count-schema";

type Known = { actors: Set<string>; documents: Set<string> };

export function checkPeriodCounts(rows: PeriodCountRow[], known: Known): string[] {
  const problems: string[] = [];
  const figures = new Map<string, { row: PeriodCountRow; figure: PeriodCountRow["counts"][number] }>();
  const rowIds = new Set<string>();
  for (const row of rows) {
    if (rowIds.has(row.id)) problems.push(`period count row ${row.id}: duplicate id`);
    rowIds.add(row.id);
    if (!known.actors.has(row.counterId)) problems.push(`period count row ${row.id}: unknown counter ${row.counterId}`);
    if (!known.documents.has(row.documentId))
      problems.push(`period count row ${row.id}: unknown document ${row.documentId}`);
    for (const figure of row.counts) {
      const countId = periodCountId(row, figure);
      if (figure.documentId && !known.documents.has(figure.documentId))
        problems.push(`period count ${countId}: unknown document ${figure.documentId}`);
      if (figures.has(countId)) problems.push(`period count ${countId}: duplicate key`);
      figures.set(countId, { row, figure });
    }
  }
  const revisedBy = new Map<string, string>();
  for (const [countId, { row, figure }] of figures) {
    if (!figure.revises) continue;
    const previous = figures.get(figure.revises);
    if (!previous) {
      problems.push(`period count ${countId}: revises unknown count ${figure.revises}`);
      continue;
    }
    if (revisedBy.has(figure.revises))
      problems.push(
        `period count ${countId}: ${figure.revises} is already revised by ${revisedBy.get(figure.revises)}`,
      );
    revisedBy.set(figure.revises, countId);
    const same = (key: "metric" | "violence" | "group" | "region") => previous.figure[key] === figure[key];
    if (previous.row.counterId !== row.counterId) problems.push(`period count ${countId}: revises another counter`);
    if (!same("metric") || !same("violence") || !same("group") || !same("region"))
      problems.push(`period count ${countId}: revises a figure of another metric, violence, group or region`);
    if (previous.row.period.start !== row.period.start || previous.row.period.end !== row.period.end)
      problems.push(`period count ${countId}: revises a figure of another period`);
  }
  return problems;
}
