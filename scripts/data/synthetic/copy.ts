// COPY FROM STDIN plumbing: text-format escaping, a back-pressure-aware writer, column lists.
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Row } from "./generate";

export const esc = (v: string | number | boolean | null): string => {
  if (v === null) return "\\N";
  if (typeof v !== "string") return String(v);
  return v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
};

/** A COPY writer the generators push rows into; `flush` awaits back-pressure between incidents. */
export class CopyWriter {
  private buf = "";
  rows = 0;
  private stream: ReturnType<typeof copyFrom>;
  private done: Promise<void>;
  private blocked: Promise<unknown> | null = null;
  constructor(client: pg.Client, table: string, columns: string[]) {
    this.stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on("finish", resolve);
      this.stream.on("error", reject);
    });
    this.done.catch(() => {}); // surfaced by end()
  }
  push = (row: Row) => {
    this.buf += row.map(esc).join("\t") + "\n";
    this.rows++;
    if (this.buf.length > 262_144) {
      if (!this.stream.write(this.buf)) this.blocked = once(this.stream, "drain");
      this.buf = "";
    }
  };
  async flush() {
    if (this.blocked) {
      const b = this.blocked;
      this.blocked = null;
      await Promise.race([b, this.done]);
    }
  }
  async end() {
    if (this.buf) this.stream.write(this.buf);
    this.buf = "";
    this.stream.end();
    await this.done;
  }
}

export const INCIDENT_COLS = [
  "id",
  "title",
  "summary",
  "occurredOn",
  "occurredUntil",
  "datePrecision",
  "country",
  "provinceId",
  "districtId",
  "placeId",
  "locationText",
  "type",
  "targetType",
  "status",
  "episodeId",
  "published",
  "version",
  "externalSource",
  "externalId",
  "createdAt",
  "updatedAt",
];
export const PERP_COLS = ["id", "incidentId", "actorId", "basis", "attributedById", "documentId", "quote"];
export const CITATION_COLS = ["incidentId", "documentId", "quote"];
export const CLAIM_COLS = [
  "id",
  "claimantId",
  "statedBy",
  "subject",
  "metric",
  "valueLow",
  "valueHigh",
  "qualifier",
  "stance",
  "incidentId",
  "episodeId",
  "periodStart",
  "periodEnd",
  "madeOn",
  "madeOnPrecision",
  "documentId",
  "quote",
  "note",
  "revisesId",
  "published",
  "version",
  "createdAt",
  "updatedAt",
];
export const DOC_COLS = [
  "id",
  "sourceId",
  "url",
  "title",
  "publishedOn",
  "datePrecision",
  "retrievedAt",
  "contentHash",
  "language",
  "note",
  "createdAt",
  "updatedAt",
];
export const EVENT_COLS = [
  "id",
  "trackId",
  "occurredOn",
  "datePrecision",
  "kind",
  "title",
  "description",
  "venue",
  "round",
  "statusAfter",
  "documentId",
  "quote",
];
