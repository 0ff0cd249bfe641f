// Data releases on both databases, each on its own seeded copy (the tests write releases and edit a
// claim): a release holds every published table as CSV whose bytes match the sha256 in its
// datapackage.json, the descriptor is a valid Frictionless Tabular Data Package, the row counts are
// the dataset's (counted by hand below), a changed figure shows in the next release's changelog as
// old → new, a cut release never changes, and the database refuses to rewrite one.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/claims/claim-writes";
import type { Db } from "@/lib/db/create-client";
import { cutDailyRelease } from "@/lib/releases/daily-release";
import { cutRelease, ReleaseRefused } from "@/lib/releases/release-writes";
import { isolatedDatabases, type IsolatedDb } from "../setup/isolated-databases";
import { problems, validators } from "./frictionless";

const SITE = "https://frontier-monitor.example";
const A = "2026-11-30";
const B = "2026-12-01";

// Counted by hand from prisma/dataset/ (every record in it is published):
const EXPECTED_ROWS: Record<string, number> = {
  "incidents.csv": 31, // incidents.json
  "incident_perpetrators.csv": 37, // their `perpetrators` entries
  "incident_citations.csv": 65, // their `citations`
  "incident_places.csv": 3, // their `places`
  "claims.csv": 57, // claims.json
  "claim_citations.csv": 3, // the claims' `citations`
  "period_counts.csv": 348, // the `counts` of the 176 rows of period-counts.json
  "episodes.csv": 3,
  "mediation_tracks.csv": 6,
  "mediation_track_actors.csv": 21, // 9 mediatorIds + 12 partyIds
  "mediation_events.csv": 22,
  "ceasefires.csv": 3,
  "ceasefire_brokers.csv": 6,
  "ceasefire_citations.csv": 8,
  "statements.csv": 29,
  "documents.csv": 93, // every document of documents.json is cited by a published row
  "sources.csv": 67, // the publishers of those documents: all of sources.json
  "actors.csv": 38, // 41 in actors.json; bla, iskp and pakistan-air-force are named by no row (nor as a parent)
  "places.csv": 569, // lib/geo/places.json: 2 countries, 41 provinces, 524 districts; + 2 localities
};

// claims.json: Pakistan's last tally of Afghan forces killed in the Feb–Mar 2026 war (481, given on
// day 8 by Information Minister Tarar; it revises 415). The test edits it to 482.
const CLAIM = "pak-afghan-forces-killed-481";

const STRICT_CSV = { bom: true, relax_quotes: false, relax_column_count: false, record_delimiter: "\r\n" } as const;
const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

type Resource = {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: {
    fields: { name: string }[];
    primaryKey: string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
};
type Stored = { datapackage: string; changelog: string; files: Map<string, Buffer>; sha: Map<string, string> };

async function stored(db: Db, name: string): Promise<Stored> {
  const release = await db.dataRelease.findUniqueOrThrow({ where: { id: name } });
  const files = await db.dataReleaseFile.findMany({ where: { releaseId: name } });
  return {
    datapackage: release.datapackage,
    changelog: release.changelog,
    files: new Map(files.map((f) => [f.name, Buffer.from(f.content)])),
    sha: new Map(files.map((f) => [f.name, f.sha256])),
  };
}

const records = (bytes: Buffer): string[][] => parse(bytes, STRICT_CSV);

/** The claim as the admin form would send it back, with a new figure. */
async function editClaimFigure(c: IsolatedDb, value: number) {
  const claim = await c.db.claim.findUniqueOrThrow({ where: { id: CLAIM } });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const result = await updateClaim(c.db, c.editor, CLAIM, {
    claimantId: claim.claimantId,
    statedBy: claim.statedBy ?? "",
    subject: claim.subject,
    metric: claim.metric,
    valueLow: String(value),
    valueHigh: "",
    qualifier: claim.qualifier,
    stance: claim.stance,
    scopeKind: "episode",
    episodeId: claim.episodeId,
    madeOn: day(claim.madeOn),
    madeOnPrecision: claim.madeOnPrecision,
    documentId: claim.documentId,
    quote: claim.quote,
    note: claim.note ?? "",
    version: claim.version,
    correctionNote: `Figure corrected to ${value} (test).`,
  });
  expect(result).toMatchObject({ ok: true });
}

/** Release A's content hash on each database: one record must give the same bytes on both. */
const hashesOfA = new Map<string, string>();

describe.each(isolatedDatabases())("data releases on $name", (c) => {
  let releaseA: Stored;

  it("cuts release A: each file's sha256 is in datapackage.json, a valid Tabular Data Package", async () => {
    const result = await cutRelease(c.db, { on: A, now: new Date(`${A}T12:00:00Z`), siteUrl: SITE });
    expect(result.status).toBe("cut");
    releaseA = await stored(c.db, A);
    const pkg = JSON.parse(releaseA.datapackage) as { resources: Resource[] } & Record<string, unknown>;

    expect(problems(validators.tabularDataPackage, pkg)).toEqual([]);
    for (const resource of pkg.resources) {
      expect(problems(validators.tabularDataResource, resource), resource.name).toEqual([]);
      expect(problems(validators.tableSchema, resource.schema), resource.name).toEqual([]);
    }
    expect(pkg).toMatchObject({
      profile: "tabular-data-package",
      name: "frontier-monitor",
      version: A,
      created: `${A}T12:00:00.000Z`,
      licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
      citation:
        `Frontier Monitor (2026). Pakistan–Afghanistan conflict record, data release ${A} [Data set]. ` +
        `${SITE}/data/releases/${A}`,
      previousVersion: null,
    });
    expect(pkg.description).toContain("a record of sourced claims and incidents, not a national count");
    expect(pkg.sources).toContainEqual({ title: "Frontier Monitor", path: SITE });

    // Each file: bytes and sha256 as the descriptor and the stored row say; header first; the rows counted by hand.
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(Object.keys(EXPECTED_ROWS).sort());
    expect([...releaseA.files.keys()].sort()).toEqual(Object.keys(EXPECTED_ROWS).sort());
    const tables = new Map<string, { header: string[]; rows: string[][] }>();
    for (const resource of pkg.resources) {
      const bytes = releaseA.files.get(resource.path)!;
      expect(resource.hash).toBe(`sha256:${sha256(bytes)}`);
      expect(releaseA.sha.get(resource.path)).toBe(sha256(bytes));
      expect(resource.bytes).toBe(bytes.byteLength);
      const [header, ...rows] = records(bytes);
      expect(header, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
      expect(rows.length, resource.path).toBe(EXPECTED_ROWS[resource.path]);
      tables.set(resource.name, { header: header!, rows });
    }
    // Row order is the primary key's, so two cuts of one record are the same bytes.
    const claims = tables.get("claims")!;
    const ids = claims.rows.map((r) => r[0]!);
    expect(ids).toEqual([...ids].sort((x, y) => (x < y ? -1 : 1)));
    // Every foreign key resolves inside the release.
    for (const resource of pkg.resources) {
      for (const fk of resource.schema.foreignKeys ?? []) {
        const from = tables.get(resource.name)!;
        const to = tables.get(fk.reference.resource || resource.name)!;
        const targets = new Set(to.rows.map((r) => r[to.header.indexOf(fk.reference.fields)]));
        const column = from.header.indexOf(fk.fields);
        const missing = from.rows.map((r) => r[column]!).filter((v) => v !== "" && !targets.has(v));
        expect(missing, `${resource.name}.${fk.fields}`).toEqual([]);
      }
    }
    // The release's hash is over the files' hashes: what `LC_ALL=C sha256sum *.csv | sha256sum` prints.
    const listing = [...releaseA.sha.entries()]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([file, hash]) => `${hash}  ${file}\n`)
      .join("");
    const { contentHash } = await c.db.dataRelease.findUniqueOrThrow({ where: { id: A } });
    expect(contentHash).toBe(sha256(listing));
    hashesOfA.set(c.name, contentHash);
    const row = claims.rows.find((r) => r[0] === CLAIM)!;
    expect(row[claims.header.indexOf("value_low")]).toBe("481");
    expect(row[claims.header.indexOf("claimant_id")]).toBe("gov-pakistan");
    expect(releaseA.changelog).toContain("The first release");
  });

  it("cuts release B after a claim's figure changes: changelog 481 → 482; A stays byte-identical", async () => {
    await editClaimFigure(c, 482);
    const result = await cutRelease(c.db, { on: B, now: new Date(`${B}T06:00:00Z`), siteUrl: SITE });
    expect(result.status).toBe("cut");
    if (result.status !== "cut") return;
    expect(result.release).toMatchObject({ id: B, previousId: A });
    const claims = result.changes.tables.find((t) => t.file === "claims.csv")!;
    expect(claims).toMatchObject({ added: [], removed: [], rows: 57, previousRows: 57 });
    expect(claims.changed).toEqual([
      {
        key: CLAIM,
        changes: [
          { column: "value_low", from: "481", to: "482" },
          { column: "value_high", from: "481", to: "482" },
          { column: "figure", from: "481", to: "482" },
        ],
      },
    ]);
    const others = result.changes.tables.filter((t) => t.file !== "claims.csv");
    expect(others.every((t) => !t.added.length && !t.removed.length && !t.changed.length)).toBe(true);

    const releaseB = await stored(c.db, B);
    expect(releaseB.changelog).toContain(`Compared with release ${A}.`);
    expect(releaseB.changelog).toContain(
      `\`${CLAIM}\`: value_low \`481\` → \`482\`; value_high \`481\` → \`482\`; figure \`481\` → \`482\``,
    );
    expect(releaseB.changelog).toContain("| claims.csv | 57 | 0 | 0 | 1 |");
    const pkgB = JSON.parse(releaseB.datapackage);
    expect(pkgB).toMatchObject({ version: B, previousVersion: A });
    expect(pkgB.changes["claims.csv"]).toEqual({ added: 0, removed: 0, changed: 1, new: false });
    // Only claims.csv differs from A.
    for (const [file, hash] of releaseB.sha) {
      if (file === "claims.csv") expect(hash).not.toBe(releaseA.sha.get(file));
      else expect(hash, file).toBe(releaseA.sha.get(file));
    }

    // Release A is exactly as it was cut.
    const again = await stored(c.db, A);
    expect(again.datapackage).toBe(releaseA.datapackage);
    expect(again.changelog).toBe(releaseA.changelog);
    for (const [file, bytes] of releaseA.files) expect(again.files.get(file)!.equals(bytes), file).toBe(true);
  });

  it("cuts nothing while the record is unchanged, and never reuses a name or goes back in time", async () => {
    const unchanged = await cutRelease(c.db, { on: "2026-12-02", now: new Date(), siteUrl: SITE });
    expect(unchanged).toMatchObject({ status: "unchanged", latest: { id: B } });
    expect(await c.db.dataRelease.count()).toBe(2);

    await editClaimFigure(c, 483);
    await expect(cutRelease(c.db, { on: B, now: new Date(), siteUrl: SITE })).rejects.toThrow(ReleaseRefused);
    await expect(cutRelease(c.db, { on: B, now: new Date(), siteUrl: SITE })).rejects.toThrow(/never rewritten/);
    await expect(cutRelease(c.db, { on: "2026-11-29", now: new Date(), siteUrl: SITE })).rejects.toThrow(
      /before the latest release, 2026-12-01/,
    );
    await expect(cutRelease(c.db, { on: "2026-13-01", now: new Date(), siteUrl: SITE })).rejects.toThrow();
    expect(await c.db.dataRelease.count()).toBe(2);
    expect((await stored(c.db, B)).changelog).not.toContain("483");
  });

  it("writes a release in one transaction: a failing file insert leaves neither the release nor any file", async () => {
    // A trigger of the test's own makes one file of release 2026-12-04 (mediation_events.csv, after
    // ten others went in) fail to insert.
    await c.db.$executeRawUnsafe(`
      CREATE FUNCTION test_fail_release_file() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'test: file insert fails'; END; $$`);
    await c.db.$executeRawUnsafe(`
      CREATE TRIGGER test_fail_release_file BEFORE INSERT ON "DataReleaseFile" FOR EACH ROW
      WHEN (NEW."releaseId" = '2026-12-04' AND NEW."name" = 'mediation_events.csv')
      EXECUTE FUNCTION test_fail_release_file()`);
    try {
      await expect(cutRelease(c.db, { on: "2026-12-04", now: new Date(), siteUrl: SITE })).rejects.toThrow();
      expect(await c.db.dataRelease.findUnique({ where: { id: "2026-12-04" } })).toBeNull();
      expect(await c.db.dataReleaseFile.count({ where: { releaseId: "2026-12-04" } })).toBe(0);
    } finally {
      await c.db.$executeRawUnsafe(`DROP TRIGGER test_fail_release_file ON "DataReleaseFile"`);
      await c.db.$executeRawUnsafe(`DROP FUNCTION test_fail_release_file()`);
    }
    // Without the trigger the same cut goes through (the 483 edit is still pending).
    expect(await cutRelease(c.db, { on: "2026-12-04", now: new Date(), siteUrl: SITE })).toMatchObject({
      status: "cut",
      release: { id: "2026-12-04", previousId: B },
    });
  });

  it("cuts the day's release after a refresh only when the record changed, and reports a failed cut", async () => {
    const day = (iso: string) => new Date(`${iso}T03:00:00Z`);
    // Nothing changed since 2026-12-04.
    expect(await cutDailyRelease(c.db, day("2026-12-05"), SITE)).toEqual({ status: "unchanged", latest: "2026-12-04" });
    await editClaimFigure(c, 484);
    expect(await cutDailyRelease(c.db, day("2026-12-06"), SITE)).toEqual({
      status: "cut",
      name: "2026-12-06",
      files: 19,
    });
    // The hourly runs after it on the same day find the release and read nothing else.
    await editClaimFigure(c, 485);
    expect(await cutDailyRelease(c.db, day("2026-12-06"), SITE)).toEqual({ status: "exists", name: "2026-12-06" });
    // A cut that fails (here: a day before the latest release) is reported, never thrown at the refresh.
    expect(await cutDailyRelease(c.db, day("2026-12-02"), SITE)).toMatchObject({
      status: "failed",
      name: "2026-12-02",
      error: expect.stringMatching(/before the latest release, 2026-12-06/),
    });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on release rows, whoever sends them", async () => {
    const refused = /releases are never rewritten/;
    await expect(
      c.db.$executeRawUnsafe(`UPDATE "DataRelease" SET "changelog" = 'edited' WHERE "id" = '${A}'`),
    ).rejects.toThrow(refused);
    await expect(c.db.$executeRawUnsafe(`DELETE FROM "DataRelease" WHERE "id" = '2026-12-04'`)).rejects.toThrow(
      refused,
    );
    await expect(
      c.db.$executeRawUnsafe(`UPDATE "DataReleaseFile" SET "content" = '\\x00' WHERE "releaseId" = '${A}'`),
    ).rejects.toThrow(refused);
    await expect(
      c.db.$executeRawUnsafe(`DELETE FROM "DataReleaseFile" WHERE "releaseId" = '${A}' AND "name" = 'claims.csv'`),
    ).rejects.toThrow(refused);
    await expect(c.db.$executeRawUnsafe(`TRUNCATE "DataReleaseFile"`)).rejects.toThrow(refused);
    await expect(c.db.dataRelease.update({ where: { id: A }, data: { changelog: "x" } })).rejects.toThrow(refused);
    await expect(c.db.dataReleaseFile.deleteMany({ where: { releaseId: A } })).rejects.toThrow(refused);

    const after = await stored(c.db, A);
    expect(after.changelog).toBe(releaseA.changelog);
    for (const [file, bytes] of releaseA.files) expect(after.files.get(file)!.equals(bytes), file).toBe(true);
  });
});

describe("data releases on both databases", () => {
  it("are the same bytes for the same record", () => {
    expect(hashesOfA.size).toBeGreaterThanOrEqual(1);
    expect(new Set(hashesOfA.values()).size).toBe(1);
  });
});
