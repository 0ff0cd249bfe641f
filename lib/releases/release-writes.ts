// Cutting a data release: the published record's tables as files, their hashes, the descriptor and
// the changelog, written in ONE transaction (a failure leaves no release and no file behind).
// A release is cut only when its content differs from the latest one; a name is never reused
// with other content, and names follow each other in date order. The tables are read before the
// write transaction (in their own snapshot), so the write holds the database only for the inserts.
import type { Db } from "../db/create-client";
import { changelogMarkdown, diffRelease, type ReleaseChanges } from "./changelog";
import { datapackageOf, datapackageText } from "./datapackage";
import { contentHashOf, releaseNameSchema, sha256Hex } from "./release-names";
import { buildReleaseTables, fileNameOf } from "./release-tables";

/** Arbitrary constant shared by every process that cuts releases ("FMDR" in ASCII). */
export const RELEASE_LOCK_KEY = 0x464d4452;

export type ReleaseFileSummary = {
  name: string;
  mediaType: string;
  bytes: number;
  rows: number | null;
  sha256: string;
};
export type ReleaseSummary = { id: string; cutAt: Date; contentHash: string; previousId: string | null };
export type CutResult =
  | { status: "cut"; release: ReleaseSummary; files: ReleaseFileSummary[]; changes: ReleaseChanges; changelog: string }
  | { status: "unchanged"; latest: ReleaseSummary };

/** A cut that would rewrite history: refused, nothing written. */
export class ReleaseRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReleaseRefused";
  }
}

const CSV_MEDIA_TYPE = "text/csv";
const SUMMARY = { id: true, cutAt: true, contentHash: true, previousId: true } as const;

export type CutOptions = {
  /** The release's name: the UTC day it is cut for, YYYY-MM-DD. */
  on: string;
  now: Date;
  /** Public origin for the incidents' page addresses and the citation. */
  siteUrl: string;
};

export async function cutRelease(db: Db, options: CutOptions): Promise<CutResult> {
  const on = releaseNameSchema.parse(options.on);
  const tables = await buildReleaseTables(db, options.siteUrl);
  const files = tables.map((table) => {
    const content = new Uint8Array(Buffer.from(table.csv, "utf8"));
    return { table, name: fileNameOf(table), content, sha256: sha256Hex(content), bytes: content.byteLength };
  });
  const contentHash = contentHashOf(files);

  // The latest release and its files, to compare with. Releases never change, so reading them
  // before the write is safe; the write checks under the lock that it is still the latest.
  const latest = await db.dataRelease.findFirst({ orderBy: { id: "desc" }, select: SUMMARY });
  if (latest?.contentHash === contentHash) return { status: "unchanged", latest };
  if (latest && latest.id === on) {
    throw new ReleaseRefused(
      `Release ${on} already exists with other content, and releases are never rewritten: ` +
        "the next one can be cut tomorrow (UTC).",
    );
  }
  if (latest && latest.id > on) {
    throw new ReleaseRefused(
      `Release ${on} would come before the latest release, ${latest.id}: releases follow in date order.`,
    );
  }
  const previousFiles = latest
    ? await db.dataReleaseFile.findMany({ where: { releaseId: latest.id }, select: { name: true, content: true } })
    : [];
  const changes = diffRelease(
    latest
      ? {
          name: latest.id,
          files: previousFiles.map((f) => ({ file: f.name, csv: Buffer.from(f.content).toString("utf8") })),
        }
      : null,
    files.map((f) => ({ file: f.name, csv: f.table.csv, primaryKey: f.table.schema.primaryKey })),
  );
  const changelog = changelogMarkdown(on, changes);
  const sources = tables.find((t) => t.name === "sources");
  const datapackage = datapackageText(
    datapackageOf({
      name: on,
      cutAt: options.now,
      siteUrl: options.siteUrl,
      contentHash,
      changes,
      files,
      publishers: (sources?.cells(["name", "url"]) ?? []).map(([name, url]) => [name!, url || null]),
    }),
  );

  const release = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RELEASE_LOCK_KEY}::bigint)`;
    const current = await tx.dataRelease.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    if ((current?.id ?? null) !== (latest?.id ?? null)) {
      throw new ReleaseRefused(`Another release (${current?.id}) was cut meanwhile; run the cut again.`);
    }
    const created = await tx.dataRelease.create({
      data: { id: on, cutAt: options.now, contentHash, previousId: latest?.id ?? null, datapackage, changelog },
      select: SUMMARY,
    });
    await tx.dataReleaseFile.createMany({
      data: files.map((f) => ({
        releaseId: on,
        name: f.name,
        mediaType: CSV_MEDIA_TYPE,
        content: f.content,
        sha256: f.sha256,
        bytes: f.bytes,
        rows: f.table.rows,
      })),
    });
    return created;
  });
  return {
    status: "cut",
    release,
    changes,
    changelog,
    files: files.map((f) => ({
      name: f.name,
      mediaType: CSV_MEDIA_TYPE,
      bytes: f.bytes,
      rows: f.table.rows,
      sha256: f.sha256,
    })),
  };
}
