// The front cache's memory: responses by key, least recently used dropped first, within a byte
// budget. A purge empties it and bumps the generation, so an answer fetched before the purge is
// not stored after it (it may hold the data the purge was for).
import { gzipSync } from "node:zlib";
import type { OutgoingHttpHeaders } from "node:http";
import type { Freshness } from "./policy";

export type StoredResponse = Freshness & {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  gzipped?: Buffer;
  storedAt: number;
};

export class ResponseStore {
  private entries = new Map<string, StoredResponse>();
  private bytes = 0;
  generation = 0;

  constructor(private readonly maxBytes: number) {}

  /** The entry and its state now: "fresh", "stale" (may be served while it is fetched anew) or absent. */
  get(key: string, now = Date.now()): { entry: StoredResponse; state: "fresh" | "stale" } | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const age = now - entry.storedAt;
    if (age > entry.freshMs + entry.staleMs) {
      this.delete(key);
      return null;
    }
    this.entries.delete(key); // most recently used last
    this.entries.set(key, entry);
    return { entry, state: age <= entry.freshMs ? "fresh" : "stale" };
  }

  /** Keeps a response fetched during `generation`; nothing if a purge came since, or it is too large. */
  set(key: string, entry: StoredResponse, generation: number): boolean {
    if (generation !== this.generation || entry.body.length > this.maxBytes / 8) return false;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  /** The gzip form of an entry, made once on first use. */
  gzipped(entry: StoredResponse): Buffer {
    if (!entry.gzipped) {
      entry.gzipped = gzipSync(entry.body);
      this.bytes += entry.gzipped.length;
    }
    return entry.gzipped;
  }

  purge(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation += 1;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length + (entry.gzipped?.length ?? 0);
  }
}
