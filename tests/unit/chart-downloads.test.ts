// The pure parts of a chart's downloads: the CSV written from its data table, the source line
// burned into the SVG and PNG, how that text wraps, and the file names.
import { describe, expect, it } from "vitest";
import { chartFileName, sourceLine, wrapWords } from "@/lib/charts/chart-file-text";
import { tableCsv, tableRowsOf, type TableLike } from "@/lib/charts/table-csv";

/** A stand-in for an HTMLTableElement: rows of cells with text. */
const table = (rows: (string | null)[][]): TableLike => ({
  rows: rows.map((cells) => ({ cells: cells.map((textContent) => ({ textContent })) })),
});

describe("a chart's data table as CSV", () => {
  it("reads every row, header first, with white space collapsed", () => {
    const rows = tableRowsOf(
      table([
        ["Month", " Militant attacks\n (PICSS) "],
        ["Jan 2025", "74"],
        [null, ""],
      ]),
    );
    expect(rows).toEqual([
      ["Month", "Militant attacks (PICSS)"],
      ["Jan 2025", "74"],
      ["", ""],
    ]);
  });

  it("writes RFC 4180: a BOM, commas, quotes doubled, CRLF after every record", () => {
    const csv = tableCsv([
      ["Month", "As published"],
      ["Apr 2025", "81 (restated; first published as 82)"],
      ["Bajaur, KP", 'the "official" figure'],
      ["two\nlines", "—"],
    ]);
    expect(csv).toBe(
      "\uFEFFMonth,As published\r\n" +
        "Apr 2025,81 (restated; first published as 82)\r\n" +
        '"Bajaur, KP","the ""official"" figure"\r\n' +
        '"two\nlines",—\r\n',
    );
  });

  it("keeps numbers as they stand and neutralises text that a spreadsheet would run", () => {
    expect(tableCsv([["-5", "007", "1.50", "=SUM(A1)", "-2+3", "1,066"]])).toBe(
      "\uFEFF-5,007,1.50,'=SUM(A1),'-2+3,\"1,066\"\r\n",
    );
  });

  it("writes just the BOM for a table without rows", () => {
    expect(tableCsv([])).toBe("\uFEFF");
  });
});

describe("the text burned into a downloaded chart", () => {
  it("names the data's date when the page gave one", () => {
    expect(sourceLine("https://example.org/attacks?province=PK-KP", "2026-02-02", "2026-03-01")).toBe(
      "Source: Frontier Monitor, https://example.org/attacks?province=PK-KP, data as of 2026-02-02",
    );
  });

  it("names the download date as such when it did not", () => {
    expect(sourceLine("https://example.org/", null, "2026-03-01")).toBe(
      "Source: Frontier Monitor, https://example.org/, downloaded 2026-03-01",
    );
  });

  it("wraps between words, each line within the width, the lines joined giving the text back", () => {
    const title = "Militant attacks in Pakistan per month, as counted by PICSS";
    const lines = wrapWords(title, 20);
    expect(lines).toEqual(["Militant attacks in ", "Pakistan per month, ", "as counted by PICSS"]);
    expect(lines.join("")).toBe(title);
    for (const line of lines) expect(line.trimEnd().length).toBeLessThanOrEqual(20);
  });

  it("cuts a word longer than a line, and keeps a short text on one line", () => {
    expect(wrapWords("at https://example.org/a", 10)).toEqual(["at ", "https://ex", "ample.org/", "a"]);
    expect(wrapWords("  one   line  ", 40)).toEqual(["one line"]);
    expect(wrapWords("", 40)).toEqual([]);
  });
});

describe("file names", () => {
  it("are the chart's id and the format", () => {
    expect(chartFileName("national-attacks", "svg")).toBe("national-attacks.svg");
    expect(chartFileName("national-attacks", "png")).toBe("national-attacks.png");
    expect(chartFileName("by_type", "csv")).toBe("by_type.csv");
  });

  it("never carry a path or characters a file system may refuse", () => {
    expect(chartFileName("../etc/passwd", "csv")).toBe("etc-passwd.csv");
    expect(chartFileName("", "svg")).toBe("chart.svg");
  });
});
