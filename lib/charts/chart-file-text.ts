// The words burned into a downloaded chart and the names of its files. Pure, so unit tests can pin
// them (tests/unit/chart-downloads.test.ts); lib/charts/chart-image.ts draws them.

/**
 * "Source: Frontier Monitor, <address>, data as of <date>". When the page did not say how current
 * its data is, the line names the day of the download as that, never as the data's date.
 */
export function sourceLine(pageUrl: string, asOf: string | null, today: string): string {
  return `Source: Frontier Monitor, ${pageUrl}, ${asOf ? `data as of ${asOf}` : `downloaded ${today}`}`;
}

/**
 * Lines of at most `maxChars` characters, broken between words; a word longer than a line (an
 * address) is cut. Each line keeps the space it was broken at, so the lines joined give the text
 * back exactly: a file's <text> then reads as the whole title to anything that searches it.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (!word) continue;
    if (line && line.length + word.length > width) {
      lines.push(line);
      line = "";
    }
    let rest = word;
    // Only a word longer than a whole line gets here with text left over: cut it.
    while (rest.length > width) {
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    line += `${rest} `;
  }
  if (line) lines.push(line.slice(0, -1));
  return lines;
}

export type ChartFormat = "svg" | "png" | "csv";

/** `<chart id>.<format>`, with anything a file system might refuse replaced. */
export function chartFileName(chartId: string, format: ChartFormat): string {
  const stem = chartId.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${stem || "chart"}.${format}`;
}
