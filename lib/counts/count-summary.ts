// One line naming a period count for staff (option lists, tables, history headings): counter,
// period, what is counted, where, and the figure with its qualifier.
import { isoDay } from "../dates";
import {
  COUNT_GROUP_LABELS,
  COUNT_METRIC_LABELS,
  COUNT_REGION_LABELS,
  COUNT_VIOLENCE_LABELS,
  periodLabel,
} from "./count-labels";
import { formatFigure } from "../vocabulary";

type Summarised = {
  counter: { name: string; shortName: string | null };
  periodKind: string;
  periodStart: Date | string;
  periodEnd: Date | string;
  metric: string;
  violence: string;
  group: string;
  region: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
};

const day = (d: Date | string) => (typeof d === "string" ? d : isoDay(d));

/** "PICSS, May 2025: attacks in militant attacks, Pakistan — 85". */
export function countSummary(c: Summarised): string {
  const period = periodLabel({
    periodKind: c.periodKind,
    periodStart: day(c.periodStart),
    periodEnd: day(c.periodEnd),
  });
  const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;
  const group = c.group === "ALL" ? "" : ` (${label(COUNT_GROUP_LABELS, c.group)})`;
  const what = `${label(COUNT_METRIC_LABELS, c.metric)}${group} ${label(COUNT_VIOLENCE_LABELS, c.violence)}`;
  const where = label(COUNT_REGION_LABELS, c.region);
  return `${c.counter.shortName ?? c.counter.name}, ${period}: ${what}, ${where} — ${formatFigure(c)}`;
}
