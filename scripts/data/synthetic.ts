// npm run data:synthetic -- --incidents N [--database-url URL] [--seed S] [--force]
// A large, realistic, deterministic synthetic record for benchmarks, in a SEPARATE database: the
// migrations are applied and the sourced dataset loaded first (places, actors, sources, documents,
// episodes, tracks), then N incidents with their perpetrators, citations, claims (with revision
// chains) and mediation events are streamed in with COPY FROM STDIN. Every synthetic row has an id
// starting with `syn-` (incidents also carry externalSource='synthetic'); a rerun replaces them.
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { z } from "zod";
import { readDataset } from "../../lib/dataset/read-dataset";
import { seedDataset } from "../../lib/dataset/seed-dataset";
import { createDb } from "../../lib/db/create-client";
import { applyMigrations } from "../db/prisma-cli";

// ───────────────────────────── deterministic randomness ─────────────────────────────

/** mulberry32: small, fast, good enough for synthetic data; same seed → same record. */
function prng(seed: number): () => number {
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
const mix = (seed: number, i: number) => {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

type Weighted<T> = { values: T[]; cumulative: number[] };
function weighted<T>(pairs: [T, number][]): Weighted<T> {
  let sum = 0;
  const cumulative = pairs.map(([, w]) => (sum += w));
  return { values: pairs.map(([v]) => v), cumulative: cumulative.map((c) => c / sum) };
}
function pick<T>(w: Weighted<T>, r: number): T {
  let lo = 0, hi = w.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r < w.cumulative[mid]!) hi = mid; else lo = mid + 1;
  }
  return w.values[lo]!;
}

// ───────────────────────────── the shape of the record ─────────────────────────────

const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const DAYS = 730; // 2025-01-01 .. 2026-12-31
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const PROVINCE_WEIGHT: Record<string, number> = {
  "PK-KP": 0.55, "PK-BA": 0.3, "PK-PB": 0.05, "PK-SD": 0.05, "PK-IS": 0.015, "PK-GB": 0.02, "PK-JK": 0.015,
};
const TYPES = weighted<string>([
  ["ARMED_ASSAULT", 25], ["IED_VBIED", 22], ["TARGETED_KILLING", 18], ["CROSS_BORDER_FIRE", 8], ["DRONE_ATTACK", 7],
  ["SUICIDE_BOMBING", 6], ["BORDER_CLASH", 5], ["AIRSTRIKE", 3], ["OTHER", 6],
]);
const WAR_TYPES = weighted<string>([
  ["CROSS_BORDER_FIRE", 30], ["BORDER_CLASH", 20], ["AIRSTRIKE", 12], ["DRONE_ATTACK", 12], ["ARMED_ASSAULT", 12], ["IED_VBIED", 8], ["OTHER", 6],
]);
const TARGETS = weighted<string>([
  ["SECURITY_FORCES", 42], ["CIVILIANS", 18], ["MILITARY_INSTALLATION", 8], ["GOVERNMENT", 6], ["INFRASTRUCTURE", 6],
  ["RELIGIOUS_SITE", 3], ["ECONOMIC", 4], ["EDUCATION", 2], ["HEALTH", 2], ["MILITANTS", 5], ["UNKNOWN", 4],
]);
const STATUS = weighted<string>([["REPORTED", 60], ["CORROBORATED", 30], ["DISPUTED", 10]]);
const PRECISION = weighted<string>([["DAY", 92], ["WEEK", 4], ["MONTH", 2], ["APPROXIMATE", 2]]);
const PERP_COUNT = weighted<number>([[0, 35], [1, 50], [2, 15]]);
const CLAIM_COUNT = weighted<number>([[1, 30], [2, 25], [3, 18], [4, 12], [5, 9], [6, 6]]);
const SUBJECTS = weighted<string>([["PAKISTANI_FORCES", 40], ["PAKISTANI_CIVILIANS", 22], ["MILITANTS", 25], ["PEOPLE_IN_PAKISTAN", 13]]);
const METRICS = weighted<string>([["KILLED", 68], ["INJURED", 27], ["CAPTURED", 3], ["MISSING", 2]]);
const QUALIFIERS = weighted<string>([["EXACT", 45], ["AT_LEAST", 25], ["MORE_THAN", 10], ["ABOUT", 8], ["UP_TO", 5], ["RANGE", 7]]);
const STANCES = weighted<string>([["ASSERTED", 88], ["ACKNOWLEDGED", 8], ["DENIED", 4]]);
const EVENT_KINDS = weighted<string>([["STATEMENT", 35], ["TALKS_ROUND", 25], ["OFFER", 12], ["VIOLATION", 12], ["AGREEMENT", 6], ["CEASEFIRE", 5], ["BREAKDOWN", 5]]);
const STATUS_AFTER: Record<string, string | null> = {
  STATEMENT: null, TALKS_ROUND: "TALKS_UNDER_WAY", OFFER: "OFFERED", VIOLATION: null,
  AGREEMENT: "AGREEMENT_REACHED", CEASEFIRE: "CEASEFIRE_HOLDING", BREAKDOWN: "COLLAPSED",
};
/** Who blames whom: groups that claim attacks, and the Pakistani bodies that attribute them. */
const GROUPS_KP = weighted<string>([["ttp", 70], ["iskp", 15], ["afghan-taliban-forces", 10], ["bla", 5]]);
const GROUPS_BA = weighted<string>([["bla", 65], ["ttp", 20], ["iskp", 10], ["afghan-taliban-forces", 5]]);
const ATTRIBUTORS = weighted<string>([["pakistan-armed-forces", 60], ["gov-pakistan", 40]]);
const CLAIMANTS = weighted<string>([
  ["pakistan-armed-forces", 30], ["gov-pakistan", 18], ["dawn", 12], ["express-tribune", 10], ["ttp", 8], ["bla", 5],
  ["crss", 6], ["unama", 4], ["afghan-taliban-authorities", 4], ["pakistan-today", 3],
]);

type District = { id: string; name: string; provinceId: string };
type Ref = {
  districts: Weighted<District>; days: Weighted<number>; episodes: { id: string; from: number; to: number }[];
  sources: string[]; tracks: string[]; docCount: number; eventCount: number; syntheticTracks: number;
};

type Row = (string | number | boolean | null)[];
type Emit = { incident?: (r: Row) => void; perpetrator?: (r: Row) => void; citation?: (r: Row) => void; claim?: (r: Row) => void };

/** Regenerates incident i (and its dependent rows) from (seed, i); emits only the requested tables. */
function generateIncident(seed: number, i: number, ref: Ref, now: string, out: Emit): number {
  const r = prng(mix(seed, i));
  const id = `syn-inc-${i}`;
  const dayIndex = pick(ref.days, r());
  const occurred = START + dayIndex * DAY_MS;
  const occurredOn = isoDay(occurred);
  const district = pick(ref.districts, r());
  const episode = ref.episodes.find((e) => occurred >= e.from && occurred <= e.to);
  const type = pick(episode ? WAR_TYPES : TYPES, r());
  const target = pick(TARGETS, r());
  // Every random draw happens whichever table is being emitted (an optional call skips its
  // arguments), so all passes see the same incident.
  const precision = pick(PRECISION, r()), status = pick(STATUS, r()), inEpisode = r() < 0.7;
  let rows = 1;
  out.incident?.([
    id, `Synthetic ${type.toLowerCase().replace(/_/g, " ")} in ${district.name}`,
    `Synthetic incident ${i}: ${type} against ${target} in ${district.name} on ${occurredOn}.`,
    occurredOn, null, precision, "PAK", district.provinceId, district.id, district.id, district.name,
    type, target, status, episode && inEpisode ? episode.id : null, true, 1, "synthetic", String(i), now, now,
  ]);

  const docA = `syn-doc-${Math.floor(r() * ref.docCount)}`;
  let docB = `syn-doc-${Math.floor(r() * ref.docCount)}`;
  const twoCitations = r() < 0.45 && docB !== docA;
  if (!twoCitations) docB = docA;
  out.citation?.([id, docA, `Synthetic report of incident ${i}.`]);
  if (twoCitations) out.citation?.([id, docB, `Second synthetic report of incident ${i}.`]);
  rows += twoCitations ? 2 : 1;

  const perps = pick(PERP_COUNT, r());
  const groups = district.provinceId === "PK-BA" ? GROUPS_BA : GROUPS_KP;
  const seen = new Set<string>();
  for (let k = 0; k < perps; k++) {
    const actor = pick(groups, r());
    const claimed = r() < 0.45 && actor !== "afghan-taliban-forces";
    const by = claimed ? actor : pick(ATTRIBUTORS, r());
    const key = `${actor}|${claimed}|${by}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.perpetrator?.([
      `syn-perp-${i}-${k}`, id, actor, claimed ? "CLAIMED" : "ATTRIBUTED", by, k === 0 ? docA : docB,
      claimed ? `${actor} said it carried out the attack.` : `Officials blamed ${actor} for the attack.`,
    ]);
    rows++;
  }

  const nClaims = pick(CLAIM_COUNT, r());
  const claims: { id: string; claimant: string; subject: string; metric: string; value: number; madeOn: number; revised: boolean }[] = [];
  const claimants = new Set<string>();
  for (let k = 0; k < nClaims; k++) {
    const open = claims.filter((c) => !c.revised);
    const revise = open.length > 0 && r() < 0.25 ? open[Math.floor(r() * open.length)]! : null;
    let claimant: string, subject: string, metric: string, value: number, madeOn: number;
    if (revise) {
      revise.revised = true;
      ({ claimant, subject, metric } = revise);
      value = revise.value + 1 + Math.floor(r() * 6);
      madeOn = revise.madeOn + (1 + Math.floor(r() * 5)) * DAY_MS;
    } else {
      claimant = pick(CLAIMANTS, r());
      for (let tries = 0; claimants.has(claimant) && tries < 8; tries++) claimant = pick(CLAIMANTS, r());
      if (claimants.has(claimant)) continue; // different claimants only; fewer claims this time
      claimants.add(claimant);
      subject = pick(SUBJECTS, r());
      metric = pick(METRICS, r());
      value = Math.floor(Math.pow(r(), 3) * 40);
      madeOn = occurred + Math.floor(r() * 3) * DAY_MS;
    }
    const qualifier = pick(QUALIFIERS, r());
    const high = qualifier === "RANGE" ? value + 1 + Math.floor(r() * 5) : value;
    const claimId = `syn-clm-${i}-${k}`;
    const stance = pick(STANCES, r()), doc = r() < 0.5 ? docA : docB;
    claims.push({ id: claimId, claimant, subject, metric, value, madeOn, revised: false });
    out.claim?.([
      claimId, claimant, null, subject, metric, value, high, qualifier, stance, id, null, null, null,
      isoDay(madeOn), "DAY", doc, `${claimant}: ${value} ${subject.toLowerCase()} ${metric.toLowerCase()}.`, null,
      revise ? revise.id : null, true, 1, now, now,
    ]);
    rows++;
  }
  return rows;
}

// ───────────────────────────── COPY plumbing ─────────────────────────────

const esc = (v: string | number | boolean | null): string => {
  if (v === null) return "\\N";
  if (typeof v !== "string") return String(v);
  return v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
};

/** A COPY writer the generators push rows into; `flush` awaits back-pressure between incidents. */
class CopyWriter {
  private buf = "";
  rows = 0;
  private stream: ReturnType<typeof copyFrom>;
  private done: Promise<void>;
  private blocked: Promise<unknown> | null = null;
  constructor(client: pg.Client, table: string, columns: string[]) {
    this.stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => { this.stream.on("finish", resolve); this.stream.on("error", reject); });
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
    if (this.blocked) { const b = this.blocked; this.blocked = null; await Promise.race([b, this.done]); }
  }
  async end() {
    if (this.buf) this.stream.write(this.buf);
    this.buf = "";
    this.stream.end();
    await this.done;
  }
}

const INCIDENT_COLS = ["id", "title", "summary", "occurredOn", "occurredUntil", "datePrecision", "country", "provinceId", "districtId", "placeId",
  "locationText", "type", "targetType", "status", "episodeId", "published", "version", "externalSource", "externalId", "createdAt", "updatedAt"];
const PERP_COLS = ["id", "incidentId", "actorId", "basis", "attributedById", "documentId", "quote"];
const CITATION_COLS = ["incidentId", "documentId", "quote"];
const CLAIM_COLS = ["id", "claimantId", "statedBy", "subject", "metric", "valueLow", "valueHigh", "qualifier", "stance", "incidentId", "episodeId",
  "periodStart", "periodEnd", "madeOn", "madeOnPrecision", "documentId", "quote", "note", "revisesId", "published", "version", "createdAt", "updatedAt"];
const DOC_COLS = ["id", "sourceId", "url", "title", "publishedOn", "datePrecision", "retrievedAt", "contentHash", "language", "note", "createdAt", "updatedAt"];
const EVENT_COLS = ["id", "trackId", "occurredOn", "datePrecision", "kind", "title", "description", "venue", "round", "statusAfter", "documentId", "quote"];

// ───────────────────────────── progress and memory ─────────────────────────────

class Progress {
  private start = performance.now();
  private last = performance.now();
  done = 0;
  peakRss = process.memoryUsage().rss;
  private timer = setInterval(() => this.sample(), 250);
  constructor(private total: number, private quiet: boolean) { this.timer.unref(); }
  sample() { this.peakRss = Math.max(this.peakRss, process.memoryUsage().rss); }
  tick(n: number, phase: string, force = false) {
    this.done += n;
    const now = performance.now();
    if (this.quiet || (!force && now - this.last < (process.stderr.isTTY ? 200 : 2000))) return;
    this.last = now;
    this.sample();
    const secs = (now - this.start) / 1000;
    const rate = this.done / Math.max(secs, 1e-3);
    const frac = Math.min(1, this.done / this.total);
    const width = 30;
    const bar = "#".repeat(Math.round(frac * width)).padEnd(width, ".");
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const line = `[${bar}] ${(frac * 100).toFixed(1).padStart(5)}% ${this.done.toLocaleString("en")}/${this.total.toLocaleString("en")} rows `
      + `${Math.round(rate).toLocaleString("en")} rows/s ETA ${eta.toFixed(0)} s  ${phase.padEnd(24)}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  }
  finish() {
    this.tick(0, "done", true);
    clearInterval(this.timer);
    this.sample();
    if (!this.quiet && process.stderr.isTTY) process.stderr.write("\n");
  }
}

// ───────────────────────────── the load ─────────────────────────────

export type SyntheticResult = { incidents: number; rows: Record<string, number>; seconds: number; peakRssMb: number };

export async function loadSynthetic(url: string, opts: { incidents: number; seed?: number; quiet?: boolean }): Promise<SyntheticResult> {
  const seed = opts.seed ?? 1;
  const N = opts.incidents;
  const say = (s: string) => { if (!opts.quiet) process.stderr.write(`[synthetic] ${s}\n`); };
  const t0 = performance.now();

  say("applying migrations");
  await applyMigrations(url, { quiet: true });
  say("loading the sourced dataset (places, actors, sources, documents, episodes, tracks)");
  const prisma = createDb(url, { poolMax: 2 });
  try { await seedDataset(prisma, readDataset()); } finally { await prisma.$disconnect(); }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    say("removing earlier synthetic rows");
    await client.query("BEGIN");
    await client.query(`DELETE FROM "Claim" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "IncidentPerpetrator" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "IncidentCitation" WHERE "incidentId" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "Incident" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "MediationEvent" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "MediationTrack" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "Document" WHERE "id" LIKE 'syn-%'`);
    await client.query("COMMIT");

    const ref = await referenceData(client, seed, N);
    const now = new Date().toISOString();

    // Exact totals for the progress bar: one generation-only pass (no I/O, fast).
    let incidentRows = 0;
    for (let i = 0; i < N; i++) incidentRows += generateIncident(seed, i, ref, now, {});
    const total = ref.docCount + incidentRows + ref.eventCount + ref.syntheticTracks;
    const progress = new Progress(total, Boolean(opts.quiet));
    const counts: Record<string, number> = {};

    await client.query("BEGIN");
    // Synthetic tracks (few rows): plain INSERTs.
    for (let t = 0; t < ref.syntheticTracks; t++) {
      const id = `syn-trk-${t}`;
      await client.query(
        `INSERT INTO "MediationTrack" ("id","name","summary","venues","published","updatedAt") VALUES ($1,$2,$3,$4,true,now())`,
        [id, `Synthetic track ${t}`, `A synthetic mediation track for benchmarks (${t}).`, ["Doha", "Istanbul"].slice(0, 1 + (t % 2))]);
      await client.query(`INSERT INTO "MediationMediator" ("trackId","actorId") VALUES ($1,$2)`, [id, ["qatar", "turkiye", "china", "saudi-arabia"][t % 4]]);
      await client.query(`INSERT INTO "MediationParty" ("trackId","actorId") VALUES ($1,'gov-pakistan'),($1,'afghan-taliban-authorities')`, [id]);
      progress.tick(1, "mediation tracks");
    }
    ref.tracks.push(...Array.from({ length: ref.syntheticTracks }, (_, t) => `syn-trk-${t}`));

    const docs = new CopyWriter(client, "Document", DOC_COLS);
    const dr = prng(mix(seed, -1));
    for (let j = 0; j < ref.docCount; j++) {
      const day = isoDay(START + Math.floor(dr() * DAYS) * DAY_MS);
      docs.push([`syn-doc-${j}`, ref.sources[Math.floor(dr() * ref.sources.length)]!, `https://example.org/synthetic/${j}`,
        `Synthetic report ${j}`, day, "DAY", null, `synthetic:${seed}:${j}`, "en", null, now, now]);
      if (j % 1000 === 999) { progress.tick(1000, "documents"); await docs.flush(); }
    }
    await docs.end();
    progress.tick(ref.docCount % 1000, "documents");
    counts.documents = docs.rows;

    // Incidents first (the others reference them), then perpetrators, citations and claims.
    const tables: [string, string[], keyof Emit, string][] = [
      ["Incident", INCIDENT_COLS, "incident", "incidents"], ["IncidentPerpetrator", PERP_COLS, "perpetrator", "perpetrators"],
      ["IncidentCitation", CITATION_COLS, "citation", "citations"], ["Claim", CLAIM_COLS, "claim", "claims"],
    ];
    for (const [table, cols, key, name] of tables) {
      const w = new CopyWriter(client, table, cols);
      let reported = 0;
      for (let i = 0; i < N; i++) {
        generateIncident(seed, i, ref, now, { [key]: w.push });
        if (i % 1000 === 999) { progress.tick(w.rows - reported, table); reported = w.rows; await w.flush(); }
      }
      await w.end();
      progress.tick(w.rows - reported, table);
      counts[name] = w.rows;
    }

    const events = new CopyWriter(client, "MediationEvent", EVENT_COLS);
    const er = prng(mix(seed, -2));
    for (let j = 0; j < ref.eventCount; j++) {
      const kind = pick(EVENT_KINDS, er());
      const track = ref.tracks[Math.floor(er() * ref.tracks.length)]!;
      events.push([`syn-evt-${j}`, track, isoDay(START + Math.floor(er() * DAYS) * DAY_MS), "DAY", kind,
        `Synthetic ${kind.toLowerCase().replace(/_/g, " ")} ${j}`, null, er() < 0.5 ? "Doha" : null,
        kind === "TALKS_ROUND" ? 1 + Math.floor(er() * 8) : null, STATUS_AFTER[kind] ?? null,
        `syn-doc-${Math.floor(er() * ref.docCount)}`, `Synthetic statement ${j}.`]);
    }
    await events.end();
    progress.tick(ref.eventCount, "mediation events");
    counts.mediationEvents = events.rows;
    counts.mediationTracks = ref.syntheticTracks;
    await client.query("COMMIT");
    progress.finish();

    say("analyzing");
    await client.query(`ANALYZE "Incident", "IncidentPerpetrator", "IncidentCitation", "Claim", "Document", "MediationEvent", "MediationTrack"`);
    progress.sample();
    return { incidents: N, rows: counts, seconds: (performance.now() - t0) / 1000, peakRssMb: progress.peakRss / 2 ** 20 };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

async function referenceData(client: pg.Client, seed: number, n: number): Promise<Ref> {
  const r = prng(mix(seed, -3));
  const { rows: districts } = await client.query<{ id: string; name: string; parentId: string; exFata: boolean }>(
    `SELECT "id", "name", "parentId", "exFata" FROM "Place" WHERE "level" = 'DISTRICT' AND "country" = 'PAK' ORDER BY "id"`);
  if (districts.length === 0) throw new Error("no Pakistani districts in Place: was the dataset loaded?");
  const perProvince = new Map<string, number>();
  for (const d of districts) perProvince.set(d.parentId, (perProvince.get(d.parentId) ?? 0) + 1);
  // Province share split over its districts, each with a heavy-tailed "hotness"; ex-FATA ×4.
  const hot = districts.map((d) => -Math.log(1 - r() * 0.999) * (d.exFata ? 4 : 1));
  const hotSum = new Map<string, number>();
  districts.forEach((d, k) => hotSum.set(d.parentId, (hotSum.get(d.parentId) ?? 0) + hot[k]!));
  const districtW = weighted(districts.map((d, k): [District, number] => [
    { id: d.id, name: d.name, provinceId: d.parentId },
    (PROVINCE_WEIGHT[d.parentId] ?? 0.01) * (hot[k]! / hotSum.get(d.parentId)!),
  ]));

  const { rows: eps } = await client.query<{ id: string; startsOn: Date; endsOn: Date | null }>(`SELECT "id", "startsOn", "endsOn" FROM "Episode"`);
  const episodes = eps.map((e) => ({ id: e.id, from: e.startsOn.getTime(), to: (e.endsOn ?? new Date(e.startsOn.getTime() + 14 * DAY_MS)).getTime() }));
  // Daily intensity: a slow rise, weekly wobble, the episodes ×6, and a dozen random 3–10 day bursts.
  const w = Array.from({ length: DAYS }, (_, d) => 1 + d / DAYS + 0.2 * Math.sin(d / 3.5));
  for (const e of episodes) for (let d = 0; d < DAYS; d++) { const t = START + d * DAY_MS; if (t >= e.from && t <= e.to) w[d]! *= 6; }
  for (let b = 0; b < 12; b++) {
    const at = Math.floor(r() * DAYS), len = 3 + Math.floor(r() * 8), k = 2 + r() * 3;
    for (let d = at; d < Math.min(DAYS, at + len); d++) w[d]! *= k;
  }
  const days = weighted(w.map((x, d): [number, number] => [d, x]));

  const { rows: sources } = await client.query<{ id: string }>(`SELECT "id" FROM "Source" ORDER BY "id"`);
  const { rows: tracks } = await client.query<{ id: string }>(`SELECT "id" FROM "MediationTrack" WHERE "id" NOT LIKE 'syn-%' ORDER BY "id"`);
  const { rows: actors } = await client.query<{ id: string }>(`SELECT "id" FROM "Actor"`);
  const have = new Set(actors.map((a) => a.id));
  const needed = [...CLAIMANTS.values, ...GROUPS_KP.values, ...GROUPS_BA.values, ...ATTRIBUTORS.values];
  const missing = needed.filter((a) => !have.has(a));
  if (missing.length) throw new Error(`actors missing from the dataset: ${missing.join(", ")}`);
  return {
    districts: districtW, days, episodes, sources: sources.map((s) => s.id), tracks: tracks.map((t) => t.id),
    docCount: Math.max(10, Math.ceil(n * 0.5)), eventCount: Math.max(24, Math.round(n / 400)), syntheticTracks: Math.max(2, Math.round(n / 25_000)),
  };
}

// ───────────────────────────── CLI ─────────────────────────────

const argsSchema = z.object({
  incidents: z.coerce.number({ error: "--incidents must be a number" }).int("--incidents must be a whole number")
    .min(1, "--incidents must be at least 1").max(5_000_000, "--incidents must be at most 5,000,000"),
  databaseUrl: z.string({ error: "give the target database with --database-url URL or SYNTHETIC_DATABASE_URL" })
    .regex(/^postgres(ql)?:\/\//, "--database-url must be a postgresql:// URL"),
  seed: z.coerce.number({ error: "--seed must be a number" }).int("--seed must be a whole number").min(0).max(2 ** 31 - 1).default(1),
  force: z.boolean().default(false),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, unknown> = { databaseUrl: process.env.SYNTHETIC_DATABASE_URL || undefined };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => inline ?? argv[++k];
    if (flag === "--incidents") raw.incidents = value();
    else if (flag === "--database-url") raw.databaseUrl = value();
    else if (flag === "--seed") raw.seed = value();
    else if (flag === "--force") raw.force = true;
    else if (flag === "--help" || flag === "-h") {
      console.log("usage: npm run data:synthetic -- --incidents N [--database-url URL | SYNTHETIC_DATABASE_URL] [--seed S] [--force]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (see --help)`);
  }
  if (raw.incidents === undefined) throw new Error("--incidents N is required");
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

/** The app's own database (DATABASE_URL, or the embedded one) holds real data: never the target by default. */
function isAppDatabase(url: string): boolean {
  const norm = (u: string) => { try { const x = new URL(u); return `${x.hostname}:${x.port || 5432}${x.pathname}`; } catch { return u; } };
  if (process.env.DATABASE_URL && norm(process.env.DATABASE_URL) === norm(url)) return true;
  const embeddedPort = process.env.EMBEDDED_DB_PORT || "54329";
  try { const x = new URL(url); return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(x.hostname) && x.port === embeddedPort; } catch { return false; }
}

async function main() {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`data:synthetic: ${(e as Error).message}`);
    process.exit(2);
  }
  if (isAppDatabase(args.databaseUrl) && !args.force) {
    console.error("data:synthetic: refusing to write synthetic rows into the app's database (DATABASE_URL or the embedded one). "
      + "Give a separate database, or --force if you really mean it.");
    process.exit(2);
  }
  const res = await loadSynthetic(args.databaseUrl, { incidents: args.incidents, seed: args.seed });
  const total = Object.values(res.rows).reduce((a, b) => a + b, 0);
  console.log(`loaded ${res.incidents.toLocaleString("en")} synthetic incidents (${total.toLocaleString("en")} rows: ${JSON.stringify(res.rows)})`);
  console.log(`total time ${res.seconds.toFixed(1)} s, peak RSS ${res.peakRssMb.toFixed(0)} MB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
