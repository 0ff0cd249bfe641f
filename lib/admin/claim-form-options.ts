// Everything the claim form offers, from the database and the shared vocabulary.
import type { Viewer } from "../access/authorize";
import { listRevisableClaims } from "../claims/claim-admin-queries";
import type { Db } from "../db/create-client";
import { ClaimMetric, ClaimStance, ClaimSubject, DatePrecision, Qualifier } from "../db/generated/enums";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure } from "../vocabulary";
import { enumOptions, getIncidentOptions, getRecordFormOptions } from "./form-options";

export async function getClaimFormOptions(db: Db, viewer: Viewer | null, scope: { incidentId?: string }) {
  const [o, incidents, revisable] = await Promise.all([
    getRecordFormOptions(db, viewer),
    getIncidentOptions(db, viewer),
    listRevisableClaims(db, viewer, scope),
  ]);
  return {
    actors: o.actors,
    documents: o.documents,
    episodes: o.episodes,
    incidents,
    revisable: revisable.map((c) => ({
      value: c.id,
      label: `${c.claimant.name}: ${SUBJECT_LABELS[c.subject]}, ${METRIC_LABELS[c.metric]} ${formatFigure(c)} (${c.madeOn.toISOString().slice(0, 10)}${c.incident ? `, ${c.incident.title}` : ""})${c.published ? "" : " — draft"}`,
    })),
    subjects: enumOptions(ClaimSubject, SUBJECT_LABELS),
    metrics: enumOptions(ClaimMetric, METRIC_LABELS),
    qualifiers: enumOptions(Qualifier),
    stances: enumOptions(ClaimStance),
    precisions: enumOptions(DatePrecision),
  };
}
