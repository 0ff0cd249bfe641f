// Everything the incident form offers, from the database and the shared vocabulary.
import type { Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import { DatePrecision, IncidentStatus, IncidentType, TargetType } from "../db/generated/enums";
import { INCIDENT_TYPE_LABELS, TARGET_TYPE_LABELS } from "../vocabulary";
import { enumOptions, getRecordFormOptions } from "./form-options";

export async function getIncidentFormOptions(db: Db, viewer: Viewer | null) {
  const o = await getRecordFormOptions(db, viewer);
  return {
    ...o,
    types: enumOptions(IncidentType, INCIDENT_TYPE_LABELS),
    targets: enumOptions(TargetType, TARGET_TYPE_LABELS),
    statuses: enumOptions(IncidentStatus),
    precisions: enumOptions(DatePrecision),
  };
}
