// A time series must show quiet weeks and months as zero, not skip them: a gap in the axis would
// make March look like it followed February with no pause in between.
import type { Granularity } from "./filters";

const next = (iso: string, g: Granularity): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  if (g === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

/** Every period start from the earliest to the latest given (inclusive), in order. */
export function fillPeriods(periods: string[], g: Granularity): string[] {
  if (periods.length === 0) return [];
  const sorted = [...periods].sort();
  const last = sorted[sorted.length - 1]!;
  const out: string[] = [];
  for (let p = sorted[0]!; p <= last && out.length < 5_000; p = next(p, g)) out.push(p);
  return out;
}
