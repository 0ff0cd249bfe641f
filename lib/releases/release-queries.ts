// Reads of the stored releases: the list, one release with its files (without their bytes), one
// file's bytes. The datapackage.json and CHANGELOG.md of a release are served from the release's
// own row; its tables from its files.
import type { Db } from "../db/create-client";
import { CHANGELOG_FILE, DATAPACKAGE_FILE, releaseFileNameSchema, releaseNameSchema } from "./release-names";

export type ReleaseFileInfo = { name: string; mediaType: string; bytes: number; rows: number | null; sha256: string };
export type ReleaseListItem = {
  id: string;
  cutAt: string;
  contentHash: string;
  previousId: string | null;
  files: number;
  bytes: number;
};
export type ReleaseIndex = ReleaseListItem & {
  nextId: string | null;
  datapackage: string;
  changelog: string;
  fileList: ReleaseFileInfo[];
};
export type ReleaseFileContent = { name: string; mediaType: string; content: Uint8Array };

const FILE_INFO = { name: true, mediaType: true, bytes: true, rows: true, sha256: true } as const;

/** Every release, newest first, with its file count and total size (its tables; not the descriptor). */
export async function listReleases(db: Db): Promise<ReleaseListItem[]> {
  const releases = await db.dataRelease.findMany({
    orderBy: { id: "desc" },
    select: { id: true, cutAt: true, contentHash: true, previousId: true, files: { select: { bytes: true } } },
  });
  return releases.map((r) => ({
    id: r.id,
    cutAt: r.cutAt.toISOString(),
    contentHash: r.contentHash,
    previousId: r.previousId,
    files: r.files.length,
    bytes: r.files.reduce((sum, f) => sum + f.bytes, 0),
  }));
}

/** The latest release's name, or null before the first cut. */
export async function latestReleaseName(db: Db): Promise<string | null> {
  const latest = await db.dataRelease.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? null;
}

/** One release with its files' sizes, rows and hashes; null when no release has that name. */
export async function getReleaseIndex(db: Db, name: string): Promise<ReleaseIndex | null> {
  if (!releaseNameSchema.safeParse(name).success) return null;
  const release = await db.dataRelease.findUnique({
    where: { id: name },
    include: { files: { select: FILE_INFO, orderBy: { name: "asc" } }, next: { select: { id: true } } },
  });
  if (!release) return null;
  // The files in the descriptor's order (the order the record's tables are listed in).
  const order: string[] = (JSON.parse(release.datapackage) as { resources: { path: string }[] }).resources.map(
    (r) => r.path,
  );
  const fileList = [...release.files].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return {
    id: release.id,
    cutAt: release.cutAt.toISOString(),
    contentHash: release.contentHash,
    previousId: release.previousId,
    nextId: release.next?.id ?? null,
    files: fileList.length,
    bytes: fileList.reduce((sum, f) => sum + f.bytes, 0),
    datapackage: release.datapackage,
    changelog: release.changelog,
    fileList,
  };
}

const encoder = new TextEncoder();

/** The bytes of one file of a release, as served; null when the release or the file is unknown. */
export async function getReleaseFile(db: Db, name: string, file: string): Promise<ReleaseFileContent | null> {
  if (!releaseNameSchema.safeParse(name).success || !releaseFileNameSchema.safeParse(file).success) return null;
  if (file === DATAPACKAGE_FILE || file === CHANGELOG_FILE) {
    const release = await db.dataRelease.findUnique({
      where: { id: name },
      select: { datapackage: true, changelog: true },
    });
    if (!release) return null;
    return file === DATAPACKAGE_FILE
      ? { name: file, mediaType: "application/json", content: encoder.encode(release.datapackage) }
      : { name: file, mediaType: "text/markdown", content: encoder.encode(release.changelog) };
  }
  const stored = await db.dataReleaseFile.findUnique({
    where: { releaseId_name: { releaseId: name, name: file } },
    select: { name: true, mediaType: true, content: true },
  });
  return stored ? { name: stored.name, mediaType: stored.mediaType, content: new Uint8Array(stored.content) } : null;
}
