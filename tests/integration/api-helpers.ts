// Shared by the API integration tests: a CSV reader written from RFC 4180 independently of the
// writer under test, and a fixed request context so citations and durations are reproducible.
import { expect } from "vitest";

export const ctx = { siteUrl: "https://frontier.example", now: new Date("2026-11-22T10:00:00Z") };
export const BASE = "http://localhost:3000/api/v1";

export type ParsedCsv = {
  bom: boolean;
  comments: string[];
  header: string[];
  rows: string[][];
  records: Record<string, string>[];
};

/** RFC 4180 records: fields split on commas, quoted fields may hold commas, CRLF and doubled quotes. */
export function parseRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = "",
    record: string[] = [],
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else if (ch === "\n") throw new Error(`bare LF outside quotes at ${i}`);
    else field += ch;
  }
  if (field !== "" || record.length) throw new Error("last record does not end with CRLF");
  return records;
}

/**
 * Reads a CSV response from its bytes: Response.text() decodes as the Fetch standard says and
 * drops a leading byte-order mark, so the BOM the file must start with is checked on the bytes.
 */
export async function readCsv(res: Response): Promise<ParsedCsv> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  return parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
}

export function parseCsv(body: string): ParsedCsv {
  const bom = body.charCodeAt(0) === 0xfeff;
  let text = bom ? body.slice(1) : body;
  const comments: string[] = [];
  while (text.startsWith("#")) {
    const end = text.indexOf("\r\n");
    comments.push(text.slice(0, end));
    text = text.slice(end + 2);
  }
  const [header, ...rows] = parseRecords(text);
  const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
  for (const r of rows) expect(r.length).toBe(header!.length);
  return { bom, comments, header: header!, rows, records };
}

export async function expectProblem(res: Response, status: 400 | 404, parameter: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const body = await res.json();
  expect(body).toMatchObject({ error: status === 400 ? "invalid_parameter" : "not_found", parameter });
  expect(body.message).toEqual(expect.any(String));
}

export function expectCacheable(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("public, s-maxage=300, stale-while-revalidate=3600");
}

/** Documented field names of an endpoint, split where one entry names several ("date, dateUntil"). */
export const documentedNames = (fields: { name: string }[]) => fields.flatMap((f) => f.name.split(/,\s*/));
