// How the release pages write sizes and counts: digits grouped the same way on every server
// (en-GB), sizes in decimal kilobytes and megabytes as file managers show them.
const grouped = new Intl.NumberFormat("en-GB");
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

export const formatCount = (n: number): string => grouped.format(n);

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${grouped.format(bytes)} bytes`;
  if (bytes < 1_000_000) return `${oneDecimal.format(bytes / 1000)} kB`;
  return `${oneDecimal.format(bytes / 1_000_000)} MB`;
}

/** "2026-11-30 12:00 UTC": when a release was cut, without the reader's time zone. */
export const formatCutAt = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
