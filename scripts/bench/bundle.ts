// npm run bench:bundle [-- --json FILE] — first-load JavaScript per route, from the build output.
// Needs `npx next build` first (under the heavy lock). Reads the chunk list Next itself computes per
// app route (.next/diagnostics/route-bundle-stats.json: the route's entry chunks from its client
// reference manifest plus the build manifest's root main files) and gzips every chunk at level 9,
// so the figure is what a first visit downloads, independent of the server's compression.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };
export type BundleRow = { route: string; chunks: number; rawKiB: number; gzipKiB: number };

export function measureBundles(root = process.cwd()): BundleRow[] {
  const file = path.join(root, ".next", "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) throw new Error(`${file} not found: run \`npx next build\` first`);
  const stats = JSON.parse(readFileSync(file, "utf8")) as RouteStats[];
  const gz = new Map<string, number>();
  const gzipped = (chunk: string) => {
    if (!gz.has(chunk)) gz.set(chunk, gzipSync(readFileSync(path.join(root, chunk)), { level: 9 }).length);
    return gz.get(chunk)!;
  };
  return stats
    .map((s) => ({
      route: s.route,
      chunks: s.firstLoadChunkPaths.length,
      rawKiB: s.firstLoadUncompressedJsBytes / 1024,
      gzipKiB: s.firstLoadChunkPaths.reduce((a, c) => a + gzipped(c), 0) / 1024,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const rows = measureBundles();
  console.log("\n══ first-load JavaScript per route (from .next, gzip -9) ══");
  console.log(`${"route".padEnd(40)}${"chunks".padStart(7)}${"raw KiB".padStart(10)}${"gzip KiB".padStart(10)}`);
  for (const r of rows)
    console.log(
      `${r.route.padEnd(40)}${String(r.chunks).padStart(7)}${r.rawKiB.toFixed(1).padStart(10)}${r.gzipKiB.toFixed(1).padStart(10)}`,
    );
  const json = process.argv.indexOf("--json");
  if (json > 0 && process.argv[json + 1]) writeFileSync(process.argv[json + 1]!, JSON.stringify(rows, null, 2));
}
