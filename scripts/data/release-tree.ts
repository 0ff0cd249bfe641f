// How `npm run data:release` (and the first release after seeding) prints a release: its files as a
// tree with rows, bytes and sha256, so what was cut can be checked against the files served.
import type { CutResult } from "../../lib/releases/release-writes";
import { CHANGELOG_FILE, DATAPACKAGE_FILE, releasePath } from "../../lib/releases/release-names";

type Cut = Extract<CutResult, { status: "cut" }>;

const thousands = (n: number) => n.toLocaleString("en-US");

export function releaseTree(result: Cut): string {
  const { release, files, changes } = result;
  const width = Math.max(...files.map((f) => f.name.length), DATAPACKAGE_FILE.length);
  const rowsWidth = Math.max(...files.map((f) => thousands(f.rows ?? 0).length));
  const bytesWidth = Math.max(...files.map((f) => thousands(f.bytes).length));
  const lines = [
    `release ${release.id}, cut ${release.cutAt.toISOString()}, content sha256:${release.contentHash}`,
    changes.previous ? `changes since ${changes.previous}: see ${CHANGELOG_FILE}` : "the first release",
    `${releasePath(release.id).slice(1)}/`,
    `├── ${DATAPACKAGE_FILE}`,
    `├── ${CHANGELOG_FILE}`,
    ...files.map((f, i) => {
      const branch = i === files.length - 1 ? "└──" : "├──";
      const rows = `${thousands(f.rows ?? 0).padStart(rowsWidth)} rows`;
      const bytes = `${thousands(f.bytes).padStart(bytesWidth)} bytes`;
      return `${branch} ${f.name.padEnd(width)}  ${rows}  ${bytes}  sha256:${f.sha256}`;
    }),
  ];
  return lines.join("\n");
}
