import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so equal content always serialises the same way. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
}

/** Hex sha256 of the stable JSON of `value`: the content hash that dedups ingested records. */
export function hashContent(value: unknown): string {
  return createHash("sha256").update(stableStringify(value)).digest("hex");
}
