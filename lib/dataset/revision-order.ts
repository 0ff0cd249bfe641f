/** Records that revise others after the ones they revise (revisesId is a foreign key, and the
 *  chain triggers read the earlier row): claims and period counts alike. */
export function orderRevisionsFirst<T extends { id: string; revisesId?: string | null }>(records: T[]): T[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const depth = (record: T): number => {
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
