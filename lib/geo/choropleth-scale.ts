// Attack counts are heavily skewed (a few districts carry most attacks), so classes double in
// width (1, 2–3, 4–7, …): a linear scale would paint every district but one the same pale shade.
// One hue, light to dark, so the order survives greyscale and every colour-vision deficiency.
const RAMP = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];
export const NO_DATA_FILL = "#f3f4f6";

export type ScaleClass = { min: number; max: number; fill: string; label: string };

export function buildChoroplethScale(maxCount: number): ScaleClass[] {
  const classes: ScaleClass[] = [];
  for (let min = 1, i = 0; min <= Math.max(1, maxCount); min *= 2, i++) {
    const last = i === RAMP.length - 1;
    const max = last ? Infinity : min * 2 - 1;
    classes.push({ min, max, fill: RAMP[i]!, label: last ? `${min}+` : min === max ? `${min}` : `${min}–${max}` });
    if (last) break;
  }
  return classes;
}

export function fillFor(count: number, scale: ScaleClass[]): string {
  if (count <= 0) return NO_DATA_FILL;
  return scale.find((c) => count >= c.min && count <= c.max)?.fill ?? scale[scale.length - 1]!.fill;
}
