// npm run data:check — validate prisma/dataset without a database: the schema and references
// (lib/dataset/read-dataset.ts), then the neutrality and quote rules (lib/dataset/neutrality-checks.ts)
// against the source texts in ../shared/sources (or SOURCES_DIR) when they are at hand.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { neutralityProblems } from "../../lib/dataset/neutrality-checks";
import { DatasetError, readDataset } from "../../lib/dataset/read-dataset";

const sourcesDir = process.env.SOURCES_DIR ?? path.resolve(process.cwd(), "..", "shared", "sources");
const readText = (file: string) => {
  const full = path.join(sourcesDir, file);
  return existsSync(full) ? readFileSync(full, "utf8") : null;
};

try {
  const d = readDataset();
  if (!existsSync(sourcesDir)) console.warn(`source texts not found in ${sourcesDir}: verbatim quotes not checked`);
  const problems = neutralityProblems(d, readText);
  if (problems.length) throw new DatasetError(problems);
  const counts = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.length]));
  console.log("dataset ok:", JSON.stringify(counts));
} catch (err) {
  console.error(err instanceof DatasetError ? err.message : err);
  process.exit(1);
}
