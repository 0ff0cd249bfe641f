// Review-queue hand-off: /admin/incidents/new?fromItem=<id> starts from the item's suggestions, and
// creating the incident marks the item accepted in the same transaction (the review module's
// markItemAccepted, which writes its own audit row), so the queue and the record never disagree.
import type { Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { prefillIncidentFromItem } from "../review/prefill";
import { markItemAccepted } from "../review/review-writes";

export function acceptReviewItem(tx: DbTx, viewer: Viewer, itemId: string, incidentId: string): Promise<void> {
  return markItemAccepted(tx, viewer, itemId, incidentId);
}

/** The prefill in the incident form's shape (citations and perpetrators as rows). */
export async function prefillFromItem(
  db: Db,
  viewer: Viewer | null,
  itemId: string,
): Promise<Record<string, unknown> | null> {
  const p = await prefillIncidentFromItem(db, viewer, itemId);
  if (!p) return null;
  const { fromItem: _f, itemStatus: _s, perpetrator, citation, ...fields } = p;
  return {
    ...fields,
    citations:
      citation.documentId || citation.quote
        ? [{ documentId: citation.documentId ?? "", quote: citation.quote ?? "" }]
        : [],
    perpetrators: perpetrator
      ? [
          {
            actorId: perpetrator.actorId,
            basis: perpetrator.basis ?? "",
            documentId: citation.documentId ?? "",
            quote: perpetrator.text,
          },
        ]
      : [],
  };
}
