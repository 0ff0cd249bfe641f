import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvComment, csvRecord, toCsv, type CsvColumn } from "@/lib/api/csv";

describe("CSV cells (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["carriage\r\nreturn", '"carriage\r\nreturn"'],
    ["", ""],
    ["باجوړ", "باجوړ"],
  ])("writes %j as %j", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it("writes numbers, booleans and missing values", () => {
    expect(csvCell(133)).toBe("133");
    expect(csvCell(-5)).toBe("-5"); // a number is never a formula, so never prefixed
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
  ])("neutralises the formula %j", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it("leaves a formula character that is not first alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("2026-02-27")).toBe("2026-02-27");
  });

  it("joins a record with commas", () => {
    expect(csvRecord(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"');
  });
});

describe("CSV files", () => {
  type Row = { name: string; n: number };
  const cols: CsvColumn<Row>[] = [
    { header: "name", type: "text", value: (r) => r.name },
    { header: "n", type: "integer", value: (r) => r.n },
  ];

  it("without comments starts with the BOM and then the header row itself", () => {
    const out = toCsv([], cols, [{ name: "Bajaur, KP", n: 2 }]);
    expect(out).toBe('\uFEFFname,n\r\n"Bajaur, KP",2\r\n');
  });

  it("with comments starts with a BOM, then # comments, the header and one CRLF-terminated line per row", () => {
    const out = toCsv(["citation", "licence"], cols, [
      { name: "Bajaur, KP", n: 2 },
      { name: "ڪراچي", n: 3 },
    ]);
    expect(out.startsWith(BOM)).toBe(true);
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.slice(1)).toBe('# citation\r\n# licence\r\nname,n\r\n"Bajaur, KP",2\r\nڪراچي,3\r\n');
    expect(Buffer.from(out, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("keeps comment lines on one line and free of double quotes", () => {
    expect(csvComment('a\r\nb "c"')).toBe("# a b 'c'");
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv([], cols, [])).toBe(`${BOM}name,n\r\n`);
  });
});
