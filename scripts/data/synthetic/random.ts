// Deterministic randomness for the synthetic record: same seed → same record.
/** mulberry32: small, fast, good enough for synthetic data; same seed → same record. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Independent stream per (seed, index), so each table pass can regenerate incident i alone. */
export const mix = (seed: number, i: number) => {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

export type Weighted<T> = { values: T[]; cumulative: number[] };
export function weighted<T>(pairs: [T, number][]): Weighted<T> {
  let sum = 0;
  const cumulative = pairs.map(([, w]) => (sum += w));
  return { values: pairs.map(([v]) => v), cumulative: cumulative.map((c) => c / sum) };
}
export function pick<T>(w: Weighted<T>, r: number): T {
  let lo = 0,
    hi = w.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r < w.cumulative[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return w.values[lo]!;
}
