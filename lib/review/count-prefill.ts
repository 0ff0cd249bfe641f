// "Accept → new period count": the count form opened from a review item starts from one of the
// item's suggested counts (counter, period, what is counted, figure, qualifier, quote) and the
// document on record with the item's URL. Only ids that exist are suggested; everything else is
// left for the editor. Nothing is written here: saving the form marks the item accepted.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { ReviewStatus } from "../db/generated/client";
import { today } from "../dates";
import { suggestionsSchema } from "./suggestions";

/** The count form's longest quote (QUOTE_MAX of lib/incidents/incident-input.ts, not imported:
 *  the review module stays below the records that take its items). */
const QUOTE_MAX = 1000;

export type CountPrefill = {
  fromItem: string;
  itemStatus: ReviewStatus;
  /** How many counts the item suggests (the form starts from the one asked for). */
  suggested: number;
  /** Field names and value types match the count input (lib/counts/count-input.ts); empty when none was read. */
  values: Record<string, string | number>;
  /** Where the count's document should come from: the item's URL and a document on record with it. */
  document: { url: string | null; documentId: string | null };
};

export async function prefillCountFromItem(
  db: Db,
  viewer: Viewer | null,
  itemId: string,
  index = 0,
): Promise<CountPrefill | null> {
  assertRole(viewer, "EDITOR");
  const item = await db.ingestedItem.findUnique({ where: { id: itemId } });
  if (!item) return null;
  const parsed = suggestionsSchema.safeParse(item.suggestions);
  const counts = parsed.success ? parsed.data.periodCounts : [];
  const documentId = item.url
    ? ((await db.document.findFirst({ where: { url: item.url }, select: { id: true } }))?.id ?? null)
    : null;
  const prefill: CountPrefill = {
    fromItem: item.id,
    itemStatus: item.status,
    suggested: counts.length,
    values: {},
    document: { url: item.url, documentId },
  };
  const s = counts[index];
  if (!s) return prefill;
  const counter = await db.actor.findUnique({ where: { id: s.counterId }, select: { id: true } });
  prefill.values = {
    ...(counter ? { counterId: counter.id } : {}),
    // The form refuses a period that has not started; such a suggestion is left for the editor.
    ...(s.periodStart <= today()
      ? { periodKind: s.periodKind, periodStart: s.periodStart, periodEnd: s.periodEnd }
      : {}),
    metric: s.metric,
    violence: s.violence,
    group: "ALL",
    region: s.region,
    term: s.term,
    valueLow: s.valueLow,
    valueHigh: s.valueHigh,
    qualifier: s.qualifier,
    quote: s.quote.length <= QUOTE_MAX ? s.quote : `${s.quote.slice(0, QUOTE_MAX - 1).trimEnd()}…`,
    ...(documentId ? { documentId } : {}),
  };
  return prefill;
}
