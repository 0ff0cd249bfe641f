// The synthetic load: migrations and the sourced dataset first, then N incidents with their
// perpetrators, citations, claims and mediation events streamed in with COPY, all in one
// transaction; the attack rollups are rebuilt once before it commits (see loadSynthetic).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { readDataset } from "../../../lib/dataset/read-dataset";
import { seedDataset } from "../../../lib/dataset/seed-dataset";
import { createDb } from "../../../lib/db/create-client";
import { applyMigrations } from "../../db/prisma-cli";
import { CLAIM_COLS, CITATION_COLS, CopyWriter, DOC_COLS, EVENT_COLS, INCIDENT_COLS, PERP_COLS } from "./copy";
import { generateIncident, type Emit } from "./generate";
import { Progress } from "./progress";
import { mix, pick, prng, weighted } from "./random";
import {
  ATTRIBUTORS,
  CLAIMANTS,
  DAYS,
  DAY_MS,
  EVENT_KINDS,
  GROUPS_BA,
  GROUPS_KP,
  PROVINCE_WEIGHT,
  START,
  STATUS_AFTER,
  isoDay,
  type District,
  type Ref,
} from "./shape";

export type SyntheticResult = {
  incidents: number;
  rows: Record<string, number>;
  seconds: number;
  peakRssMb: number;
  /** Seconds per COPY pass, each including the statement's triggers. */
  phases: Record<string, number>;
};

/** The attack rollups' triggers (migration 20261130170000_rollups). */
const ROLLUP_TRIGGERS = {
  Incident: ["Incident_rollup_insert", "Incident_rollup_update", "Incident_rollup_delete"],
  IncidentPerpetrator: [
    "IncidentPerpetrator_rollup_insert",
    "IncidentPerpetrator_rollup_update",
    "IncidentPerpetrator_rollup_delete",
  ],
};
async function setRollupTriggers(client: pg.Client, on: boolean) {
  for (const [table, names] of Object.entries(ROLLUP_TRIGGERS)) {
    await client.query(
      `ALTER TABLE "${table}" ${names.map((n) => `${on ? "ENABLE" : "DISABLE"} TRIGGER "${n}"`).join(", ")}`,
    );
  }
}

/**
 * `rollups: "rebuild"` (the default) loads with the rollup triggers off and rebuilds the rollups
 * once before the same transaction commits: one set-based pass instead of re-counting every
 * incident when its perpetrators arrive. `"triggers"` keeps them on (the path every other write
 * takes; tests use it to check that COPY keeps the rollups right).
 */
export async function loadSynthetic(
  url: string,
  opts: { incidents: number; seed?: number; quiet?: boolean; rollups?: "rebuild" | "triggers" },
): Promise<SyntheticResult> {
  const rebuild = (opts.rollups ?? "rebuild") === "rebuild";
  const seed = opts.seed ?? 1;
  const N = opts.incidents;
  const say = (s: string) => {
    if (!opts.quiet) process.stderr.write(`[synthetic] ${s}\n`);
  };
  const t0 = performance.now();

  say("applying migrations");
  await applyMigrations(url, { quiet: true });
  say("loading the sourced dataset (places, actors, sources, documents, episodes, tracks)");
  const prisma = createDb(url, { poolMax: 2 });
  try {
    await seedDataset(prisma, readDataset());
  } finally {
    await prisma.$disconnect();
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    say("removing earlier synthetic rows");
    await client.query("BEGIN");
    if (rebuild) await setRollupTriggers(client, false);
    await client.query(`DELETE FROM "Claim" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "IncidentPerpetrator" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "IncidentCitation" WHERE "incidentId" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "Incident" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "MediationEvent" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "MediationTrack" WHERE "id" LIKE 'syn-%'`);
    await client.query(`DELETE FROM "Document" WHERE "id" LIKE 'syn-%'`);
    if (rebuild) await setRollupTriggers(client, true);
    await client.query("COMMIT");

    const ref = await referenceData(client, seed, N);
    const now = new Date().toISOString();

    // Exact totals for the progress bar: one generation-only pass (no I/O, fast).
    let incidentRows = 0;
    for (let i = 0; i < N; i++) incidentRows += generateIncident(seed, i, ref, now, {});
    const total = ref.docCount + incidentRows + ref.eventCount + ref.syntheticTracks;
    const progress = new Progress(total, Boolean(opts.quiet));
    const counts: Record<string, number> = {};
    const phases: Record<string, number> = {};

    await client.query("BEGIN");
    if (rebuild) await setRollupTriggers(client, false);
    // Synthetic tracks (few rows): plain INSERTs.
    for (let t = 0; t < ref.syntheticTracks; t++) {
      const id = `syn-trk-${t}`;
      await client.query(
        `INSERT INTO "MediationTrack" ("id","name","summary","venues","published","updatedAt") VALUES ($1,$2,$3,$4,true,now())`,
        [
          id,
          `Synthetic track ${t}`,
          `A synthetic mediation track for benchmarks (${t}).`,
          ["Doha", "Istanbul"].slice(0, 1 + (t % 2)),
        ],
      );
      await client.query(`INSERT INTO "MediationMediator" ("trackId","actorId") VALUES ($1,$2)`, [
        id,
        ["qatar", "turkiye", "china", "saudi-arabia"][t % 4],
      ]);
      await client.query(
        `INSERT INTO "MediationParty" ("trackId","actorId") VALUES ($1,'gov-pakistan'),($1,'afghan-taliban-authorities')`,
        [id],
      );
      progress.tick(1, "mediation tracks");
    }
    ref.tracks.push(...Array.from({ length: ref.syntheticTracks }, (_, t) => `syn-trk-${t}`));

    const docs = new CopyWriter(client, "Document", DOC_COLS);
    const dr = prng(mix(seed, -1));
    for (let j = 0; j < ref.docCount; j++) {
      const day = isoDay(START + Math.floor(dr() * DAYS) * DAY_MS);
      docs.push([
        `syn-doc-${j}`,
        ref.sources[Math.floor(dr() * ref.sources.length)]!,
        `https://example.org/synthetic/${j}`,
        `Synthetic report ${j}`,
        day,
        "DAY",
        null,
        `synthetic:${seed}:${j}`,
        "en",
        null,
        now,
        now,
      ]);
      if (j % 1000 === 999) {
        progress.tick(1000, "documents");
        await docs.flush();
      }
    }
    await docs.end();
    progress.tick(ref.docCount % 1000, "documents");
    counts.documents = docs.rows;

    // Incidents first (the others reference them), then perpetrators, citations and claims.
    const tables: [string, string[], keyof Emit, string][] = [
      ["Incident", INCIDENT_COLS, "incident", "incidents"],
      ["IncidentPerpetrator", PERP_COLS, "perpetrator", "perpetrators"],
      ["IncidentCitation", CITATION_COLS, "citation", "citations"],
      ["Claim", CLAIM_COLS, "claim", "claims"],
    ];
    for (const [table, cols, key, name] of tables) {
      const started = performance.now();
      const w = new CopyWriter(client, table, cols);
      let reported = 0;
      for (let i = 0; i < N; i++) {
        generateIncident(seed, i, ref, now, { [key]: w.push });
        if (i % 1000 === 999) {
          progress.tick(w.rows - reported, table);
          reported = w.rows;
          await w.flush();
        }
      }
      await w.end(); // returns after the statement's triggers (rollups, chain ids) ran
      progress.tick(w.rows - reported, table);
      counts[name] = w.rows;
      phases[table] = (performance.now() - started) / 1000;
      say(`${table}: ${w.rows.toLocaleString("en")} rows in ${phases[table].toFixed(1)} s (COPY and its triggers)`);
    }

    const events = new CopyWriter(client, "MediationEvent", EVENT_COLS);
    const er = prng(mix(seed, -2));
    for (let j = 0; j < ref.eventCount; j++) {
      const kind = pick(EVENT_KINDS, er());
      const track = ref.tracks[Math.floor(er() * ref.tracks.length)]!;
      events.push([
        `syn-evt-${j}`,
        track,
        isoDay(START + Math.floor(er() * DAYS) * DAY_MS),
        "DAY",
        kind,
        `Synthetic ${kind.toLowerCase().replace(/_/g, " ")} ${j}`,
        null,
        er() < 0.5 ? "Doha" : null,
        kind === "TALKS_ROUND" ? 1 + Math.floor(er() * 8) : null,
        STATUS_AFTER[kind] ?? null,
        `syn-doc-${Math.floor(er() * ref.docCount)}`,
        `Synthetic statement ${j}.`,
      ]);
    }
    await events.end();
    progress.tick(ref.eventCount, "mediation events");
    counts.mediationEvents = events.rows;
    counts.mediationTracks = ref.syntheticTracks;
    if (rebuild) {
      const started = performance.now();
      await client.query(`SELECT "rollup_rebuild"()`);
      await setRollupTriggers(client, true);
      phases.rollups = (performance.now() - started) / 1000;
      say(`attack rollups rebuilt in ${phases.rollups.toFixed(1)} s`);
    }
    await client.query("COMMIT");
    progress.finish();

    say("analyzing");
    await client.query(
      `ANALYZE "Incident", "IncidentPerpetrator", "IncidentCitation", "Claim", "Document", "MediationEvent", "MediationTrack", "AttackRollup", "AttackRollupMember"`,
    );
    progress.sample();
    return {
      incidents: N,
      rows: counts,
      seconds: (performance.now() - t0) / 1000,
      peakRssMb: progress.peakRss / 2 ** 20,
      phases,
    };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

export async function referenceData(client: pg.Client, seed: number, n: number): Promise<Ref> {
  const r = prng(mix(seed, -3));
  const { rows: districts } = await client.query<{ id: string; name: string; parentId: string; exFata: boolean }>(
    `SELECT "id", "name", "parentId", "exFata" FROM "Place" WHERE "level" = 'DISTRICT' AND "country" = 'PAK' ORDER BY "id"`,
  );
  if (districts.length === 0) throw new Error("no Pakistani districts in Place: was the dataset loaded?");
  const perProvince = new Map<string, number>();
  for (const d of districts) perProvince.set(d.parentId, (perProvince.get(d.parentId) ?? 0) + 1);
  // Province share split over its districts, each with a heavy-tailed "hotness"; ex-FATA ×4.
  const hot = districts.map((d) => -Math.log(1 - r() * 0.999) * (d.exFata ? 4 : 1));
  const hotSum = new Map<string, number>();
  districts.forEach((d, k) => hotSum.set(d.parentId, (hotSum.get(d.parentId) ?? 0) + hot[k]!));
  const districtW = weighted(
    districts.map((d, k): [District, number] => [
      { id: d.id, name: d.name, provinceId: d.parentId },
      (PROVINCE_WEIGHT[d.parentId] ?? 0.01) * (hot[k]! / hotSum.get(d.parentId)!),
    ]),
  );

  const { rows: eps } = await client.query<{ id: string; startsOn: Date; endsOn: Date | null }>(
    `SELECT "id", "startsOn", "endsOn" FROM "Episode"`,
  );
  const episodes = eps.map((e) => ({
    id: e.id,
    from: e.startsOn.getTime(),
    to: (e.endsOn ?? new Date(e.startsOn.getTime() + 14 * DAY_MS)).getTime(),
  }));
  // Daily intensity: a slow rise, weekly wobble, the episodes ×6, and a dozen random 3–10 day bursts.
  const w = Array.from({ length: DAYS }, (_, d) => 1 + d / DAYS + 0.2 * Math.sin(d / 3.5));
  for (const e of episodes)
    for (let d = 0; d < DAYS; d++) {
      const t = START + d * DAY_MS;
      if (t >= e.from && t <= e.to) w[d]! *= 6;
    }
  for (let b = 0; b < 12; b++) {
    const at = Math.floor(r() * DAYS),
      len = 3 + Math.floor(r() * 8),
      k = 2 + r() * 3;
    for (let d = at; d < Math.min(DAYS, at + len); d++) w[d]! *= k;
  }
  const days = weighted(w.map((x, d): [number, number] => [d, x]));

  const { rows: sources } = await client.query<{ id: string }>(`SELECT "id" FROM "Source" ORDER BY "id"`);
  const { rows: tracks } = await client.query<{ id: string }>(
    `SELECT "id" FROM "MediationTrack" WHERE "id" NOT LIKE 'syn-%' ORDER BY "id"`,
  );
  const { rows: actors } = await client.query<{ id: string }>(`SELECT "id" FROM "Actor"`);
  const have = new Set(actors.map((a) => a.id));
  const needed = [...CLAIMANTS.values, ...GROUPS_KP.values, ...GROUPS_BA.values, ...ATTRIBUTORS.values];
  const missing = needed.filter((a) => !have.has(a));
  if (missing.length) throw new Error(`actors missing from the dataset: ${missing.join(", ")}`);
  return {
    districts: districtW,
    days,
    episodes,
    sources: sources.map((s) => s.id),
    tracks: tracks.map((t) => t.id),
    docCount: Math.max(10, Math.ceil(n * 0.5)),
    eventCount: Math.max(24, Math.round(n / 400)),
    syntheticTracks: Math.max(2, Math.round(n / 25_000)),
  };
}
