// Everything the period-count form offers, from the database and the counts' vocabulary.
import type { Viewer } from "../access/authorize";
import { listRevisableCounts } from "../counts/count-admin-queries";
import {
  COUNT_GROUP_LABELS,
  COUNT_METRIC_LABELS,
  COUNT_REGION_LABELS,
  COUNT_VIOLENCE_LABELS,
} from "../counts/count-labels";
import { countSummary } from "../counts/count-summary";
import type { Db } from "../db/create-client";
import { CountGroup, CountMetric, CountPeriodKind, CountRegion, CountViolence, Qualifier } from "../db/generated/enums";
import { enumOptions, getRecordFormOptions } from "./form-options";

const PERIOD_KIND_LABELS: Record<string, string> = {
  MONTH: "a month",
  QUARTER: "a quarter",
  HALF_YEAR: "a half-year",
  YEAR: "a year",
  SPAN: "another span of days",
};

export async function getCountFormOptions(db: Db, viewer: Viewer | null) {
  const [o, revisable] = await Promise.all([getRecordFormOptions(db, viewer), listRevisableCounts(db, viewer)]);
  return {
    actors: o.actors,
    documents: o.documents,
    revisable: revisable.map((c) => ({
      value: c.id,
      label: `${countSummary(c)}${c.published ? "" : " — draft"}`,
    })),
    periodKinds: enumOptions(CountPeriodKind, PERIOD_KIND_LABELS),
    metrics: enumOptions(CountMetric, COUNT_METRIC_LABELS),
    violences: enumOptions(CountViolence, COUNT_VIOLENCE_LABELS),
    groups: enumOptions(CountGroup, COUNT_GROUP_LABELS),
    regions: enumOptions(CountRegion, COUNT_REGION_LABELS),
    qualifiers: enumOptions(Qualifier),
  };
}

export type CountFormOptions = Awaited<ReturnType<typeof getCountFormOptions>>;
